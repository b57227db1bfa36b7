package no.helsebro.moderation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A coordinator decided a post's open flags: upheld them ({@code HIDDEN}: the post is or stays
 * hidden), restored the hidden post ({@code RESTORED}, also when restored from the topic page), or
 * dismissed them with the post still visible ({@code DISMISSED}). Published to the change feed
 * inside the deciding transaction.
 *
 * @param authorId who wrote the post (null if their account was deleted)
 */
@Serdeable
@FeedType("moderation.review-decided")
public record ReviewDecided(
    long postId, long topicId, @Nullable Long authorId, Decision decision, long byId)
    implements FeedEvent {

  /** What the coordinator decided. */
  public enum Decision {
    HIDDEN,
    RESTORED,
    DISMISSED
  }

  @Override
  public Long subjectId() {
    return topicId;
  }
}
