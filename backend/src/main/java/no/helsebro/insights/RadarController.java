package no.helsebro.insights;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
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
import java.time.Instant;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** The isolation radar (coordinators only). */
@Controller("/api/v1/insights/radar")
@Secured(Roles.COORDINATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Insights")
class RadarController {

  private final IsolationRadar radar;
  private final RadarOptions options;
  private final RadarActions actions;

  RadarController(IsolationRadar radar, RadarOptions options, RadarActions actions) {
    this.radar = radar;
    this.options = options;
    this.actions = actions;
  }

  @Get
  @Operation(summary = "Members who may be left alone, with why and what was done.")
  RadarPage page(
      @Nullable @QueryValue RadarReason reason,
      @QueryValue(defaultValue = "0") @Min(0) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
    return radar.page(reason, page, size, Instant.now());
  }

  @Get("/{memberId}/options")
  @Operation(summary = "Nearest groups and mentors with free places for the member.")
  RadarOptionsView options(@PathVariable long memberId, Authentication auth) {
    return options.options(memberId, CurrentMember.of(auth).id());
  }

  @Post("/{memberId}/actions")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Welcome message, point to a group, or invite a mentor; audited.")
  void act(
      @PathVariable long memberId, @Body @Valid RadarActionRequest request, Authentication auth) {
    actions.act(CurrentMember.of(auth), memberId, request);
  }

  @Post("/{memberId}/dismissals")
  @Status(HttpStatus.NO_CONTENT)
  @Operation(summary = "Dismiss a reason until a newer fact brings it back; audited.")
  void dismiss(
      @PathVariable long memberId, @Body @Valid RadarDismissRequest request, Authentication auth) {
    actions.dismiss(CurrentMember.of(auth), memberId, request.reason());
  }
}
