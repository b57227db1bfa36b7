package no.helsebro.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.sse.Event;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.platform.errors.ApiException;
import org.reactivestreams.Publisher;

/**
 * The live stream of a member's notifications (server-sent events). It is opened with a ticket from
 * {@code POST /api/v1/notifications/stream-tickets}, not with the access token, which must not
 * appear in a URL; so the endpoint itself is open, and the ticket decides (an active member, a
 * genuine ticket not older than 60 s).
 */
@Controller("/api/v1/notifications/stream")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "Notifications")
class NotificationStreamController {

  private final StreamTickets tickets;
  private final LiveNotifications live;
  private final NotificationReader reader;
  private final MemberDirectory members;

  NotificationStreamController(
      StreamTickets tickets,
      LiveNotifications live,
      NotificationReader reader,
      MemberDirectory members) {
    this.tickets = tickets;
    this.live = live;
    this.reader = reader;
    this.members = members;
  }

  @Get(produces = MediaType.TEXT_EVENT_STREAM)
  @ExecuteOn(TaskExecutors.BLOCKING)
  @Operation(
      summary =
          "Server-sent events: each new notification as event 'notification' with its id; after a"
              + " reconnect, Last-Event-ID (or ?after=) catches up on what was missed.")
  Publisher<Event<?>> stream(
      @QueryValue @Size(max = 200) String ticket,
      @Nullable @Header("Last-Event-ID") Long lastEventId,
      @Nullable @QueryValue Long after) {
    long member =
        tickets
            .check(ticket, Instant.now())
            .filter(members::isActive)
            .orElseThrow(
                () ->
                    new ApiException(
                        io.micronaut.http.HttpStatus.UNAUTHORIZED,
                        "stream-ticket",
                        "Unauthorized",
                        "The ticket is not valid or has expired; ask for a new one."));
    Long from = lastEventId != null ? lastEventId : after;
    return live.open(member, from != null ? from : reader.newestId(member));
  }
}
