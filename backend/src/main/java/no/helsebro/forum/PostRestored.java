package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;

/**
 * A coordinator brought back a hidden or deleted post, from the topic page or the review queue.
 * Published inside the restoring transaction, so a listener that writes (the moderation module
 * closing the post's open flags) commits or rolls back with the restore.
 *
 * @param postId the restored post
 * @param coordinatorId who restored it
 * @param reason the coordinator's reason, if given
 */
public record PostRestored(long postId, long coordinatorId, @Nullable String reason) {}
