package no.helsebro.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The search index of the node that answers: topics in it, the change feed position it has applied,
 * whether it is rebuilding, its size on disk, and its last rebuild on this node.
 */
@Serdeable
public record IndexStatus(
    int topics,
    long position,
    boolean rebuilding,
    long bytes,
    @Nullable Long lastRebuildMillis,
    @Nullable Integer lastRebuildTopics) {}
