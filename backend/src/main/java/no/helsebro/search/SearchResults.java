package no.helsebro.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One page of search results with the counts per facet.
 *
 * @param total topics matching the words and filters
 * @param facets per dimension (kind, category, system, tag, workplace, solved) the values with
 *     their counts; each dimension counted as if its own filter were not set
 * @param facetCountsEstimated the search matched so many topics that the facets counted a random
 *     sample of them, scaled up: the counts are estimates (the total is exact)
 */
@Serdeable
public record SearchResults(
    long total,
    int page,
    int size,
    List<Hit> hits,
    Map<String, List<FacetValue>> facets,
    boolean facetCountsEstimated) {

  /**
   * A topic found.
   *
   * @param titleHtml the title, HTML-escaped, with matches in {@code <mark>}
   * @param snippetHtml the best matching passage, HTML-escaped, with matches in {@code <mark>}
   * @param postNumber the post the snippet is from (1 is the opening post)
   */
  @Serdeable
  public record Hit(
      long topicId,
      String title,
      String titleHtml,
      String kind,
      String category,
      boolean solved,
      @Nullable String snippetHtml,
      int postNumber,
      @Nullable String authorName,
      Instant createdAt,
      Instant lastActivityAt,
      List<String> tags) {}

  /**
   * A facet value and how many topics have it; labels for the member's language where the value is
   * a code.
   */
  @Serdeable
  public record FacetValue(
      String value, long count, @Nullable String labelNb, @Nullable String labelEn) {}
}
