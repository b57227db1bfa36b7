package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * One of a mentorship's two members recorded a check-in. Published to the change feed inside the
 * writing transaction.
 */
@Serdeable
@FeedType("mentoring.check-in-posted")
public record MentorshipCheckInPosted(
    long mentorshipId, long checkInId, long authorId, long recipientId) implements FeedEvent {
  @Override
  public Long subjectId() {
    return mentorshipId;
  }
}
