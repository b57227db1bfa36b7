package no.helsebro.forum;

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
import java.util.Optional;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** Previews of Markdown as it will be shown, and drafts saved while writing (ADR 0204). */
@Controller("/api/v1")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class DraftController {

  private final GuardedMarkdown markdown;
  private final PersonalService personal;

  DraftController(GuardedMarkdown markdown, PersonalService personal) {
    this.markdown = markdown;
    this.personal = personal;
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
}
