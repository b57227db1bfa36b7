package no.helsebro.notifications;

import io.micronaut.core.annotation.Nullable;

/**
 * A notification one member is to get for one event, before the checks (not their own act, active,
 * once per dedupe key).
 */
record Candidate(
    long memberId,
    NotificationType type,
    String dedupeKey,
    @Nullable Long topicId,
    @Nullable Long postId,
    @Nullable Long actorId,
    String title,
    String link) {}
