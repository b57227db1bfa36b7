package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The rows of {@code mentor_requests}; lists are newest first and at most 200. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface MentorRequestRepository extends CrudRepository<MentorRequest, Long> {

  String OF_MEMBER =
      "SELECT * FROM mentor_requests WHERE (mentee_id = :memberId OR mentor_id = :memberId)";
  String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC LIMIT 200";

  @Query(OF_MEMBER + NEWEST_FIRST)
  List<MentorRequest> ofMember(long memberId);

  @Query(OF_MEMBER + " AND status = :status" + NEWEST_FIRST)
  List<MentorRequest> ofMemberWithStatus(long memberId, String status);

  /** Open requests whose time is not up. */
  @Query(OF_MEMBER + " AND status = 'OPEN' AND expires_at > :now" + NEWEST_FIRST)
  List<MentorRequest> openOfMember(long memberId, Instant now);

  /** Expired requests, also those whose time is up before the sweep has written so. */
  @Query(
      OF_MEMBER
          + " AND (status = 'EXPIRED' OR (status = 'OPEN' AND expires_at <= :now))"
          + NEWEST_FIRST)
  List<MentorRequest> expiredOfMember(long memberId, Instant now);

  /** The request, only for its two members. */
  @Query(OF_MEMBER + " AND id = :id")
  Optional<MentorRequest> ofMember(long id, long memberId);

  /** The request, only for its two members, locked for the rest of the transaction. */
  @Query(OF_MEMBER + " AND id = :id FOR UPDATE")
  Optional<MentorRequest> ofMemberForUpdate(long id, long memberId);

  Optional<Long> findMenteeIdByIdAndMentorId(long id, long mentorId);

  boolean existsByMenteeIdAndMentorIdAndStatus(long menteeId, long mentorId, String status);

  long countByMenteeIdAndStatusAndExpiresAtGreaterThan(
      long menteeId, String status, Instant expiresAt);

  @Query(
      "UPDATE mentor_requests SET status = 'ACCEPTED', response_note = :note, decided_at = :now,"
          + " mentorship_id = :mentorshipId WHERE id = :id")
  void accept(long id, @Nullable String note, long mentorshipId, Instant now);

  @Query(
      "UPDATE mentor_requests SET status = 'DECLINED', response_note = :note, decided_at = :now"
          + " WHERE id = :id")
  void decline(long id, @Nullable String note, Instant now);

  /** Closes the requests with the status (withdrawn, expired, cancelled). */
  @Query("UPDATE mentor_requests SET status = :status, decided_at = :now WHERE id IN (:ids)")
  void close(Collection<Long> ids, String status, Instant now);

  /** Every open request whose time is up, locked. */
  @Query("SELECT * FROM mentor_requests WHERE status = 'OPEN' AND expires_at <= :now FOR UPDATE")
  List<MentorRequest> dueForUpdate(Instant now);

  /** Every open request the member sent or received, locked. */
  @Query(
      "SELECT * FROM mentor_requests WHERE status = 'OPEN' AND (mentee_id = :memberId OR mentor_id"
          + " = :memberId) FOR UPDATE")
  List<MentorRequest> openOfMemberForUpdate(long memberId);

  /** Every open request to the mentor, locked. */
  @Query("SELECT * FROM mentor_requests WHERE status = 'OPEN' AND mentor_id = :mentorId FOR UPDATE")
  List<MentorRequest> openToMentorForUpdate(long mentorId);

  /** Expires the pair's open request if its time is up. */
  @Query(
      "UPDATE mentor_requests SET status = 'EXPIRED', decided_at = :now WHERE mentee_id = :menteeId"
          + " AND mentor_id = :mentorId AND status = 'OPEN' AND expires_at <= :now")
  void expirePair(long menteeId, long mentorId, Instant now);

  /** Closes the mentee's open requests other than {@code keptId}; answers how many. */
  @Query(
      "UPDATE mentor_requests SET status = 'MATCHED_ELSEWHERE', decided_at = :now"
          + " WHERE mentee_id = :menteeId AND status = 'OPEN' AND id <> :keptId")
  int closeOthersOfMentee(long menteeId, long keptId, Instant now);

  /** Open requests of the mentee (cohort confirmation skips mentees who asked meanwhile). */
  long countByMenteeIdAndStatus(long menteeId, String status);

  /** The member's open, unexpired request to this mentor, if any. */
  @Query(
      "SELECT id FROM mentor_requests WHERE mentee_id = :menteeId AND mentor_id = :mentorId"
          + " AND status = 'OPEN' AND expires_at > :now LIMIT 1")
  Optional<Long> openRequestTo(long menteeId, long mentorId, Instant now);

  /** The mentors a member has an open request to or an active mentorship with. */
  @Query(
      "SELECT mentor_id FROM mentor_requests WHERE mentee_id = :menteeId AND status = 'OPEN'"
          + " UNION SELECT mentor_id FROM mentorships WHERE mentee_id = :menteeId"
          + " AND status = 'ACTIVE'")
  List<Long> mentorsEngagedWith(long menteeId);
}
