package no.helsebro.forum;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member said they used a training resource ("I used this"), or took that back ({@code added}
 * false). Not in the first event catalogue: added because lists and the topic page show the count.
 * Published to the change feed inside the writing transaction, only when something changed.
 */
@Serdeable
@FeedType("forum.training-resource-used")
public record TrainingResourceUsed(long topicId, long memberId, boolean added)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return topicId;
  }
}
