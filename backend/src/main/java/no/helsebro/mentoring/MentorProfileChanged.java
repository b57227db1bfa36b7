package no.helsebro.mentoring;

import io.micronaut.serde.annotation.Serdeable;
import no.helsebro.platform.changes.FeedEvent;
import no.helsebro.platform.changes.FeedType;

/**
 * A member opted in as a mentor, changed or paused their mentor profile, or opted out. Published to
 * the change feed inside the writing transaction.
 */
@Serdeable
@FeedType("mentoring.mentor-profile-changed")
public record MentorProfileChanged(long mentorId) implements FeedEvent {
  @Override
  public Long subjectId() {
    return mentorId;
  }
}
