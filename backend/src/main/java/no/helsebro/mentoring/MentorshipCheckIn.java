package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** A row of {@code mentorship_check_ins}. */
@MappedEntity("mentorship_check_ins")
record MentorshipCheckIn(
    @Id @GeneratedValue @Nullable Long id,
    long mentorshipId,
    LocalDate heldOn,
    String note,
    long createdBy,
    Instant createdAt)
    implements MentorshipSpace.Entry<CheckInView> {

  @Override
  public long writerId() {
    return createdBy;
  }

  @Override
  public CheckInView view(MemberRef writer) {
    return new CheckInView(id, heldOn, note, writer, createdAt);
  }
}
