package no.helsebro.notifications;

import io.micronaut.serde.annotation.Serdeable;

/** How many notifications the member has not read. */
@Serdeable
public record UnreadCount(long unread) {}
