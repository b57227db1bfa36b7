package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A row of {@code mentorships}: an accepted request between a mentor and a mentee. */
@MappedEntity("mentorships")
record Mentorship(
    @Id @GeneratedValue @Nullable Long id,
    long mentorId,
    long menteeId,
    @Nullable Long requestId,
    String status,
    Instant startedAt,
    @Nullable Instant endedAt,
    @Nullable Long endedBy,
    @Nullable String endReason) {

  static Mentorship started(long mentorId, long menteeId, long requestId, Instant now) {
    return new Mentorship(null, mentorId, menteeId, requestId, "ACTIVE", now, null, null, null);
  }

  boolean active() {
    return "ACTIVE".equals(status);
  }

  boolean hasMember(long memberId) {
    return mentorId == memberId || menteeId == memberId;
  }

  /** The member on the other side from {@code memberId}. */
  long other(long memberId) {
    return memberId == mentorId ? menteeId : mentorId;
  }
}
