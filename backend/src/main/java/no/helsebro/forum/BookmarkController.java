package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** The member's bookmarked topics. */
@Controller("/api/v1")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class BookmarkController {

  private final BookmarkedTopicsReader bookmarks;

  BookmarkController(BookmarkedTopicsReader bookmarks) {
    this.bookmarks = bookmarks;
  }

  @Get("/bookmarks")
  @Operation(summary = "Your bookmarked topics, newest bookmark first")
  ForumDtos.PageOf<ForumDtos.TopicSummary> bookmarks(
      Authentication auth, @Nullable @QueryValue Integer page, @Nullable @QueryValue Integer size) {
    return bookmarks.bookmarks(
        CurrentMember.of(auth),
        page == null ? 0 : Math.max(0, page),
        TopicController.size(size, 30, 100));
  }
}
