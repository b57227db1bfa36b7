package no.helsebro.search;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A search as the member asked it: words, filters, sort and page.
 *
 * @param text what they typed ("quoted phrases" must appear as written)
 * @param kinds topic kinds (QUESTION, DISCUSSION, STORY, TRAINING); empty: all
 * @param categories category slugs; empty: all
 * @param tags tag names; empty: all
 * @param systems system codes; empty: all
 * @param workplaces workplace type codes; empty: all
 * @param solved only solved (true) or unsolved (false) topics; null: both
 * @param authorId only topics started by this member
 * @param from topics started at or after; to: before
 * @param byDate newest activity first instead of best match first
 */
public record SearchQuery(
    String text,
    List<String> kinds,
    List<String> categories,
    List<String> tags,
    List<String> systems,
    List<String> workplaces,
    @Nullable Boolean solved,
    @Nullable Long authorId,
    @Nullable Instant from,
    @Nullable Instant to,
    boolean byDate,
    int page,
    int size) {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** Just words, first page of ten, best match first. */
  public static SearchQuery of(String text) {
    return new SearchQuery(
        text, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, false,
        0, 10);
  }

  /**
   * The same search as its answer depends on it (a key of the result cache, ADR 0453): runs of
   * spaces are one space (the analysis splits words the same way), the page and its size within
   * what is served (from 0; 1 to 50).
   */
  SearchQuery normalized() {
    String words = text == null ? null : SPACES.matcher(text.strip()).replaceAll(" ");
    return copy(words, kinds, byDate, Math.max(0, page), Math.max(1, Math.min(size, 50)));
  }

  /** The same search without page and order: what its total and facet counts depend on. */
  SearchQuery withoutPageAndOrder() {
    return paged(false, 0, 0);
  }

  /** The same words and filters in this order and page. */
  SearchQuery paged(boolean byDate, int page, int size) {
    return copy(text, kinds, byDate, page, size);
  }

  /** The same search of only these kinds. */
  SearchQuery ofKinds(List<String> kinds) {
    return copy(text, kinds, byDate, page, size);
  }

  private SearchQuery copy(String text, List<String> kinds, boolean byDate, int page, int size) {
    return new SearchQuery(
        text,
        kinds,
        categories,
        tags,
        systems,
        workplaces,
        solved,
        authorId,
        from,
        to,
        byDate,
        page,
        size);
  }
}
