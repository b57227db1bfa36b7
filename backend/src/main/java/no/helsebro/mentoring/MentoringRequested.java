package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A mentee asked a mentor for mentoring (themselves, or through a coordinator's cohort proposal).
 * Published to the change feed inside the requesting transaction.
 */
@Serdeable
@FeedType("mentoring.requested")
public record MentoringRequested(long requestId, long menteeId, long mentorId)
    implements FeedEvent {
  @Override
  public Long subjectId() {
    return requestId;
  }
}
