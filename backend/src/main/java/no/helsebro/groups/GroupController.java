package no.helsebro.groups;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.idempotency.Idempotency;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** Peer groups: every active member reads, joins, leaves, follows and asks; coordinators make. */
@Controller("/api/v1/groups")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Groups")
class GroupController {

  private final GroupReader reader;
  private final GroupWriter writer;

  GroupController(GroupReader reader, GroupWriter writer) {
    this.reader = reader;
    this.writer = writer;
  }

  @Get
  @Operation(summary = "Every peer group, with member counts and the reader's place in each.")
  List<GroupView> all(Authentication auth) {
    return reader.all(CurrentMember.of(auth).id());
  }

  @Get("/mine")
  @Operation(summary = "The reader's groups and questions put to them lately (front page).")
  MyGroupsView mine(Authentication auth) {
    return reader.mine(CurrentMember.of(auth).id());
  }

  @Get("/{id}")
  Optional<GroupView> one(@PathVariable long id, Authentication auth) {
    return reader.one(id, CurrentMember.of(auth).id());
  }

  @Get("/{id}/members")
  @Operation(summary = "A page of the group's members, as the member directory shows them.")
  GroupMemberPage members(
      @PathVariable long id,
      @QueryValue(defaultValue = "0") @Min(0) int page,
      @QueryValue(defaultValue = "24") @Min(1) @Max(100) int size) {
    return reader.members(id, page, size);
  }

  @Get("/{id}/topics")
  @Operation(
      summary =
          "Recent questions, stories and resources by members, with its system, or put to it.")
  List<GroupTopicView> topics(@PathVariable long id) {
    return reader.topics(id);
  }

  @Post
  @Secured(Roles.COORDINATOR)
  @Operation(summary = "Make a group (coordinators); audited.")
  HttpResponse<GroupView> create(@Body @Valid NewGroupRequest request, Authentication auth) {
    CurrentMember me = CurrentMember.of(auth);
    long id = writer.create(me, request);
    return HttpResponse.created(
        reader.one(id, me.id()).orElseThrow(), URI.create("/api/v1/groups/" + id));
  }

  @Put("/{id}/membership")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Join the group, or rejoin one you left.")
  void join(@PathVariable long id, Authentication auth) {
    writer.join(CurrentMember.of(auth), id);
  }

  @Delete("/{id}/membership")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Leave the group (your profile will not put you back).")
  void leave(@PathVariable long id, Authentication auth) {
    writer.leave(CurrentMember.of(auth), id);
  }

  @Put("/{id}/follow")
  @Status(HttpStatus.NO_CONTENT)
  void follow(@PathVariable long id, Authentication auth) {
    writer.follow(CurrentMember.of(auth), id, true);
  }

  @Delete("/{id}/follow")
  @Status(HttpStatus.NO_CONTENT)
  void unfollow(@PathVariable long id, Authentication auth) {
    writer.follow(CurrentMember.of(auth), id, false);
  }

  @Post("/{id}/questions")
  @Operation(
      summary = "Ask this group: a question in the forum, put in front of the group's members.")
  HttpResponse<AskedView> ask(
      @PathVariable long id,
      @Body @Valid AskGroupRequest request,
      @Nullable @Header(Idempotency.HEADER) String idempotencyKey,
      Authentication auth) {
    GroupWriter.Asked asked = writer.ask(CurrentMember.of(auth), id, request, idempotencyKey);
    return Idempotency.created(
        new AskedView(id, asked.topicId()), "/api/v1/topics/" + asked.topicId(), asked.replayed());
  }
}
