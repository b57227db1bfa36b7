package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import no.helsebro.forum.ForumSearchSource.SearchableTopic;
import no.helsebro.search.analysis.SearchAnalyzers;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The baseline of bench/results/search.md: the relevance set searched with MariaDB's own FULLTEXT
 * index (InnoDB, natural language mode over title and text, the database's default parser and stop
 * words), measured as {@link SearchRelevanceTest} measures the Lucene index, and compared with it.
 * The corpus goes into a table of this test's own, dropped at the end.
 */
@MicronautTest(transactional = false, startApplication = false)
class FulltextBaselineTest {

  @Inject DataSource dataSource;

  /** Recall@10 and MRR of one way of searching, over all queries and by kind of query. */
  record Figures(double recall, double mrr, Map<String, double[]> byType) {}

  interface Searcher {
    List<Long> top10(String query) throws Exception;
  }

  @Test
  void mariadbFulltextFindsLessThanTheIndexOnTheRelevanceSet() throws Exception {
    RelevanceSet set = RelevanceSet.load();
    String table = "search_baseline_" + Long.toHexString(System.nanoTime());
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
      try (Statement s = c.createStatement()) {
        s.execute(
            "CREATE TABLE "
                + table
                + " (id BIGINT PRIMARY KEY, title VARCHAR(300) NOT NULL, body TEXT NOT NULL,"
                + " FULLTEXT KEY ft (title, body)) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4"
                + " COLLATE = utf8mb4_uca1400_danish_ai_ci");
      }
      try {
        try (PreparedStatement insert =
            c.prepareStatement("INSERT INTO " + table + " (id, title, body) VALUES (?, ?, ?)")) {
          for (SearchableTopic t : set.topics) {
            insert.setLong(1, t.topicId());
            insert.setString(2, t.title());
            insert.setString(3, t.posts().get(0).text());
            insert.addBatch();
          }
          insert.executeBatch();
        }
        // InnoDB builds its FULLTEXT index at commit; OPTIMIZE makes it complete for the queries.
        try (Statement s = c.createStatement()) {
          s.execute("OPTIMIZE TABLE " + table);
        }
        String sql =
            "SELECT id FROM "
                + table
                + " WHERE MATCH (title, body) AGAINST (? IN NATURAL LANGUAGE MODE)"
                + " ORDER BY MATCH (title, body) AGAINST (? IN NATURAL LANGUAGE MODE) DESC,"
                + " id LIMIT 10";
        Searcher fulltext =
            q -> {
              try (PreparedStatement p = c.prepareStatement(sql)) {
                p.setString(1, q);
                p.setString(2, q);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                  while (rs.next()) {
                    ids.add(rs.getLong(1));
                  }
                }
                return ids;
              }
            };
        Figures baseline = measure(set, fulltext);
        int duplicates = 0;
        for (RelevanceSet.Duplicate d : set.duplicates) {
          List<Long> top = fulltext.top10(d.title());
          if (top.subList(0, Math.min(3, top.size())).contains(d.duplicateOf())) {
            duplicates++;
          }
        }

        List<String> names = new ArrayList<>();
        set.systems.values().forEach(s -> names.addAll(List.of(s.nameNb(), s.nameEn())));
        SearchAnalyzers analyzers = new SearchAnalyzers(SearchAnalyzers.dictionary(names));
        Figures lucene;
        try (SearchEngine engine =
            new SearchEngine(
                new ByteBuffersDirectory(),
                analyzers,
                new SystemSynonyms(set.systemTerms(), analyzers))) {
          engine.apply(set.topics.stream().map(SearchableTopic::topicId).toList(), set.topics);
          engine.refresh();
          lucene = measure(set, q -> engine.topicIds(SearchQuery.of(q)));
        }

        System.out.printf(
            "MariaDB FULLTEXT baseline: %d queries, recall@10 %.3f, MRR %.3f;"
                + " duplicate in top 3 %.3f (%d pairs)%n",
            set.queries.size(),
            baseline.recall(),
            baseline.mrr(),
            (double) duplicates / set.duplicates.size(),
            set.duplicates.size());
        System.out.printf(
            "Lucene index, same set: recall@10 %.3f, MRR %.3f%n", lucene.recall(), lucene.mrr());
        baseline
            .byType()
            .forEach(
                (type, t) ->
                    System.out.printf(
                        "  %-12s %3d queries, FULLTEXT recall@10 %.3f MRR %.3f;"
                            + " Lucene recall@10 %.3f MRR %.3f%n",
                        type,
                        (int) t[2],
                        t[0] / t[2],
                        t[1] / t[2],
                        lucene.byType().get(type)[0] / t[2],
                        lucene.byType().get(type)[1] / t[2]));
        assertThat(baseline.recall()).isPositive();
        assertThat(lucene.recall()).isGreaterThan(baseline.recall());
        assertThat(lucene.mrr()).isGreaterThan(baseline.mrr());
      } finally {
        try (Statement s = c.createStatement()) {
          s.execute("DROP TABLE " + table);
        }
      }
    }
  }

  private static Figures measure(RelevanceSet set, Searcher searcher) throws Exception {
    double recall = 0;
    double reciprocal = 0;
    Map<String, double[]> byType = new TreeMap<>();
    for (RelevanceSet.Query q : set.queries) {
      List<Long> top = searcher.top10(q.text());
      RelevanceSet.Score score = q.score(top, 10);
      double r = score.recall();
      double rr = score.reciprocalRank();
      recall += r;
      reciprocal += rr;
      double[] t = byType.computeIfAbsent(q.type(), k -> new double[3]);
      t[0] += r;
      t[1] += rr;
      t[2]++;
    }
    int n = set.queries.size();
    return new Figures(recall / n, reciprocal / n, byType);
  }
}
