package no.helsebro.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
 * The search engine's result cache (ADR 0453): a search asked again on the same view of the index
 * is answered from the cache, as it would be from the index; every refresh (a new topic, an edit, a
 * hidden topic or reply) and every change of the synonyms gives answers from the index again, never
 * one from before the change.
 */
class SearchEngineCacheTest {

  private static final Instant AT = Instant.parse("2026-01-01T08:00:00Z");
  private static final SearchAnalyzers ANALYZERS =
      new SearchAnalyzers(SearchAnalyzers.shippedWords());

  @Test
  void aSearchAskedAgainIsAnsweredFromTheCache() throws Exception {
    try (SearchEngine engine = engine(100)) {
      index(engine, topic(1, TopicKind.QUESTION, "Skriveren stopper", "Utskriften stopper."));
      SearchResults first = engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE);
      assertThat(first.total()).isEqualTo(1);
      assertThat(engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE)).isSameAs(first);
      // Spaces around and between the words do not make it another search.
      assertThat(engine.search(SearchQuery.of("  skriveren "), FacetLabels.NONE)).isSameAs(first);
      List<SimilarTopic> similar = engine.similar("Skriveren stopper", null, 5);
      assertThat(engine.similar("Skriveren stopper", null, 5)).isSameAs(similar);
    }
  }

  /**
   * Punctuation after the words is another question to the cache and the same search to the index:
   * how bench/load.sh's search-unique asks searches never asked before
   * (bench/scenarios/search.lua).
   */
  @Test
  void punctuationAfterTheWordsIsANewSearchWithTheSameAnswer() throws Exception {
    try (SearchEngine engine = engine(100)) {
      index(
          engine,
          topic(1, TopicKind.QUESTION, "Skriveren stopper", "Utskriften stopper."),
          topic(2, TopicKind.STORY, "Ny skriver på avdelingen", "Skriverne fungerer."));
      SearchQuery plain = SearchQuery.of("skriveren stopper");
      SearchResults first = engine.search(plain, FacetLabels.NONE);
      assertThat(first.total()).isEqualTo(2);
      for (String marks : List.of("!?;( ).:*", "*+ [],", "! ?")) {
        SearchResults marked =
            engine.search(SearchQuery.of("skriveren stopper " + marks), FacetLabels.NONE);
        assertThat(marked).isNotSameAs(first).isEqualTo(first);
      }
    }
  }

  @Test
  void anEngineWithoutCacheAnswersEverySearchFromTheIndex() throws Exception {
    try (SearchEngine engine = engine(0)) {
      index(engine, topic(1, TopicKind.QUESTION, "Skriveren stopper", "Utskriften stopper."));
      SearchResults first = engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE);
      SearchResults second = engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE);
      assertThat(second).isNotSameAs(first).isEqualTo(first);
    }
  }

  @Test
  void aNewTopicIsFoundAtTheRefreshThatMakesItSearchable() throws Exception {
    try (SearchEngine engine = engine(100)) {
      index(engine, topic(1, TopicKind.QUESTION, "Skriveren stopper", "Utskriften stopper."));
      assertThat(ids(engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE))).contains(1L);
      assertThat(topicIds(engine.similar("Skriveren på legekontoret", null, 5))).contains(1L);

      engine.apply(
          List.of(2L),
          List.of(topic(2, TopicKind.QUESTION, "Skriveren på legekontoret", "Den piper.")));
      engine.refresh();

      assertThat(ids(engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE)))
          .containsExactlyInAnyOrder(1L, 2L);
      assertThat(topicIds(engine.similar("Skriveren på legekontoret", null, 5))).contains(2L);
    }
  }

  @Test
  void anEditedTopicIsFoundByItsNewWordsWithItsNewText() throws Exception {
    try (SearchEngine engine = engine(100)) {
      index(engine, topic(1, TopicKind.QUESTION, "Skriveren stopper", "Utskriften stopper."));
      assertThat(engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE).total()).isOne();
      assertThat(engine.search(SearchQuery.of("telefonen"), FacetLabels.NONE).total()).isZero();

      engine.apply(
          List.of(1L),
          List.of(topic(1, TopicKind.QUESTION, "Telefonen stopper", "Samtalen brytes.")));
      engine.refresh();

      assertThat(engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE).total()).isZero();
      SearchResults edited = engine.search(SearchQuery.of("telefonen"), FacetLabels.NONE);
      assertThat(edited.total()).isOne();
      assertThat(edited.hits().get(0).titleHtml()).contains("<mark>Telefonen</mark>");
      assertThat(edited.hits().get(0).snippetHtml()).isEqualTo("Samtalen brytes.");
    }
  }

  @Test
  void aHiddenTopicLeavesTheHitsAndTheCountsAtTheRefresh() throws Exception {
    try (SearchEngine engine = engine(100)) {
      index(
          engine,
          topic(1, TopicKind.QUESTION, "Skriveren stopper", "Utskriften stopper."),
          topic(2, TopicKind.STORY, "Skriveren byttet", "Vi byttet skriveren."));
      SearchQuery byDate = byDate(SearchQuery.of("skriveren"));
      assertThat(engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE).total()).isEqualTo(2);
      assertThat(kinds(engine.search(byDate, FacetLabels.NONE))).containsEntry("STORY", 1L);
      assertThat(topicIds(engine.similar("Skriveren byttet", null, 5))).contains(2L);

      // Hidden: the forum lists it no more, so the index removes it.
      engine.apply(List.of(2L), List.of());
      engine.refresh();

      SearchResults after = engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE);
      assertThat(ids(after)).containsExactly(1L);
      assertThat(kinds(after)).containsOnlyKeys("QUESTION");
      assertThat(ids(engine.search(byDate, FacetLabels.NONE))).containsExactly(1L);
      assertThat(topicIds(engine.similar("Skriveren byttet", null, 5))).doesNotContain(2L);
    }
  }

  @Test
  void aHiddenReplyIsNoLongerFoundAtTheRefresh() throws Exception {
    try (SearchEngine engine = engine(100)) {
      SearchableTopic withReply =
          topic(
              1,
              TopicKind.QUESTION,
              "Utskrift stopper",
              "Papiret setter seg fast.",
              "Driveren måtte installeres på nytt.");
      index(engine, withReply);
      SearchResults before = engine.search(SearchQuery.of("driveren"), FacetLabels.NONE);
      assertThat(before.hits().get(0).postNumber()).isEqualTo(2);

      // The reply hidden: the forum gives the topic without it.
      engine.apply(
          List.of(1L),
          List.of(topic(1, TopicKind.QUESTION, "Utskrift stopper", "Papiret setter seg fast.")));
      engine.refresh();

      assertThat(engine.search(SearchQuery.of("driveren"), FacetLabels.NONE).total()).isZero();
    }
  }

  @Test
  void newSynonymsGiveAnswersFromTheIndex() throws Exception {
    try (SearchEngine engine = engine(100)) {
      index(engine, topic(1, TopicKind.QUESTION, "Skriveren stopper", "Utskriften stopper."));
      SearchResults first = engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE);
      engine.synonyms(new SystemSynonyms(List.of(), ANALYZERS));
      SearchResults again = engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE);
      assertThat(again).isNotSameAs(first).isEqualTo(first);
    }
  }

  @Test
  void otherPagesAndOrdersReuseTheCountsAndAnswerAsWithoutTheCache() throws Exception {
    try (SearchEngine cached = engine(100);
        SearchEngine uncached = engine(0)) {
      List<SearchableTopic> topics = new ArrayList<>();
      for (long id = 1; id <= 60; id++) {
        TopicKind kind = TopicKind.values()[(int) (id % TopicKind.values().length)];
        topics.add(
            topic(
                id,
                kind,
                "Journalen " + id + (id % 3 == 0 ? " og kurven" : ""),
                "Journalen viser ikke kurven for vikarer " + id + "."));
      }
      index(cached, topics.toArray(SearchableTopic[]::new));
      index(uncached, topics.toArray(SearchableTopic[]::new));
      SearchQuery words = SearchQuery.of("journalen kurven");
      SearchQuery questions = words.ofKinds(List.of("QUESTION"));
      SearchQuery browse = byDate(SearchQuery.of(""));
      // Each search after the first of its words and filters takes the counts from the cache.
      List<SearchQuery> asked =
          List.of(
              words,
              page(words, 1),
              byDate(words),
              page(byDate(words), 2),
              byDate(questions),
              questions,
              page(questions, 1),
              browse,
              page(browse, 3),
              SearchQuery.of(""));
      for (SearchQuery q : asked) {
        assertThat(cached.search(q, FacetLabels.NONE))
            .as("%s", q)
            .isEqualTo(uncached.search(q, FacetLabels.NONE));
      }
    }
  }

  @Test
  void labelsAreAddedToTheCachedAnswerForEachRequest() throws Exception {
    try (SearchEngine engine = engine(100)) {
      index(engine, topic(1, TopicKind.QUESTION, "Skriveren stopper", "Utskriften stopper."));
      SearchResults plain = engine.search(SearchQuery.of("skriveren"), FacetLabels.NONE);
      SearchResults named =
          engine.search(
              SearchQuery.of("skriveren"),
              (dim, value) -> new FacetLabels.Label(value + " nb", value + " en"));
      assertThat(named.hits()).isSameAs(plain.hits());
      assertThat(named.facets().get("category").get(0).labelNb()).isEqualTo("patient-records nb");
      assertThat(plain.facets().get("category").get(0).labelNb()).isNull();
    }
  }

  private static SearchEngine engine(int cache) throws Exception {
    return new SearchEngine(
        new ByteBuffersDirectory(),
        ANALYZERS,
        new SystemSynonyms(List.of(), ANALYZERS),
        FacetCounts.DEFAULT_SAMPLE,
        cache);
  }

  private static void index(SearchEngine engine, SearchableTopic... topics) {
    engine.apply(Arrays.stream(topics).map(SearchableTopic::topicId).toList(), List.of(topics));
    engine.refresh();
  }

  private static SearchableTopic topic(
      long id, TopicKind kind, String title, String body, String... replies) {
    return topic(id, kind, id % 2 == 0, AT.plusSeconds(id * 3_600), title, body, replies);
  }

  /**
   * A topic in "patient-records" by member 1, created {@code id} minutes after 2026-01-01 08:00:
   * the opening post {@code body} and the replies after it (also for {@link SearchMissPathTest}).
   */
  static SearchableTopic topic(
      long id,
      TopicKind kind,
      boolean solved,
      Instant activity,
      String title,
      String body,
      String... replies) {
    List<SearchablePost> posts = new ArrayList<>();
    posts.add(new SearchablePost(id * 100, 1, body));
    for (int i = 0; i < replies.length; i++) {
      posts.add(new SearchablePost(id * 100 + i + 1, i + 2, replies[i]));
    }
    return new SearchableTopic(
        id,
        kind,
        1L,
        "patient-records",
        title,
        solved,
        1L,
        "Prøve",
        AT.plusSeconds(id * 60),
        activity,
        null,
        List.of(),
        List.of(),
        posts);
  }

  private static SearchQuery page(SearchQuery q, int page) {
    return q.paged(q.byDate(), page, 5);
  }

  private static SearchQuery byDate(SearchQuery q) {
    return q.paged(true, q.page(), q.size());
  }

  private static List<Long> ids(SearchResults r) {
    return r.hits().stream().map(SearchResults.Hit::topicId).toList();
  }

  private static List<Long> topicIds(List<SimilarTopic> similar) {
    return similar.stream().map(SimilarTopic::topicId).toList();
  }

  private static Map<String, Long> kinds(SearchResults r) {
    return r.facets().get("kind").stream()
        .collect(
            Collectors.toMap(SearchResults.FacetValue::value, SearchResults.FacetValue::count));
  }
}
