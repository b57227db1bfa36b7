package no.helsebro.groups;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface GroupQuestionRepository extends GenericRepository<GroupQuestion, Long> {

  @Query(
      "INSERT IGNORE INTO peer_group_questions (group_id, topic_id, asked_by, asked_at)"
          + " VALUES (:groupId, :topicId, :askedBy, :now)")
  void link(long groupId, long topicId, long askedBy, Instant now);

  /** Questions asked of a group, newest first. */
  @Query(
      "SELECT topic_id FROM peer_group_questions WHERE group_id = :groupId"
          + " ORDER BY asked_at DESC LIMIT :limit")
  List<Long> askedTopicIds(long groupId, int limit);

  /** Questions asked of any of the groups since, newest first. */
  @Query(
      "SELECT * FROM peer_group_questions WHERE group_id IN (:groupIds) AND asked_at >= :since"
          + " ORDER BY asked_at DESC LIMIT :limit")
  List<GroupQuestion> askedOf(Collection<Long> groupIds, Instant since, int limit);
}
