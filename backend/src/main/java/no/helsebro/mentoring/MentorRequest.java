package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code mentor_requests}: a mentee asks one mentor. The generated {@code open_flag} (one
 * open request per pair) is the database's own and not mapped.
 */
@MappedEntity("mentor_requests")
record MentorRequest(
    @Id @GeneratedValue @Nullable Long id,
    long menteeId,
    long mentorId,
    String message,
    String status,
    String origin,
    @Nullable Long proposalId,
    @Nullable String responseNote,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant decidedAt,
    @Nullable Long mentorshipId) {

  static MentorRequest open(
      long menteeId,
      long mentorId,
      String message,
      String origin,
      @Nullable Long proposalId,
      Instant now,
      Instant expiresAt) {
    return new MentorRequest(
        null,
        menteeId,
        mentorId,
        message,
        "OPEN",
        origin,
        proposalId,
        null,
        now,
        expiresAt,
        null,
        null);
  }

  /**
   * A request is expired from its expiry time on, also before the sweep has written so: it can no
   * longer be decided, and it is shown and counted as expired.
   */
  String statusAt(Instant now) {
    return "OPEN".equals(status) && !expiresAt.isAfter(now) ? "EXPIRED" : status;
  }
}
