package no.helsebro.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** Flags (any active member), the review queue and the audit log (coordinators). */
@Controller("/api/v1")
@Secured(Roles.COORDINATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Moderation")
class ModerationController {

  /**
   * An action or target type to filter by: empty, or what such a name can be. Anything else is 400
   * naming the parameter, never a query that compares text an ASCII column cannot hold (issue 9
   * item 9).
   */
  static final String NAME_FILTER = "\\s*[a-z0-9._-]*\\s*";

  private final Flags flags;
  private final ReviewQueue queue;
  private final AuditReader audit;

  ModerationController(Flags flags, ReviewQueue queue, AuditReader audit) {
    this.flags = flags;
    this.queue = queue;
    this.audit = audit;
  }

  @Post("/posts/{postId}/flags")
  @Secured(Roles.ADVISOR)
  @Operation(
      summary =
          "Flag someone else's post with a reason; 409 already-flagged while your flag is open")
  HttpResponse<ModerationDtos.FlagView> flag(
      Authentication auth, long postId, @Body @Valid ModerationDtos.FlagRequest request) {
    return HttpResponse.created(
        flags.flag(CurrentMember.of(auth), postId, request.reason(), request.note()));
  }

  @Get("/moderation/queue")
  @Operation(summary = "Posts with open flags, oldest case first (coordinators)")
  ModerationDtos.QueuePage queue(
      @QueryValue(defaultValue = "0") int page, @QueryValue(defaultValue = "20") int size) {
    return queue.page(page, size);
  }

  @Post("/moderation/queue/{postId}/restore")
  @Operation(summary = "Keep the post: dismiss its flags and un-hide it (coordinators)")
  ModerationDtos.DecisionView restore(
      Authentication auth,
      long postId,
      @Nullable @Body @Valid ModerationDtos.DecisionRequest request) {
    return queue.restore(CurrentMember.of(auth).id(), postId, reason(request));
  }

  @Post("/moderation/queue/{postId}/hide")
  @Operation(summary = "Uphold the flags: hide the post (coordinators)")
  ModerationDtos.DecisionView hide(
      Authentication auth,
      long postId,
      @Nullable @Body @Valid ModerationDtos.DecisionRequest request) {
    return queue.hide(CurrentMember.of(auth).id(), postId, reason(request));
  }

  @Get("/moderation/audit")
  @Operation(
      summary =
          "The audit log, newest first (coordinators). actor: a member id, 'system' or the start of"
              + " a name; from/to: yyyy-mm-dd (UTC, inclusive)")
  ModerationDtos.AuditPage auditLog(
      @Nullable @QueryValue @Pattern(regexp = NAME_FILTER, message = "choice") String action,
      @Nullable @QueryValue String actor,
      @Nullable @QueryValue @Pattern(regexp = NAME_FILTER, message = "choice") String targetType,
      @Nullable @QueryValue String targetId,
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @QueryValue(defaultValue = "0") int page,
      @QueryValue(defaultValue = "50") int size) {
    return audit.find(
        new AuditReader.Filter(action, actor, targetType, targetId, from, to), page, size);
  }

  @Get("/moderation/audit/actions")
  @Operation(summary = "The actions that occur in the audit log (coordinators)")
  List<String> auditActions() {
    return audit.actions();
  }

  private static String reason(@Nullable ModerationDtos.DecisionRequest r) {
    return r == null ? null : r.reason();
  }
}
