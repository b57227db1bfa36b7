package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MentorshipRepository extends CrudRepository<Mentorship, Long> {

  /** The mentorship, locked for the rest of the transaction. */
  Optional<Mentorship> findByIdForUpdate(Long id);

  /** The member's active mentorships, locked (account deletion ends them all). */
  @Query(
      "SELECT * FROM mentorships WHERE status = 'ACTIVE' AND (mentor_id = :memberId OR mentee_id"
          + " = :memberId) FOR UPDATE")
  List<Mentorship> activeOfForUpdate(long memberId);

  /** The member's mentorships, active ones first, newest first; at most 200. */
  @Query(
      "SELECT * FROM mentorships WHERE mentor_id = :memberId OR mentee_id = :memberId"
          + " ORDER BY status = 'ACTIVE' DESC, started_at DESC, id DESC LIMIT 200")
  List<Mentorship> ofMember(long memberId);

  @Query(
      "UPDATE mentorships SET status = 'ENDED', ended_at = :now, ended_by = :endedBy,"
          + " end_reason = :reason WHERE id = :id")
  void end(long id, long endedBy, @Nullable String reason, Instant now);

  long countByMentorIdAndStatus(long mentorId, String status);

  long countByMenteeIdAndStatus(long menteeId, String status);

  Optional<Mentorship> findByMenteeIdAndMentorIdAndStatus(
      long menteeId, long mentorId, String status);
}
