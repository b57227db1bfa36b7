package no.helsebro.notifications;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * New notifications were written for these members. Every node's live hub reads it from the change
 * feed and pushes the new rows to the members' open pages connected to that node.
 */
@Serdeable
@FeedType("notifications.created")
public record NotificationsCreated(List<Long> memberIds) implements FeedEvent {}
