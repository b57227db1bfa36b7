package no.helsebro.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/**
 * Search for active members (docs/adr/0450): {@code GET /api/v1/search}, similar topics while
 * writing, related topics of a topic; coordinators start a rebuild and read the index status.
 */
@Controller("/api/v1/search")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

  static final int MAX_QUERY = 200;
  static final int MAX_SIMILAR_TEXT = 2000;
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final SearchService search;

  SearchController(SearchService search) {
    this.search = search;
  }

  /**
   * Topics matching {@code q} (words, "phrases"), filtered by kind, category, tag, system,
   * workplace type, solved, author and start date (from/to, dates in Norwegian time, to inclusive);
   * sort {@code relevance} (default) or {@code date}; page from 0.
   */
  @Get
  SearchResults search(
      @Nullable @QueryValue String q,
      @Nullable @QueryValue List<String> kind,
      @Nullable @QueryValue List<String> category,
      @Nullable @QueryValue List<String> tag,
      @Nullable @QueryValue List<String> system,
      @Nullable @QueryValue List<String> workplace,
      @Nullable @QueryValue Boolean solved,
      @Nullable @QueryValue Long author,
      @Nullable @QueryValue LocalDate from,
      @Nullable @QueryValue LocalDate to,
      @Nullable @QueryValue String sort,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size) {
    String text = q == null ? "" : q.strip();
    if (text.length() > MAX_QUERY) {
      throw ApiException.invalidValue("q", "too-long", "at most " + MAX_QUERY + " characters");
    }
    if (sort != null && !sort.equals("relevance") && !sort.equals("date")) {
      throw ApiException.invalidValue("sort", "invalid", "relevance or date");
    }
    int pageNo = page == null ? 0 : page;
    int pageSize = size == null ? 10 : size;
    if (pageNo < 0 || pageNo > 99) {
      throw ApiException.invalidValue("page", "invalid", "0 to 99");
    }
    if (pageSize < 1 || pageSize > 50) {
      throw ApiException.invalidValue("size", "invalid", "1 to 50");
    }
    return search.search(
        new SearchQuery(
            text,
            upper(kind),
            orEmpty(category),
            orEmpty(tag),
            orEmpty(system),
            orEmpty(workplace),
            solved,
            author,
            from == null ? null : from.atStartOfDay(OSLO).toInstant(),
            to == null ? null : to.plusDays(1).atStartOfDay(OSLO).toInstant(),
            "date".equals(sort),
            pageNo,
            pageSize));
  }

  /** Up to 5 topics like a title (and body) being written; solved questions first. */
  @Get("/similar")
  List<SimilarTopic> similar(
      @Nullable @QueryValue String title, @Nullable @QueryValue String body) {
    String t = title == null ? "" : title.strip();
    if (t.length() > MAX_QUERY) {
      throw ApiException.invalidValue("title", "too-long", "at most " + MAX_QUERY + " characters");
    }
    String b = body == null ? "" : body;
    if (b.length() > MAX_SIMILAR_TEXT) {
      b = b.substring(0, MAX_SIMILAR_TEXT);
    }
    if (t.length() < 3 && b.isBlank()) {
      return List.of();
    }
    return search.similar(t, b, 5);
  }

  /** Up to 5 topics related to a topic (empty for one the member cannot list). */
  @Get("/related/{topicId}")
  List<SimilarTopic> related(long topicId) {
    return search.related(topicId, 5);
  }

  /** Coordinators: every node rebuilds its index from the database. */
  @Post("/rebuild")
  @Secured(Roles.COORDINATOR)
  HttpResponse<Void> rebuild(Authentication auth) {
    search.requestRebuild(CurrentMember.of(auth).id());
    return HttpResponse.accepted();
  }

  /** Coordinators: this node's index (topics, feed position, size, last rebuild). */
  @Get("/status")
  @Secured(Roles.COORDINATOR)
  IndexStatus status() {
    return search.status();
  }

  private static List<String> orEmpty(@Nullable List<String> values) {
    return values == null ? List.of() : values.stream().filter(v -> !v.isBlank()).toList();
  }

  private static List<String> upper(@Nullable List<String> values) {
    return orEmpty(values).stream().map(v -> v.toUpperCase(java.util.Locale.ROOT)).toList();
  }
}
