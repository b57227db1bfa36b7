package no.helsebro.mentoring;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface MentorshipMessageRepository extends CrudRepository<MentorshipMessage, Long> {

  long countByMentorshipId(long mentorshipId);

  /** One page of the space's messages, newest first. */
  @Query(
      "SELECT * FROM mentorship_messages WHERE mentorship_id = :mentorshipId"
          + " ORDER BY created_at DESC, id DESC LIMIT :size OFFSET :offset")
  List<MentorshipMessage> newestFirst(long mentorshipId, int size, long offset);

  Optional<MentorshipMessage> findByIdAndMentorshipId(long id, long mentorshipId);
}
