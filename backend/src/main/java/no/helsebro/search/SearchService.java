package no.helsebro.search;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.forum.ForumSearchSource;
import no.helsebro.forum.ForumSearchSource.SearchablePost;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.profiles.TaxonomyKind;
import no.helsebro.profiles.TaxonomyService;

/**
 * The search module's facade (docs/adr/0450): full-text search with filters and facets, similar
 * topics while writing, related topics of a topic, and the rebuild command. Everything found is
 * what the forum's lists show to every member (the index holds nothing else).
 */
@Singleton
public class SearchService {

  private static final long LABELS_MAX_AGE_NANOS = 60_000_000_000L;

  private final SearchIndex index;
  private final ForumSearchSource source;
  private final TaxonomyService taxonomies;
  private final ChangeFeed feed;
  private volatile Labels labels;

  private record Labels(long loadedAt, long version, Map<String, FacetLabels.Label> byKey)
      implements FacetLabels {
    @Override
    public Label label(String dim, String value) {
      return byKey.getOrDefault(dim + "\u0000" + value, new Label(null, null));
    }
  }

  SearchService(
      SearchIndex index, ForumSearchSource source, TaxonomyService taxonomies, ChangeFeed feed) {
    this.index = index;
    this.source = source;
    this.taxonomies = taxonomies;
    this.feed = feed;
  }

  /** One page of topics matching the query, with counts per facet. */
  public SearchResults search(SearchQuery query) {
    return index.engine().search(query, labels());
  }

  /** Up to {@code limit} topics like a title and body being written, solved questions first. */
  public List<SimilarTopic> similar(String title, @Nullable String body, int limit) {
    String text = title + (body == null || body.isBlank() ? "" : " " + firstWords(body, 60));
    return solvedFirst(index.engine().similar(text, null, limit));
  }

  /** Up to {@code limit} topics like a visible topic; empty for one not everybody sees. */
  public List<SimilarTopic> related(long topicId, int limit) {
    var topics = source.topics(List.of(topicId));
    if (topics.isEmpty()) {
      return List.of();
    }
    var topic = topics.get(0);
    String body =
        topic.posts().stream()
            .filter(p -> p.number() == 1)
            .map(SearchablePost::text)
            .findFirst()
            .orElse("");
    String text = topic.title() + " " + firstWords(body, 60);
    return index.engine().similar(text, topicId, limit);
  }

  /** Asks every node to rebuild its index from the database (through the change feed). */
  public void requestRebuild(long byMemberId) {
    feed.publish(new SearchRebuildRequested(byMemberId));
  }

  /** This node's index: topics in it, position in the feed, bytes, the last rebuild. */
  public IndexStatus status() {
    SearchIndex.RebuildReport last = index.lastRebuild();
    return new IndexStatus(
        index.engine().size(),
        index.indexedPosition(),
        index.rebuilding(),
        index.engine().bytesOnDisk(),
        last == null ? null : last.millis(),
        last == null ? null : last.topics());
  }

  private static List<SimilarTopic> solvedFirst(List<SimilarTopic> similar) {
    return similar.stream()
        .sorted((a, b) -> Boolean.compare(solvedQuestion(b), solvedQuestion(a)))
        .toList();
  }

  private static boolean solvedQuestion(SimilarTopic t) {
    return t.solved() && "QUESTION".equals(t.kind());
  }

  private static String firstWords(String text, int words) {
    String[] parts = text.strip().split("\\s+", words + 1);
    return String.join(
        " ", java.util.Arrays.asList(parts).subList(0, Math.min(words, parts.length)));
  }

  private FacetLabels labels() {
    Labels current = labels;
    long version = index.labelsChanged();
    if (current != null
        && current.version() == version
        && System.nanoTime() - current.loadedAt() < LABELS_MAX_AGE_NANOS) {
      return current;
    }
    Map<String, FacetLabels.Label> byKey = new HashMap<>();
    for (var c : source.categories()) {
      byKey.put(
          TopicDocuments.CATEGORY + "\u0000" + c.slug(),
          new FacetLabels.Label(c.nameNb(), c.nameEn()));
    }
    for (var t : taxonomies.terms(TaxonomyKind.SYSTEM)) {
      byKey.put(
          TopicDocuments.SYSTEM + "\u0000" + t.code(),
          new FacetLabels.Label(t.nameNb(), t.nameEn()));
    }
    for (var t : taxonomies.terms(TaxonomyKind.WORKPLACE_TYPE)) {
      byKey.put(
          TopicDocuments.WORKPLACE + "\u0000" + t.code(),
          new FacetLabels.Label(t.nameNb(), t.nameEn()));
    }
    Labels loaded = new Labels(System.nanoTime(), version, Map.copyOf(byKey));
    labels = loaded;
    return loaded;
  }
}
