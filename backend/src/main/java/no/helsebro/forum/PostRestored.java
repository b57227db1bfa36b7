package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A coordinator brought back a hidden or deleted post, from the topic page or the review queue.
 * Published inside the restoring transaction, so a listener that writes (the moderation module
 * closing the post's open flags) commits or rolls back with the restore; also on the change feed.
 *
 * @param postId the restored post
 * @param coordinatorId who restored it
 * @param reason the coordinator's reason, if given
 * @param topicId the post's topic
 * @param postNumber its number in the thread (1 restores the topic)
 * @param authorId who wrote it (null if their account was deleted)
 */
@Serdeable
@FeedType("forum.post-restored")
public record PostRestored(
    long postId,
    long coordinatorId,
    @Nullable String reason,
    long topicId,
    int postNumber,
    @Nullable Long authorId)
    implements FeedEvent {

  @Override
  public Long subjectId() {
    return topicId;
  }
}
