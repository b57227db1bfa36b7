package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * One of a mentorship's two members wrote a message in its private space. Published to the change
 * feed inside the writing transaction (not again for a retry with the same idempotency key).
 */
@Serdeable
@FeedType("mentoring.message-posted")
public record MentorshipMessagePosted(
    long mentorshipId, long messageId, long authorId, long recipientId) implements FeedEvent {
  @Override
  public Long subjectId() {
    return mentorshipId;
  }
}
