package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

@Controller("/api/v1/posts")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class PostController {

  private final PostHistoryReader posts;
  private final EditPost editPost;
  private final DeletePost deletePost;
  private final RecognisePost recognise;
  private final ForumModeration moderation;

  PostController(
      PostHistoryReader posts,
      EditPost editPost,
      DeletePost deletePost,
      RecognisePost recognise,
      ForumModeration moderation) {
    this.posts = posts;
    this.editPost = editPost;
    this.deletePost = deletePost;
    this.recognise = recognise;
    this.moderation = moderation;
  }

  @Get("/{id}")
  @Operation(summary = "A post with its Markdown source (for editing, quoting and deep links)")
  ForumDtos.PostSource one(Authentication auth, long id) {
    return posts.source(CurrentMember.of(auth), id);
  }

  @Put("/{id}")
  @Operation(summary = "Edit a post; 409 edit-conflict carries both texts when the version is old")
  ForumDtos.PostSource edit(
      Authentication auth, long id, @Body @Valid ForumDtos.EditPostRequest request) {
    CurrentMember me = CurrentMember.of(auth);
    editPost.edit(me, id, request);
    return posts.source(me, id);
  }

  @Delete("/{id}")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Delete your post (a coordinator can restore it)")
  void delete(Authentication auth, long id) {
    deletePost.delete(CurrentMember.of(auth), id);
  }

  @Get("/{id}/revisions")
  @Operation(summary = "Every version of a post, oldest first")
  List<ForumDtos.RevisionView> revisions(Authentication auth, long id) {
    return posts.revisions(CurrentMember.of(auth), id);
  }

  @Put("/{id}/helpful")
  @Operation(summary = "Mark a reply helpful")
  ForumDtos.ReactionView helpful(Authentication auth, long id) {
    return recognise.recognise(CurrentMember.of(auth), id, PostRecognised.Kind.HELPFUL, true);
  }

  @Delete("/{id}/helpful")
  @Operation(summary = "Take back \"helpful\"")
  ForumDtos.ReactionView unhelpful(Authentication auth, long id) {
    return recognise.recognise(CurrentMember.of(auth), id, PostRecognised.Kind.HELPFUL, false);
  }

  @Put("/{id}/thanks")
  @Operation(summary = "Thank the author of a post")
  ForumDtos.ReactionView thank(Authentication auth, long id) {
    return recognise.recognise(CurrentMember.of(auth), id, PostRecognised.Kind.THANKS, true);
  }

  @Delete("/{id}/thanks")
  @Operation(summary = "Take back thanks")
  ForumDtos.ReactionView unthank(Authentication auth, long id) {
    return recognise.recognise(CurrentMember.of(auth), id, PostRecognised.Kind.THANKS, false);
  }

  @Post("/{id}/hide")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Hide a post (coordinators)")
  void hide(Authentication auth, long id, @Nullable @Body @Valid ForumDtos.ReasonRequest request) {
    moderation.hidePost(CurrentMember.of(auth).id(), id, TopicController.reason(request));
  }

  @Post("/{id}/restore")
  @Secured(Roles.COORDINATOR)
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Restore a hidden or deleted post (coordinators)")
  void restore(
      Authentication auth, long id, @Nullable @Body @Valid ForumDtos.ReasonRequest request) {
    moderation.restorePost(CurrentMember.of(auth).id(), id, TopicController.reason(request));
  }
}
