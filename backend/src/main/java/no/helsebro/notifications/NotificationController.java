package no.helsebro.notifications;

import io.micronaut.http.HttpResponse;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.security.CurrentMember;
import no.helsebro.platform.security.Roles;

/** A member's own notification centre: every active member, only their own notifications. */
@Controller("/api/v1/notifications")
@Secured(Roles.ADVISOR)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Notifications")
class NotificationController {

  private final NotificationReader reader;
  private final StreamTickets tickets;

  NotificationController(NotificationReader reader, StreamTickets tickets) {
    this.reader = reader;
    this.tickets = tickets;
  }

  @Get
  @Operation(summary = "The member's notifications, newest first, with the unread count.")
  NotificationPage list(
      Authentication auth,
      @QueryValue(defaultValue = "0") @Min(0) @Max(1000) int page,
      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
    return reader.page(CurrentMember.of(auth).id(), page, size);
  }

  @Get("/unread-count")
  @Operation(summary = "How many of the member's notifications are unread (the header's bell).")
  UnreadCount unread(Authentication auth) {
    return new UnreadCount(reader.unread(CurrentMember.of(auth).id()));
  }

  @Post("/{id}/read")
  @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark one notification read.")
  void markRead(Authentication auth, @PathVariable long id) {
    if (!reader.markRead(CurrentMember.of(auth).id(), id)) {
      throw ApiException.notFound("Notification");
    }
  }

  @Post("/read-all")
  @Status(io.micronaut.http.HttpStatus.NO_CONTENT)
  @Operation(summary = "Mark every notification read.")
  void markAllRead(Authentication auth) {
    reader.markAllRead(CurrentMember.of(auth).id());
  }

  @Post("/stream-tickets")
  @Operation(
      summary =
          "A ticket (valid 60 s) that opens the live stream, GET /api/v1/notifications/stream?ticket=.")
  HttpResponse<StreamTicket> ticket(Authentication auth) {
    return HttpResponse.ok(tickets.issue(CurrentMember.of(auth).id(), Instant.now()));
  }
}
