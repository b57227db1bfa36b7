package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A topic's state changed: locked, pinned, closed, moved, hidden (its opening post hidden or
 * deleted), restored, or its accepted answer set or taken back. Published to the change feed inside
 * the changing transaction.
 *
 * @param byId who changed it; null when no member did (hidden because of members' flags)
 */
@Serdeable
@FeedType("forum.topic-changed")
public record TopicChanged(long topicId, Change change, @Nullable Long byId) implements FeedEvent {

  /** What changed. */
  public enum Change {
    LOCKED,
    UNLOCKED,
    PINNED,
    UNPINNED,
    CLOSED,
    REOPENED,
    MOVED,
    HIDDEN,
    RESTORED,
    ANSWER_ACCEPTED,
    ANSWER_UNACCEPTED
  }

  @Override
  public Long subjectId() {
    return topicId;
  }
}
