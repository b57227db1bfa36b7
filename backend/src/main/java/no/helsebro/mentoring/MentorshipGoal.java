package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code mentorship_goals}. */
@MappedEntity("mentorship_goals")
record MentorshipGoal(
    @Id @GeneratedValue @Nullable Long id,
    long mentorshipId,
    String title,
    String status,
    long createdBy,
    Instant createdAt,
    Instant updatedAt)
    implements MentorshipSpace.Entry<GoalView> {

  @Override
  public long writerId() {
    return createdBy;
  }

  @Override
  public GoalView view(MemberRef writer) {
    return new GoalView(id, title, status, writer, createdAt, updatedAt);
  }
}
