package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * An open request for mentoring was closed: accepted or declined by the mentor, withdrawn by the
 * mentee, expired unanswered, or cancelled (a member suspended or deleted, the mentor opted out).
 * Published to the change feed inside the closing transaction. {@code outcome} was added to the
 * first catalogue's fields to tell a decline from a withdrawal or cancellation.
 *
 * @param mentorshipId the mentorship an accept started; null otherwise
 * @param expired whether it expired unanswered
 */
@Serdeable
@FeedType("mentoring.request-answered")
public record MentoringRequestAnswered(
    long requestId,
    long menteeId,
    long mentorId,
    boolean accepted,
    @Nullable Long mentorshipId,
    boolean expired,
    Outcome outcome)
    implements FeedEvent {

  /** How the request was closed. */
  public enum Outcome {
    ACCEPTED,
    DECLINED,
    WITHDRAWN,
    EXPIRED,
    CANCELLED
  }

  @Override
  public Long subjectId() {
    return requestId;
  }
}
