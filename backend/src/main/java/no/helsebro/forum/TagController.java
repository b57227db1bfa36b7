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
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** Tags: autocomplete, following, and coordinators' curation; the vocabularies of topic forms. */
@Controller("/api/v1")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class TagController {

  private final TagService tags;
  private final PersonalService personal;

  TagController(TagService tags, PersonalService personal) {
    this.tags = tags;
    this.personal = personal;
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
}
