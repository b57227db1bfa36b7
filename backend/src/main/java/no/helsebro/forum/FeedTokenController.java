package no.helsebro.forum;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** The member's secret token for Atom feed URLs (ADR 0205). */
@Controller("/api/v1")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Forum")
class FeedTokenController {

  private final PersonalService personal;

  FeedTokenController(PersonalService personal) {
    this.personal = personal;
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
}
