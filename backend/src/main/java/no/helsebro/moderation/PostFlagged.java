package no.helsebro.moderation;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member flagged a post for coordinators to review. Published to the change feed inside the
 * flagging transaction (a hide because of flags publishes the forum's {@code PostHidden} too).
 */
@Serdeable
@FeedType("moderation.post-flagged")
public record PostFlagged(long postId, long topicId, long flaggerId, FlagReason reason)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return topicId;
  }
}
