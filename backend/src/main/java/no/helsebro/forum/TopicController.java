package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

@Controller("/api/v1/topics")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class TopicController {

  static final String IDEMPOTENCY_KEY = Idempotency.HEADER;

  /**
   * A filter by code (category slug, taxonomy code): empty, or what a code can be. Anything else is
   * 400 naming the parameter, never a query that compares text an ASCII column cannot hold (issue 9
   * item 9).
   */
  static final String CODE_FILTER = "\\s*|[a-z0-9]+(-[a-z0-9]+)*";

  private final TopicListReader lists;
  private final TopicPageReader pages;
  private final PostHistoryReader posts;
  private final CreateTopic createTopic;
  private final PostReply postReply;
  private final AddStoryFollowUp addFollowUp;
  private final AcceptAnswer acceptAnswer;
  private final CountTrainingUse countUse;
  private final PersonalService personal;
  private final ForumModeration moderation;

  TopicController(
      TopicListReader lists,
      TopicPageReader pages,
      PostHistoryReader posts,
      CreateTopic createTopic,
      PostReply postReply,
      AddStoryFollowUp addFollowUp,
      AcceptAnswer acceptAnswer,
      CountTrainingUse countUse,
      PersonalService personal,
      ForumModeration moderation) {
    this.lists = lists;
    this.pages = pages;
    this.posts = posts;
    this.createTopic = createTopic;
    this.postReply = postReply;
    this.addFollowUp = addFollowUp;
    this.acceptAnswer = acceptAnswer;
    this.countUse = countUse;
    this.personal = personal;
    this.moderation = moderation;
  }

  static int size(@Nullable Integer size, int dflt, int max) {
    return size == null ? dflt : Math.max(1, Math.min(max, size));
  }

  @Get
  @Operation(summary = "Topics, filtered and sorted (activity, newest, helpful, unanswered)")
  @ApiResponse(
      responseCode = "200",
      description = "One page of topics, with the member's read marker on each",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ForumDtos.TopicSummaryPage.class)))
  HttpResponse<byte[]> list(
      Authentication auth,
      @Nullable @QueryValue @Pattern(regexp = CODE_FILTER, message = "slug") String category,
      @Nullable @QueryValue String kind,
      @Nullable @QueryValue Boolean solved,
      @Nullable @QueryValue Boolean unanswered,
      @Nullable @QueryValue String tag,
      @Nullable @QueryValue List<@Pattern(regexp = CODE_FILTER, message = "slug") String> system,
      @Nullable @QueryValue Boolean mySystems,
      @Nullable @QueryValue @Pattern(regexp = CODE_FILTER, message = "slug") String workplaceType,
      @Nullable @QueryValue @Pattern(regexp = CODE_FILTER, message = "slug") String audience,
      @Nullable @QueryValue String format,
      @Nullable @QueryValue String sort,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size) {
    TopicSort s = ChoiceParser.parse(TopicSort.class, "sort", sort);
    TopicListQuery q =
        new TopicListQuery(
            blankToNull(category),
            ChoiceParser.parse(TopicKind.class, "kind", kind),
            solved,
            Boolean.TRUE.equals(unanswered),
            blankToNull(tag),
            system == null
                ? List.of()
                : system.stream().filter(x -> !x.isBlank()).limit(30).toList(),
            Boolean.TRUE.equals(mySystems),
            blankToNull(workplaceType),
            blankToNull(audience),
            blankToNull(format),
            s == null ? TopicSort.ACTIVITY : s,
            page == null ? 0 : Math.max(0, Math.min(10_000, page)),
            size(size, 30, 100));
    // Sent as bytes: the page's shared part is encoded once per cached page (TopicListReader).
    return HttpResponse.ok(lists.listJson(CurrentMember.of(auth), q))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  @Post
  @Operation(summary = "Start a topic; send an Idempotency-Key so a retry creates it once")
  HttpResponse<ForumDtos.CreatedView> create(
      Authentication auth,
      @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
      @Body @Valid ForumDtos.CreateTopicRequest request) {
    Created c = createTopic.create(CurrentMember.of(auth), request, idempotencyKey);
    return created(
        new ForumDtos.CreatedView(c.id(), c.id(), 1, c.replayed()), "/api/v1/topics/" + c.id(), c);
  }

  static <T> HttpResponse<T> created(T body, String location, Created c) {
    return Idempotency.created(body, location, c.replayed());
  }

  @Get("/{id}")
  @Operation(summary = "A topic with one page of posts; post=N picks the page holding post N")
  @ApiResponse(
      responseCode = "200",
      description = "The topic, one page of posts and the member's own state",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ForumDtos.TopicPage.class)))
  HttpResponse<byte[]> one(
      Authentication auth,
      long id,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer post,
      @Nullable @QueryValue Integer size) {
    // Sent as bytes: posts are encoded once per cached page (TopicPageReader.pageJson).
    return HttpResponse.ok(
            pages.pageJson(
                CurrentMember.of(auth),
                id,
                page,
                post,
                size(size, TopicPageReader.POSTS_PER_PAGE, 50)))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  @Post("/{id}/posts")
  @Operation(summary = "Reply to a topic; send an Idempotency-Key so a retry posts once")
  HttpResponse<ForumDtos.CreatedView> reply(
      Authentication auth,
      long id,
      @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
      @Body @Valid ForumDtos.ReplyRequest request) {
    CurrentMember me = CurrentMember.of(auth);
    Created c = postReply.reply(me, id, request, idempotencyKey);
    if (c.postNumber() > 0) {
      // A new reply: the writer knows where it went.
      return created(
          new ForumDtos.CreatedView(c.id(), c.topicId(), c.postNumber(), false),
          "/api/v1/posts/" + c.id(),
          c);
    }
    ForumDtos.PostSource p = posts.source(me, c.id());
    return created(
        new ForumDtos.CreatedView(c.id(), p.topicId(), p.postNumber(), c.replayed()),
        "/api/v1/posts/" + c.id(),
        c);
  }

  @Post("/{id}/follow-ups")
  @Operation(summary = "Add a dated follow-up to your implementation story")
  HttpResponse<ForumDtos.CreatedView> followUp(
      Authentication auth,
      long id,
      @Nullable @Header(IDEMPOTENCY_KEY) String idempotencyKey,
      @Body @Valid ForumDtos.FollowUpRequest request) {
    Created c = addFollowUp.add(CurrentMember.of(auth), id, request, idempotencyKey);
    return created(
        new ForumDtos.CreatedView(c.id(), id, 0, c.replayed()), "/api/v1/topics/" + id, c);
  }

  @Put("/{id}/accepted-answer")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Accept a reply as the answer (the asker or a coordinator)")
  void accept(Authentication auth, long id, @Body @Valid ForumDtos.AcceptRequest request) {
    acceptAnswer.accept(CurrentMember.of(auth), id, request.postId());
  }

  @Delete("/{id}/accepted-answer")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Withdraw the accepted answer")
  void unaccept(Authentication auth, long id) {
    acceptAnswer.unaccept(CurrentMember.of(auth), id);
  }

  @Put("/{id}/uses")
  @Operation(summary = "\"I used this\" on a training resource")
  ForumDtos.UsedView use(Authentication auth, long id) {
    return countUse.used(CurrentMember.of(auth), id, true);
  }

  @Delete("/{id}/uses")
  @Operation(summary = "Take back \"I used this\"")
  ForumDtos.UsedView unuse(Authentication auth, long id) {
    return countUse.used(CurrentMember.of(auth), id, false);
  }

  @Put("/{id}/following")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Follow a topic")
  void follow(Authentication auth, long id) {
    personal.followTopic(CurrentMember.of(auth), id, true);
  }

  @Delete("/{id}/following")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Stop following a topic")
  void unfollow(Authentication auth, long id) {
    personal.followTopic(CurrentMember.of(auth), id, false);
  }

  @Put("/{id}/bookmark")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Bookmark a topic")
  void bookmark(Authentication auth, long id) {
    personal.bookmark(CurrentMember.of(auth), id, true);
  }

  @Delete("/{id}/bookmark")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a bookmark")
  void unbookmark(Authentication auth, long id) {
    personal.bookmark(CurrentMember.of(auth), id, false);
  }

  @Put("/{id}/read")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark the topic read up to a post number")
  void read(Authentication auth, long id, @Body @Valid ForumDtos.ReadRequest request) {
    personal.markRead(CurrentMember.of(auth), id, request.postNumber());
  }

  // ---- coordinators

  @Post("/{id}/hide")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Hide a topic (coordinators)")
  void hide(Authentication auth, long id, @Nullable @Body @Valid ForumDtos.ReasonRequest request) {
    moderation.hideTopic(CurrentMember.of(auth).id(), id, reason(request));
  }

  @Post("/{id}/restore")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Restore a hidden or deleted topic (coordinators)")
  void restore(
      Authentication auth, long id, @Nullable @Body @Valid ForumDtos.ReasonRequest request) {
    moderation.restoreTopic(CurrentMember.of(auth).id(), id, reason(request));
  }

  @Post("/{id}/lock")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Lock a topic (coordinators)")
  void lock(Authentication auth, long id, @Nullable @Body @Valid ForumDtos.ReasonRequest request) {
    moderation.lockTopic(CurrentMember.of(auth).id(), id, reason(request));
  }

  @Post("/{id}/unlock")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Unlock a topic (coordinators)")
  void unlock(
      Authentication auth, long id, @Nullable @Body @Valid ForumDtos.ReasonRequest request) {
    moderation.unlockTopic(CurrentMember.of(auth).id(), id, reason(request));
  }

  @Post("/{id}/pin")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Pin a topic in its category (coordinators)")
  void pin(Authentication auth, long id, @Nullable @Body @Valid ForumDtos.ReasonRequest request) {
    moderation.pinTopic(CurrentMember.of(auth).id(), id, reason(request));
  }

  @Post("/{id}/unpin")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Unpin a topic (coordinators)")
  void unpin(Authentication auth, long id, @Nullable @Body @Valid ForumDtos.ReasonRequest request) {
    moderation.unpinTopic(CurrentMember.of(auth).id(), id, reason(request));
  }

  @Post("/{id}/close")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Close a topic with a reason (coordinators)")
  void close(Authentication auth, long id, @Body @Valid ForumDtos.CloseRequest request) {
    moderation.closeTopic(CurrentMember.of(auth).id(), id, request.reason().strip());
  }

  @Post("/{id}/reopen")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Reopen a closed topic (coordinators)")
  void reopen(
      Authentication auth, long id, @Nullable @Body @Valid ForumDtos.ReasonRequest request) {
    moderation.reopenTopic(CurrentMember.of(auth).id(), id, reason(request));
  }

  @Post("/{id}/move")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Move a topic to another category (coordinators)")
  void move(Authentication auth, long id, @Body @Valid ForumDtos.MoveRequest request) {
    moderation.moveTopic(CurrentMember.of(auth).id(), id, request.categoryId(), request.reason());
  }

  @Post("/{id}/merge")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Merge a duplicate topic into another (coordinators)")
  void merge(Authentication auth, long id, @Body @Valid ForumDtos.MergeRequest request) {
    moderation.mergeTopics(
        CurrentMember.of(auth).id(), id, request.intoTopicId(), request.reason());
  }

  static String reason(@Nullable ForumDtos.ReasonRequest r) {
    return r == null ? null : r.reason();
  }
}
