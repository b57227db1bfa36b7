package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import no.helsebro.forum.ForumSearchSource.SearchablePost;
import no.helsebro.forum.ForumSearchSource.SearchableTopic;
import no.helsebro.forum.TopicKind;
import no.helsebro.search.analysis.SearchAnalyzers;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Facets of a broad search are counted from a random sample of its matches and scaled up (ADR
 * 0452): the counts are close to the truth and flagged as estimates; the total stays exact; a
 * search with fewer matches than the sample is counted exactly.
 */
class SearchFacetSampleTest {

  private static final int TOPICS = 600;

  /** Topics of a rare value in {@link #twoSegments}: fewer than the sample there. */
  private static final int RARE = TOPICS / 20;

  @Test
  void broadSearchEstimatesFacetCountsFromASample() throws Exception {
    try (SearchEngine engine = engine(100)) {
      SearchResults r = engine.search(SearchQuery.of("journal"), FacetLabels.NONE);
      assertThat(r.total()).isEqualTo(TOPICS);
      assertThat(r.facetCountsEstimated()).isTrue();
      Map<String, Long> kinds = counts(r, "kind");
      // Truth: 300 questions, 200 stories, 100 training resources; a sample of 100 of 600.
      assertThat(kinds.get("QUESTION")).isBetween(200L, 400L);
      assertThat(kinds.get("STORY")).isBetween(110L, 290L);
      assertThat(kinds.get("TRAINING")).isBetween(30L, 170L);
      assertThat(kinds.values().stream().mapToLong(Long::longValue).sum()).isBetween(500L, 700L);
    }
  }

  @Test
  void sameSearchSameEstimates() throws Exception {
    try (SearchEngine engine = engine(100)) {
      SearchResults a = engine.search(SearchQuery.of("journal"), FacetLabels.NONE);
      SearchResults b = engine.search(SearchQuery.of("journal"), FacetLabels.NONE);
      assertThat(counts(b, "kind")).isEqualTo(counts(a, "kind"));
    }
  }

  @Test
  void kindAsTheOnlyChoiceIsCountedWholeBesideTheSample() throws Exception {
    try (SearchEngine engine = engine(100)) {
      SearchQuery q = SearchQuery.of("journal");
      SearchQuery questions = q.ofKinds(List.of("QUESTION"));
      SearchResults r = engine.search(questions, FacetLabels.NONE);
      assertThat(r.total()).isEqualTo(300);
      // The kind dimension is counted as if its own filter were not set: all three kinds, and
      // exactly, every match's kind read in the one pass (before 2026-12-07 estimated from a
      // sample of drill sideways' second pass).
      assertThat(counts(r, "kind"))
          .isEqualTo(Map.of("QUESTION", 300L, "STORY", 200L, "TRAINING", 100L));
      // The other dimensions are counted from a sample of the 300 questions: estimates.
      assertThat(r.facetCountsEstimated()).isTrue();
      assertThat(counts(r, "category").get("patient-records")).isBetween(200L, 300L);
      // By date, the same pass keeps the newest page: of the chosen kind only.
      SearchResults newest = engine.search(questions.paged(true, 0, 10), FacetLabels.NONE);
      assertThat(newest.total()).isEqualTo(300);
      assertThat(newest.facets().get("kind")).isEqualTo(r.facets().get("kind"));
      assertThat(newest.hits())
          .hasSize(10)
          .allSatisfy(h -> assertThat(h.kind()).isEqualTo("QUESTION"));
      assertThat(newest.hits())
          .extracting(SearchResults.Hit::lastActivityAt)
          .isSortedAccordingTo(Comparator.reverseOrder());
      assertThat(newest.hits().get(0).topicId()).isEqualTo(600L);
    }
  }

  @Test
  void kindTogetherWithAnotherChoiceIsStillCountedSideways() throws Exception {
    try (SearchEngine exact = twoSegments(10_000);
        SearchEngine engine = twoSegments(50)) {
      SearchQuery both = searchIn("journal", List.of("QUESTION"), List.of("patient-records"));
      SearchResults r = engine.search(both, FacetLabels.NONE);
      SearchResults truth = exact.search(both, FacetLabels.NONE);
      assertThat(r.total()).isEqualTo(truth.total()).isEqualTo(TOPICS / 2);
      // Drill sideways: every kind of the chosen category, estimated from a sample of 50.
      assertThat(r.facetCountsEstimated()).isTrue();
      assertThat(counts(r, "kind")).containsOnlyKeys(counts(truth, "kind").keySet());
      assertThat(counts(r, "kind").get("QUESTION"))
          .isCloseTo(counts(truth, "kind").get("QUESTION"), withinPercentage(35));
    }
  }

  @Test
  void sampleOfMoreThanHalfIsScaledByWhatItHolds() throws Exception {
    // 300 questions, a sample of 200: Lucene keeps one match per bin of 1/rate = 1.5 matches
    // rounded down to 1, so all 300; scaling by the rate (1.5) would say 450.
    try (SearchEngine engine = engine(200)) {
      SearchResults r =
          engine.search(SearchQuery.of("journal").ofKinds(List.of("QUESTION")), FacetLabels.NONE);
      assertThat(r.total()).isEqualTo(300);
      assertThat(r.facetCountsEstimated()).isTrue();
      assertThat(counts(r, "category")).containsEntry("patient-records", 300L);
    }
  }

  @Test
  void searchWithFewerMatchesThanTheSampleIsCountedExactly() throws Exception {
    try (SearchEngine engine = engine(10_000)) {
      SearchResults r = engine.search(SearchQuery.of("journal"), FacetLabels.NONE);
      assertThat(r.facetCountsEstimated()).isFalse();
      assertThat(counts(r, "kind"))
          .containsEntry("QUESTION", 300L)
          .containsEntry("STORY", 200L)
          .containsEntry("TRAINING", 100L);
    }
  }

  /**
   * Drill sideways counts a drilled dimension from the search without that dimension's filter, with
   * one collector per segment: here two segments of 300 such matches, each more than the sample of
   * 50. The dimension's counts are estimated from one sample of all 600 and flagged, while the
   * search itself ({@link #RARE} matches, fewer than the sample) counts the others exactly.
   */
  @ParameterizedTest
  @CsvSource({"journal, category, security, patient-records, kind"})
  void drilledDimensionOfSeveralSegmentsIsEstimatedAndFlagged(
      String text, String dim, String value, String common, String other) throws Exception {
    try (SearchEngine exact = twoSegments(10_000);
        SearchEngine engine = twoSegments(50)) {
      assertThat(engine.segments()).isEqualTo(2);
      long unfiltered = engine.search(search(text, null, null), FacetLabels.NONE).total();
      assertThat(unfiltered).isEqualTo(TOPICS);
      SearchQuery drilled = search(text, dim, value);
      SearchResults r = engine.search(drilled, FacetLabels.NONE);
      assertThat(r.total()).isEqualTo(RARE);
      assertThat(r.facetCountsEstimated()).isTrue();
      Map<String, Long> counts = counts(r, dim);
      // Every topic has one value of the dimension: the sample's counts scaled up add up to the
      // matches without its filter, less what rounding down and the caps (the topics that have
      // the value) take; within 10 %. (Each segment's own sample counted unscaled, as before
      // 2026-12-05 evening, added up to 100.)
      assertThat(counts.values().stream().mapToLong(Long::longValue).sum())
          .isCloseTo(unfiltered, withinPercentage(10));
      assertThat(counts.get(common)).isCloseTo(truth(dim).get(common), withinPercentage(35));
      // The other dimension is counted from the search's own matches, fewer than the sample.
      assertThat(counts(r, other))
          .isEqualTo(counts(exact.search(drilled, FacetLabels.NONE), other));
    }
  }

  /**
   * The kind as the only choice, over two segments whose matches without the kind's filter (600)
   * outnumber the sample (50): the kinds are read for every match and counted whole; the search's
   * own {@link #RARE} matches, fewer than the sample, count the other dimensions exactly.
   */
  @ParameterizedTest
  @CsvSource({"journal", "''"})
  void kindOfSeveralSegmentsIsCountedWholeBeyondTheSample(String text) throws Exception {
    try (SearchEngine exact = twoSegments(10_000);
        SearchEngine engine = twoSegments(50)) {
      SearchQuery drilled = search(text.isEmpty() ? null : text, "kind", "TRAINING");
      SearchResults r = engine.search(drilled, FacetLabels.NONE);
      assertThat(r.total()).isEqualTo(RARE);
      assertThat(r.facetCountsEstimated()).isFalse();
      assertThat(counts(r, "kind")).isEqualTo(truth("kind"));
      assertThat(counts(r, "category"))
          .isEqualTo(counts(exact.search(drilled, FacetLabels.NONE), "category"));
    }
  }

  @ParameterizedTest
  @CsvSource({"journal, kind, TRAINING", "journal, category, security", ", kind, TRAINING"})
  void drilledDimensionOfSeveralSegmentsIsCountedExactlyWhenNothingIsSampled(
      String text, String dim, String value) throws Exception {
    try (SearchEngine engine = twoSegments(TOPICS)) {
      assertThat(engine.segments()).isEqualTo(2);
      SearchResults r = engine.search(search(text, dim, value), FacetLabels.NONE);
      assertThat(r.total()).isEqualTo(RARE);
      assertThat(r.facetCountsEstimated()).isFalse();
      assertThat(counts(r, dim)).isEqualTo(truth(dim));
    }
  }

  /** A rebuild ends by merging the index into one segment: the same answers, one segment. */
  @ParameterizedTest
  @CsvSource({"journal, kind, TRAINING", "journal, category, security", ", kind, TRAINING"})
  void mergedIntoOneSegmentEverySearchAnswersTheSame(String text, String dim, String value)
      throws Exception {
    try (SearchEngine split = twoSegments(50);
        SearchEngine merged = twoSegments(50)) {
      merged.mergeIntoOne();
      merged.refresh();
      assertThat(split.segments()).isEqualTo(2);
      assertThat(merged.segments()).isEqualTo(1);
      for (SearchQuery q :
          List.of(
              search(text, null, null), search(text, dim, value), search("journl", null, null))) {
        SearchResults a = split.search(q, FacetLabels.NONE);
        SearchResults b = merged.search(q, FacetLabels.NONE);
        assertThat(b.total()).isEqualTo(a.total()).isPositive();
        assertThat(b.hits())
            .extracting(SearchResults.Hit::topicId)
            .containsExactlyInAnyOrderElementsOf(
                a.hits().stream().map(SearchResults.Hit::topicId).toList());
      }
    }
  }

  /** A search of the words (none: every topic), drilled into one value of a dimension if any. */
  private static SearchQuery search(String text, String dim, String value) {
    List<String> values = value == null ? List.of() : List.of(value);
    return searchIn(
        text, "kind".equals(dim) ? values : List.of(), "category".equals(dim) ? values : List.of());
  }

  /** A search of the words in these kinds and categories (empty: all). */
  private static SearchQuery searchIn(String text, List<String> kinds, List<String> categories) {
    return new SearchQuery(
        text,
        kinds,
        categories,
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        false,
        0,
        10);
  }

  private static Map<String, Long> counts(SearchResults r, String dim) {
    return r.facets().get(dim).stream()
        .collect(
            Collectors.toMap(SearchResults.FacetValue::value, SearchResults.FacetValue::count));
  }

  private static SearchEngine engine(int sample) throws Exception {
    SearchEngine engine = emptyEngine(sample);
    List<SearchableTopic> topics = new ArrayList<>();
    for (long id = 1; id <= TOPICS; id++) {
      TopicKind kind =
          id % 6 < 3 ? TopicKind.QUESTION : id % 6 < 5 ? TopicKind.STORY : TopicKind.TRAINING;
      topics.add(topic(id, kind, "patient-records"));
    }
    add(engine, topics);
    return engine;
  }

  /**
   * The topics of {@link #TOPICS} in two segments of half each, every 20th a training resource and
   * every 20th (another) in the security category: {@link #RARE} of each.
   */
  private static SearchEngine twoSegments(int sample) throws Exception {
    SearchEngine engine = emptyEngine(sample);
    for (long first : new long[] {1, TOPICS / 2 + 1}) {
      List<SearchableTopic> topics = new ArrayList<>();
      for (long id = first; id < first + TOPICS / 2; id++) {
        topics.add(topic(id, TopicKind.valueOf(kindOf(id)), categoryOf(id)));
      }
      add(engine, topics); // a refresh after each batch: a segment each
    }
    return engine;
  }

  private static String kindOf(long id) {
    return id % 20 == 0 ? "TRAINING" : id % 2 == 1 ? "QUESTION" : "STORY";
  }

  private static String categoryOf(long id) {
    return id % 20 == 10 ? "security" : "patient-records";
  }

  /** What {@link #twoSegments} holds: the topics of each value of the dimension. */
  private static Map<String, Long> truth(String dim) {
    return LongStream.rangeClosed(1, TOPICS)
        .mapToObj(id -> "kind".equals(dim) ? kindOf(id) : categoryOf(id))
        .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
  }

  private static SearchEngine emptyEngine(int sample) throws Exception {
    SearchAnalyzers analyzers = new SearchAnalyzers(SearchAnalyzers.shippedWords());
    return new SearchEngine(
        new ByteBuffersDirectory(), analyzers, new SystemSynonyms(List.of(), analyzers), sample);
  }

  private static void add(SearchEngine engine, List<SearchableTopic> topics) {
    engine.apply(topics.stream().map(SearchableTopic::topicId).toList(), topics);
    engine.refresh();
  }

  private static SearchableTopic topic(long id, TopicKind kind, String category) {
    Instant at = Instant.parse("2026-01-01T08:00:00Z");
    return new SearchableTopic(
        id,
        kind,
        "security".equals(category) ? 2L : 1L,
        category,
        "Tilgang til journalen " + id,
        id % 2 == 0,
        1L,
        "Prøve",
        at.plusSeconds(id * 60),
        at.plusSeconds(id * 60),
        null,
        List.of(),
        List.of(),
        List.of(new SearchablePost(id * 10, 1, "Journalen viser ikke kurven for vikarer.")));
  }
}
