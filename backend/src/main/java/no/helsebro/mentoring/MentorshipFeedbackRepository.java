package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MentorshipFeedbackRepository extends GenericRepository<MentorshipFeedback, Long> {

  Optional<MentorshipFeedback> findByMentorshipIdAndMemberId(long mentorshipId, long memberId);

  /** Gives or changes a member's feedback (the first giving's time stays). */
  @Query(
      "INSERT INTO mentorship_feedback (mentorship_id, member_id, side, helped, rating, comment,"
          + " created_at) VALUES (:mentorshipId, :memberId, :side, :helped, :rating, :comment,"
          + " :now) ON DUPLICATE KEY UPDATE helped = VALUES(helped), rating = VALUES(rating),"
          + " comment = VALUES(comment)")
  void upsert(
      long mentorshipId,
      long memberId,
      String side,
      boolean helped,
      int rating,
      @Nullable String comment,
      Instant now);
}
