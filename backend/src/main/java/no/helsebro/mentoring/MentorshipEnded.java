package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A mentorship ended: by one of its members, or because one deleted their account. Published to the
 * change feed inside the ending transaction.
 */
@Serdeable
@FeedType("mentoring.mentorship-ended")
public record MentorshipEnded(long mentorshipId, long mentorId, long menteeId, long endedById)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return mentorshipId;
  }
}
