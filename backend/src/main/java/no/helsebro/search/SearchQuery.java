package no.helsebro.search;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.util.List;

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

  /** Just words, first page of ten, best match first. */
  public static SearchQuery of(String text) {
    return new SearchQuery(
        text, List.of(), List.of(), List.of(), List.of(), List.of(), null, null, null, null, false,
        0, 10);
  }
}
