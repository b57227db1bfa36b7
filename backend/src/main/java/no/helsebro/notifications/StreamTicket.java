package no.helsebro.notifications;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A short-lived ticket that opens the live stream: EventSource cannot send an Authorization header,
 * and an access token must not appear in a URL that gets logged (issue 12 item 3).
 */
@Serdeable
public record StreamTicket(String ticket, long expiresIn) {}
