package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** Members who used a training resource ("I used this"), one row per member and topic. */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TrainingUseRepository extends GenericRepository<TrainingUseRepository.TrainingUse, Long> {

  /**
   * A row of {@code forum_training_uses}; its key is (topic_id, member_id), only the statements
   * below use it.
   */
  @MappedEntity("forum_training_uses")
  record TrainingUse(@Id long topicId, long memberId) {}

  /** Counts the member's use; answers 1, or 0 when it was already counted. */
  @Query(
      "INSERT IGNORE INTO forum_training_uses (topic_id, member_id) VALUES (:topicId, :memberId)")
  int add(long topicId, long memberId);

  /** Takes the member's use back; answers 1, or 0 when there was none. */
  @Query("DELETE FROM forum_training_uses WHERE topic_id = :topicId AND member_id = :memberId")
  int remove(long topicId, long memberId);

  /** The resource's count of uses and whether the member's is one of them. */
  @Query(
      "SELECT t.used_count, EXISTS(SELECT 1 FROM forum_training_uses u WHERE u.topic_id = t.id"
          + " AND u.member_id = :memberId) AS used_by_me FROM forum_topics t WHERE t.id = :topicId")
  Optional<ForumDtos.UsedView> view(long topicId, long memberId);
}
