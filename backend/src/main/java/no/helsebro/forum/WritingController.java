package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** Helpers for writing: preview, drafts, tags and mention autocomplete, bookmarks, feed token. */
@Controller("/api/v1")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class WritingController {

  private final GuardedMarkdown markdown;
  private final PersonalService personal;
  private final TagService tags;
  private final BookmarkedTopicsReader bookmarks;
  private final ForumStats stats;

  WritingController(
      GuardedMarkdown markdown,
      PersonalService personal,
      TagService tags,
      BookmarkedTopicsReader bookmarks,
      ForumStats stats) {
    this.markdown = markdown;
    this.personal = personal;
    this.tags = tags;
    this.bookmarks = bookmarks;
    this.stats = stats;
  }

  @Post("/previews")
  @Operation(summary = "Render Markdown as it will be shown (also runs the patient-data guard)")
  ForumDtos.PreviewView preview(@Body @Valid ForumDtos.PreviewRequest request) {
    return new ForumDtos.PreviewView(markdown.body("body", request.body()).html());
  }

  @Get("/drafts")
  @Operation(summary = "Your saved drafts")
  List<ForumDtos.DraftView> drafts(Authentication auth) {
    return personal.drafts(CurrentMember.of(auth));
  }

  @Get("/drafts/{key}")
  @Operation(summary = "One saved draft (e.g. new-topic, reply-123, edit-456)")
  Optional<ForumDtos.DraftView> draft(Authentication auth, String key) {
    return personal.draft(CurrentMember.of(auth), key);
  }

  @Put("/drafts/{key}")
  @Operation(summary = "Save a draft (autosave)")
  ForumDtos.DraftView saveDraft(
      Authentication auth, String key, @Body @Valid ForumDtos.DraftRequest request) {
    return personal.saveDraft(CurrentMember.of(auth), key, request.payload());
  }

  @Delete("/drafts/{key}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Discard a draft")
  void deleteDraft(Authentication auth, String key) {
    personal.deleteDraft(CurrentMember.of(auth), key);
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

  @Get("/tags")
  @Operation(summary = "Tags starting with q, most used first (autocomplete and curation)")
  List<ForumDtos.TagView> tags(@Nullable @QueryValue String q, @Nullable @QueryValue Integer size) {
    return tags.search(q, size == null ? 10 : size);
  }

  @Get("/tags/following")
  @Operation(summary = "The tags you follow")
  List<ForumDtos.TagView> followedTags(Authentication auth) {
    return tags.followed(CurrentMember.of(auth));
  }

  @Put("/tags/{id}/following")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Follow a tag: new topics with it notify you")
  void followTag(Authentication auth, long id) {
    tags.follow(CurrentMember.of(auth), id, true);
  }

  @Delete("/tags/{id}/following")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Stop following a tag")
  void unfollowTag(Authentication auth, long id) {
    tags.follow(CurrentMember.of(auth), id, false);
  }

  @Put("/tags/{id}")
  @Secured(Roles.COORDINATOR)
  @Operation(summary = "Rename a tag (coordinators)")
  ForumDtos.TagView renameTag(
      Authentication auth, long id, @Body @Valid ForumDtos.RenameTagRequest request) {
    return tags.rename(CurrentMember.of(auth), id, request.name());
  }

  @Post("/tags/{id}/merge")
  @Secured(Roles.COORDINATOR)
  @Operation(summary = "Merge a tag into another (coordinators)")
  ForumDtos.TagView mergeTag(
      Authentication auth, long id, @Body @Valid ForumDtos.MergeTagRequest request) {
    return tags.merge(CurrentMember.of(auth), id, request.intoTagId());
  }

  @Delete("/tags/{id}")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete a tag (coordinators)")
  void deleteTag(Authentication auth, long id) {
    tags.delete(CurrentMember.of(auth), id);
  }

  @Get("/topic-vocabularies")
  @Operation(summary = "Systems, workplace types and audience groups for topic forms and filters")
  ForumDtos.VocabulariesView vocabularies() {
    return personal.vocabularies();
  }

  @Get("/mention-candidates")
  @Operation(summary = "Active members whose name starts with q (for @mentions)")
  List<ForumDtos.MemberRef> mentionCandidates(@Nullable @QueryValue String q) {
    return personal.mentionCandidates(q);
  }

  @Get("/feed-token")
  @Operation(summary = "Your secret feed token (made on first use) for Atom feed URLs")
  ForumDtos.FeedTokenView feedToken(Authentication auth) {
    return personal.feedToken(CurrentMember.of(auth));
  }

  @Delete("/feed-token")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Revoke your feed token (feed URLs stop working; a new one is made on use)")
  void revokeFeedToken(Authentication auth) {
    personal.revokeFeedToken(CurrentMember.of(auth));
  }

  @Get("/member-contributions/{memberId}")
  @Operation(summary = "A member's forum totals and recent posts (for their profile)")
  ForumDtos.ContributionsView contributions(long memberId) {
    return new ForumDtos.ContributionsView(
        stats.forMember(memberId), stats.recentContributions(memberId, 10));
  }
}
