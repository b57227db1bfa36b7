package no.helsebro.mentoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MentorshipGoalRepository extends CrudRepository<MentorshipGoal, Long> {

  /** The space's goals, oldest first. */
  @Query(
      "SELECT * FROM mentorship_goals WHERE mentorship_id = :mentorshipId"
          + " ORDER BY created_at, id")
  List<MentorshipGoal> oldestFirst(long mentorshipId);

  Optional<MentorshipGoal> findByIdAndMentorshipId(long id, long mentorshipId);

  @Query(
      "UPDATE mentorship_goals SET title = :title, status = :status, updated_at = :now"
          + " WHERE id = :id")
  void change(long id, String title, String status, Instant now);
}
