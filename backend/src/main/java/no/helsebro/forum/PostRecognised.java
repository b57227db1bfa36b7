package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member marked a post helpful or thanked its author, or took that back ({@code added} false).
 * Published to the change feed inside the writing transaction, only when something changed.
 *
 * @param postAuthorId who wrote the post (null if their account was deleted)
 */
@Serdeable
@FeedType("forum.post-recognised")
public record PostRecognised(
    long postId,
    long topicId,
    @Nullable Long postAuthorId,
    long byMemberId,
    Kind kind,
    boolean added)
    implements FeedEvent {

  /** The kind of recognition. */
  public enum Kind {
    HELPFUL,
    THANKS
  }

  @Override
  public Long subjectId() {
    return topicId;
  }
}
