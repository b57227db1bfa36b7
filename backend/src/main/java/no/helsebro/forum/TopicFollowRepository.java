package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Members following topics (a reply notifies them). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TopicFollowRepository
    extends GenericRepository<TopicFollowRepository.TopicFollow, Long>, MemberMarks {

  /**
   * A row of {@code forum_topic_follows}; its key is (member_id, topic_id), only the statements
   * below use it.
   */
  @MappedEntity("forum_topic_follows")
  record TopicFollow(@Id long memberId, long topicId) {}

  @Override
  @Query("INSERT IGNORE INTO forum_topic_follows (member_id, topic_id) VALUES (:memberId, :id)")
  void add(long memberId, long id);

  @Override
  @Query("DELETE FROM forum_topic_follows WHERE member_id = :memberId AND topic_id = :id")
  void remove(long memberId, long id);

  /** The members who follow it (for notifications). */
  @Query("SELECT member_id FROM forum_topic_follows WHERE topic_id = :id")
  List<Long> followersOf(long id);

  /** The topics the member follows, oldest follow first (their data export). */
  @Query("SELECT topic_id FROM forum_topic_follows WHERE member_id = :memberId ORDER BY created_at")
  List<Long> topicIdsOf(long memberId);

  void deleteByMemberId(long memberId);
}
