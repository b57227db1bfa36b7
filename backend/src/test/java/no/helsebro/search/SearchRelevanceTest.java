package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.helsebro.search.analysis.SearchAnalyzers;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures search on the relevance set (bench/results/search.md): recall@10 and MRR over the
 * queries, and how often "similar" puts a duplicate question's original in its top 3. The figures
 * are printed; the thresholds are the issue's.
 */
class SearchRelevanceTest {

  private static RelevanceSet set;
  private static SearchEngine engine;

  @BeforeAll
  static void indexTheCorpus() throws Exception {
    set = RelevanceSet.load();
    // The production analysis: the shipped word list and the taxonomy's system names.
    List<String> names = new ArrayList<>();
    set.systems.values().forEach(s -> names.addAll(List.of(s.nameNb(), s.nameEn())));
    SearchAnalyzers analyzers = new SearchAnalyzers(SearchAnalyzers.dictionary(names));
    engine =
        new SearchEngine(
            new ByteBuffersDirectory(),
            analyzers,
            new SystemSynonyms(set.systemTerms(), analyzers));
    List<Long> ids = set.topics.stream().map(t -> t.topicId()).toList();
    engine.apply(ids, set.topics);
    engine.refresh();
  }

  @AfterAll
  static void close() throws Exception {
    engine.close();
  }

  @Test
  void searchFindsTheRelevantTopicsInTheTopTenAndRanksThemHigh() {
    double recall = 0;
    double reciprocal = 0;
    Map<String, double[]> byType = new TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (RelevanceSet.Query q : set.queries) {
      List<Long> top = engine.topicIds(SearchQuery.of(q.text()));
      RelevanceSet.Score score = q.score(top, top.size());
      double r = score.recall();
      double rr = score.reciprocalRank();
      recall += r;
      reciprocal += rr;
      double[] t = byType.computeIfAbsent(q.type(), k -> new double[3]);
      t[0] += r;
      t[1] += rr;
      t[2]++;
      if (r < 1) {
        misses.add(q.text());
      }
    }
    int n = set.queries.size();
    System.out.printf(
        "Search relevance: %d queries, recall@10 %.3f, MRR %.3f%n", n, recall / n, reciprocal / n);
    byType.forEach(
        (type, t) ->
            System.out.printf(
                "  %-12s %3d queries, recall@10 %.3f, MRR %.3f%n",
                type, (int) t[2], t[0] / t[2], t[1] / t[2]));
    System.out.println("  missed: " + misses);
    assertThat(n).isGreaterThanOrEqualTo(60);
    assertThat(recall / n).isGreaterThanOrEqualTo(0.9);
    assertThat(reciprocal / n).isGreaterThanOrEqualTo(0.7);
  }

  @Test
  void similarQuestionsPutTheOriginalOfADuplicateInTheTopThree() {
    int inTop3 = 0;
    List<String> misses = new ArrayList<>();
    for (RelevanceSet.Duplicate d : set.duplicates) {
      List<SimilarTopic> similar = engine.similar(d.title(), null, 3);
      if (similar.stream().anyMatch(s -> s.topicId() == d.duplicateOf())) {
        inTop3++;
      } else {
        misses.add(d.title());
      }
    }
    double share = (double) inTop3 / set.duplicates.size();
    System.out.printf(
        "Similar questions: %d duplicate pairs, original in top 3: %.3f; missed %s%n",
        set.duplicates.size(), share, misses);
    assertThat(share).isGreaterThanOrEqualTo(0.8);
  }
}
