package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * The taxonomy terms a topic is linked to ({@code ForumStore.TopicTerms}): systems and audiences,
 * each kind in its own link table. Reading them for lists is {@code ForumStore.labels}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TopicTermRepository extends GenericRepository<TopicTermRepository.TopicSystem, Long> {

  /** A row of {@code forum_topic_systems}; its key is (topic_id, term_id). */
  @MappedEntity("forum_topic_systems")
  record TopicSystem(@Id long topicId, long termId) {}

  @Query("DELETE FROM forum_topic_systems WHERE topic_id = :topicId")
  void clearSystems(long topicId);

  @Query("INSERT INTO forum_topic_systems (topic_id, term_id) VALUES (:topicId, :termId)")
  void addSystem(long topicId, long termId);

  @Query("DELETE FROM forum_topic_audiences WHERE topic_id = :topicId")
  void clearAudiences(long topicId);

  @Query("INSERT INTO forum_topic_audiences (topic_id, term_id) VALUES (:topicId, :termId)")
  void addAudience(long topicId, long termId);
}
