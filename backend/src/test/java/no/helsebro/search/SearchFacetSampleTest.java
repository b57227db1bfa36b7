package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.helsebro.forum.ForumSearchSource.SearchablePost;
import no.helsebro.forum.ForumSearchSource.SearchableTopic;
import no.helsebro.forum.TopicKind;
import no.helsebro.search.analysis.SearchAnalyzers;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Facets of a broad search are counted from a random sample of its matches and scaled up (ADR
 * 0452): the counts are close to the truth and flagged as estimates; the total stays exact; a
 * search with fewer matches than the sample is counted exactly.
 */
class SearchFacetSampleTest {

  private static final int TOPICS = 600;

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
  void drilledDimensionIsEstimatedFromItsOwnSample() throws Exception {
    try (SearchEngine engine = engine(100)) {
      SearchQuery q = SearchQuery.of("journal");
      SearchQuery questions = q.ofKinds(List.of("QUESTION"));
      SearchResults r = engine.search(questions, FacetLabels.NONE);
      assertThat(r.total()).isEqualTo(300);
      // The kind dimension is counted as if its own filter were not set: all three kinds.
      assertThat(counts(r, "kind")).containsOnlyKeys("QUESTION", "STORY", "TRAINING");
      assertThat(counts(r, "kind").get("STORY")).isBetween(110L, 290L);
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

  private static Map<String, Long> counts(SearchResults r, String dim) {
    return r.facets().get(dim).stream()
        .collect(
            Collectors.toMap(SearchResults.FacetValue::value, SearchResults.FacetValue::count));
  }

  private static SearchEngine engine(int sample) throws Exception {
    SearchAnalyzers analyzers = new SearchAnalyzers(SearchAnalyzers.shippedWords());
    SearchEngine engine =
        new SearchEngine(
            new ByteBuffersDirectory(),
            analyzers,
            new SystemSynonyms(List.of(), analyzers),
            sample);
    List<SearchableTopic> topics = new ArrayList<>();
    Instant at = Instant.parse("2026-01-01T08:00:00Z");
    for (long id = 1; id <= TOPICS; id++) {
      TopicKind kind =
          id % 6 < 3 ? TopicKind.QUESTION : id % 6 < 5 ? TopicKind.STORY : TopicKind.TRAINING;
      topics.add(
          new SearchableTopic(
              id,
              kind,
              1L,
              "patient-records",
              "Tilgang til journalen " + id,
              id % 2 == 0,
              1L,
              "Prøve",
              at.plusSeconds(id * 60),
              at.plusSeconds(id * 60),
              null,
              List.of(),
              List.of(),
              List.of(new SearchablePost(id * 10, 1, "Journalen viser ikke kurven for vikarer."))));
    }
    engine.apply(topics.stream().map(SearchableTopic::topicId).toList(), topics);
    engine.refresh();
    return engine;
  }
}
