package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A post was hidden from members: by a coordinator, or by members' flags. Hiding the opening post
 * hides the topic ({@link TopicChanged} {@code HIDDEN} follows). Published to the change feed
 * inside the hiding transaction.
 *
 * @param byId the coordinator who hid it; null when it was hidden because of members' flags
 * @param reason the reason given, if any
 */
@Serdeable
@FeedType("forum.post-hidden")
public record PostHidden(
    long postId,
    long topicId,
    int postNumber,
    @Nullable Long authorId,
    @Nullable Long byId,
    @Nullable String reason)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return topicId;
  }
}
