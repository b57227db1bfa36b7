package no.helsebro.platform.changes;

import java.time.Instant;

/**
 * One event as read back from the change feed.
 *
 * @param position its place in the feed; higher is later
 * @param type its stable name ({@link FeedType})
 * @param event the event itself
 * @param origin the node that wrote it ({@link ChangeFeed#nodeId()})
 * @param createdAt when it was written (UTC)
 */
public record FeedEntry<E extends FeedEvent>(
    long position, String type, E event, String origin, Instant createdAt) {}
