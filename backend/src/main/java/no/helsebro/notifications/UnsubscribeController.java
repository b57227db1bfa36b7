package no.helsebro.notifications;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import no.helsebro.platform.errors.ApiException;

/**
 * One-click unsubscribe (RFC 8058): the mail's {@code List-Unsubscribe} URL, POSTed by the mail
 * program with {@code List-Unsubscribe=One-Click}, or by the page the mail's link opens. Works
 * without a sign-in: the signed token in the URL names the member and what to stop.
 */
@Controller("/api/v1/notification-unsubscriptions")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Notifications")
class UnsubscribeController {

  private final UnsubscribeLinks links;
  private final NotificationSettingsService settings;

  UnsubscribeController(UnsubscribeLinks links, NotificationSettingsService settings) {
    this.links = links;
    this.settings = settings;
  }

  /** What was stopped: a kind of notification, or {@code DAILY}/{@code WEEKLY} digests. */
  @Serdeable
  record Unsubscribed(String scope) {}

  @Post
  @Consumes({MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.ALL})
  @Operation(summary = "Stop mail of one kind (or one digest) from a link in a mail; no sign-in.")
  Unsubscribed unsubscribe(@QueryValue @Size(max = 300) String token) {
    UnsubscribeLinks.Target target =
        links.check(token).orElseThrow(UnsubscribeController::invalidLink);
    return settings
        .unsubscribe(target.memberId(), target.scope())
        .map(Unsubscribed::new)
        .orElseThrow(UnsubscribeController::invalidLink);
  }

  /** A token that does not check out, or names no kind of notification: one answer for both. */
  private static ApiException invalidLink() {
    return ApiException.badRequest("unsubscribe-token", "The link is not valid.");
  }
}
