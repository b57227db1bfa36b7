package no.helsebro.mentoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MentorshipCheckInRepository extends CrudRepository<MentorshipCheckIn, Long> {

  /** The space's check-ins, latest first. */
  @Query(
      "SELECT * FROM mentorship_check_ins WHERE mentorship_id = :mentorshipId"
          + " ORDER BY held_on DESC, id DESC")
  List<MentorshipCheckIn> latestFirst(long mentorshipId);
}
