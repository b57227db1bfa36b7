package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.forum.ForumSearchSource.SearchableTopic;
import no.helsebro.forum.TopicKind;
import no.helsebro.search.analysis.SearchAnalyzers;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * The miss path of a search (a search never asked before, ADR 0452 addendum 2026-12-05 afternoon):
 * typo automata kept per word give the same terms, boosts and answers as building them in every
 * search; counting without scores gives the same totals and facet counts.
 */
class SearchMissPathTest {

  private static final Instant AT = Instant.parse("2026-01-01T08:00:00Z");
  private static final SearchAnalyzers ANALYZERS =
      new SearchAnalyzers(SearchAnalyzers.shippedWords());

  private static final String[] WORDS = {
    "pasientjournalen",
    "journalsystemet",
    "trygghetsalarmen",
    "medisindispenseren",
    "velferdsteknologi",
    "nettbrettet",
    "tilgangen",
    "kurven",
    "vikarene",
    "opplæringen"
  };

  @Test
  void keptTypoAutomataFindTheSameTermsWithTheSameBoosts() throws Exception {
    FuzzyAutomata automata = new FuzzyAutomata(2);
    try (ByteBuffersDirectory one = directory("journalen journalene journalsystem jornal");
        ByteBuffersDirectory two =
            directory("journal journalsystemet journalsystemer kjernejournal");
        DirectoryReader first = DirectoryReader.open(one);
        DirectoryReader second = DirectoryReader.open(two)) {
      List<String> found = new ArrayList<>();
      for (String word : List.of("journalsystm", "jounal", "journalsystm", "jounal")) {
        int edits = word.length() >= 8 ? 2 : 1;
        for (DirectoryReader reader : List.of(first, second)) {
          IndexSearcher searcher = new IndexSearcher(reader);
          Term term = new Term("all", word);
          Query plain = searcher.rewrite(new FuzzyQuery(term, edits, 1, 50, true));
          Query kept = searcher.rewrite(automata.query(term, edits, 1, 50, true));
          assertThat(kept).as("%s", word).isEqualTo(plain);
          found.add(kept.toString());
        }
      }
      // Both words find spellings one or two edits off, with their boosts.
      assertThat(found.get(0)).contains("journalsystem");
      assertThat(found.get(3)).contains("journal");
      assertThat(automata.size()).isEqualTo(2);
      // A third word: the least recently used is dropped.
      new IndexSearcher(first).rewrite(automata.query(new Term("all", "jornalen"), 2, 1, 50, true));
      assertThat(automata.size()).isEqualTo(2);
    }
    assertThat(FuzzyAutomata.NONE.query(new Term("all", "jounal"), 1, 1, 50, true).getClass())
        .isEqualTo(FuzzyQuery.class);
  }

  @Test
  void searchesWithKeptTypoAutomataAnswerAsSearchesWithout() throws Exception {
    try (SearchEngine kept = engine(FuzzyAutomata.DEFAULT_WORDS);
        SearchEngine built = engine(0)) {
      List<SearchableTopic> topics = topics();
      index(kept, topics);
      index(built, topics);
      List<SearchQuery> asked = new ArrayList<>();
      for (String text :
          List.of(
              "pasientjournl",
              "journalsystemt tilgang",
              "trygghetsalarmne kurvn",
              "medisindispensern vikarne",
              "velferdsteknolgi",
              "nettbretet opplæringn",
              "pasientjournl")) {
        asked.add(SearchQuery.of(text));
        asked.add(SearchQuery.of(text).ofKinds(List.of("QUESTION")));
        asked.add(SearchQuery.of(text).paged(true, 0, 10));
      }
      for (int round = 0; round < 2; round++) {
        for (SearchQuery q : asked) {
          SearchResults expected = built.search(q, FacetLabels.NONE);
          assertThat(kept.search(q, FacetLabels.NONE)).as("%s", q).isEqualTo(expected);
        }
        assertThat(kept.similar("Pasientjournl og journalsystemt", null, 5))
            .isEqualTo(built.similar("Pasientjournl og journalsystemt", null, 5));
      }
      assertThat(built.search(asked.get(0), FacetLabels.NONE).total()).isPositive();
      assertThat(kept.fuzzyWordsKept()).isPositive();
      assertThat(built.fuzzyWordsKept()).isZero();
    }
  }

  @Test
  void aDrilledKindIsCountedAsTheSearchesOfEachKind() throws Exception {
    try (SearchEngine engine = engine(0)) {
      index(engine, topics());
      for (String text : List.of("kurven", "journalsystemt tilgang", "vikarene kurven")) {
        SearchResults all =
            engine.search(SearchQuery.of(text).paged(false, 0, 50), FacetLabels.NONE);
        SearchResults questions =
            engine.search(
                SearchQuery.of(text).ofKinds(List.of("QUESTION")).paged(false, 0, 50),
                FacetLabels.NONE);
        assertThat(all.total()).as(text).isPositive().isLessThanOrEqualTo(50);
        // The drilled dimension is counted sideways: as if the kind were not chosen.
        Map<String, Long> byKind = new HashMap<>();
        Map<String, Long> solvedQuestions = new HashMap<>();
        for (SearchResults.Hit hit : all.hits()) {
          byKind.merge(hit.kind(), 1L, Long::sum);
          if (hit.kind().equals("QUESTION")) {
            solvedQuestions.merge(Boolean.toString(hit.solved()), 1L, Long::sum);
          }
        }
        assertThat(counts(questions, "kind")).as(text).isEqualTo(byKind);
        // The other dimensions count the questions only, every one of them.
        assertThat(questions.total()).isEqualTo(byKind.getOrDefault("QUESTION", 0L));
        assertThat(questions.hits()).hasSize((int) questions.total());
        assertThat(counts(questions, "solved")).as(text).isEqualTo(solvedQuestions);
        assertThat(questions.hits().stream().map(SearchResults.Hit::topicId).toList())
            .isEqualTo(
                all.hits().stream()
                    .filter(h -> h.kind().equals("QUESTION"))
                    .map(SearchResults.Hit::topicId)
                    .toList());
      }
    }
  }

  private static Map<String, Long> counts(SearchResults r, String dim) {
    Map<String, Long> out = new HashMap<>();
    for (SearchResults.FacetValue v : r.facets().get(dim)) {
      out.put(v.value(), v.count());
    }
    return out;
  }

  private static ByteBuffersDirectory directory(String text) throws Exception {
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
      for (String word : text.split(" ")) {
        Document d = new Document();
        d.add(new TextField("all", word, Field.Store.NO));
        w.addDocument(d);
      }
    }
    return dir;
  }

  private static List<SearchableTopic> topics() {
    List<SearchableTopic> topics = new ArrayList<>();
    for (long id = 1; id <= 40; id++) {
      TopicKind kind = TopicKind.values()[(int) (id % TopicKind.values().length)];
      String a = WORDS[(int) (id % WORDS.length)];
      String b = WORDS[(int) ((id * 7 + 3) % WORDS.length)];
      // Solved every third; activity repeats every seventh topic (ties in date order).
      topics.add(
          SearchEngineCacheTest.topic(
              id,
              kind,
              id % 3 == 0,
              AT.plusSeconds((id % 7) * 3_600),
              "Spørsmål om " + a + " " + id,
              "Hvordan virker " + b + " for vikarene når kurven mangler? " + id,
              "Vi har sett det samme med " + a + " og " + b + "."));
    }
    return topics;
  }

  private static SearchEngine engine(int fuzzyWords) throws Exception {
    return new SearchEngine(
        new ByteBuffersDirectory(),
        ANALYZERS,
        new SystemSynonyms(List.of(), ANALYZERS),
        FacetCounts.DEFAULT_SAMPLE,
        0,
        fuzzyWords);
  }

  private static void index(SearchEngine engine, List<SearchableTopic> topics) {
    engine.apply(topics.stream().map(SearchableTopic::topicId).toList(), topics);
    engine.refresh();
  }
}
