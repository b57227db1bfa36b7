package no.helsebro.notifications;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** A member's own mail settings for notifications: every active member, only their own. */
@Controller("/api/v1/notification-settings")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Notifications")
class NotificationSettingsController {

  private final NotificationSettingsService settings;

  NotificationSettingsController(NotificationSettingsService settings) {
    this.settings = settings;
  }

  @Get
  @Operation(summary = "The member's mail settings, defaults filled in.")
  NotificationSettings get(Authentication auth) {
    return settings.get(CurrentMember.of(auth).id());
  }

  @Put
  @Operation(summary = "Replace the member's mail settings.")
  NotificationSettings put(Authentication auth, @Body @Valid NotificationSettings body) {
    return settings.put(CurrentMember.of(auth).id(), body);
  }
}
