package no.helsebro.forum;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A coordinator merged a duplicate topic into another: its posts moved to the end of the target's
 * thread and it left the lists. Published to the change feed inside the merging transaction.
 */
@Serdeable
@FeedType("forum.topic-merged")
public record TopicMerged(long fromTopicId, long intoTopicId, long byId) implements FeedEvent {
  @Override
  public Long subjectId() {
    return fromTopicId;
  }
}
