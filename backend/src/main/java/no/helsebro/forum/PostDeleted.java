package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A post was deleted (softly: a coordinator may restore it) by its author or a coordinator.
 * Published to the change feed inside the deleting transaction.
 *
 * @param byId who deleted it
 */
@Serdeable
@FeedType("forum.post-deleted")
public record PostDeleted(
    long postId, long topicId, int postNumber, @Nullable Long authorId, long byId)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return topicId;
  }
}
