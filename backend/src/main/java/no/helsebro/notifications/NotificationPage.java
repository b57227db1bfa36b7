package no.helsebro.notifications;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A page of a member's notifications, newest first, with their unread count. */
@Serdeable
public record NotificationPage(
    List<NotificationView> items, long unread, int page, int size, boolean hasMore) {}
