package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** Members following tags (a new topic with the tag notifies them). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TagFollowRepository
    extends GenericRepository<TagFollowRepository.TagFollow, Long>, MemberMarks {

  /**
   * A row of {@code forum_tag_follows}; its key is (member_id, tag_id), only the statements below
   * use it.
   */
  @MappedEntity("forum_tag_follows")
  record TagFollow(@Id long memberId, long tagId, Instant createdAt) {}

  /**
   * Stamped with the application's clock, as topics are (ForumFacts.tagFollowers compares them).
   */
  @Override
  default void add(long memberId, long id) {
    addAt(memberId, id, ForumStore.now());
  }

  @Query(
      "INSERT IGNORE INTO forum_tag_follows (member_id, tag_id, created_at)"
          + " VALUES (:memberId, :id, :at)")
  void addAt(long memberId, long id, Instant at);

  @Override
  @Query("DELETE FROM forum_tag_follows WHERE member_id = :memberId AND tag_id = :id")
  void remove(long memberId, long id);

  /**
   * Members who followed any tag of a topic when it was posted, each once (a member who follows one
   * of its tags because of this very topic was not following it then).
   */
  @Query(
      "SELECT DISTINCT f.member_id FROM forum_topic_tags t"
          + " JOIN forum_topics tp ON tp.id = t.topic_id"
          + " JOIN forum_tag_follows f ON f.tag_id = t.tag_id"
          + " WHERE t.topic_id = :topicId AND f.created_at <= tp.created_at")
  List<Long> followersWhenPosted(long topicId);

  /** Who followed tag {@code id} now follows tag {@code intoId} (a merge). */
  @Query(
      "INSERT IGNORE INTO forum_tag_follows (member_id, tag_id, created_at)"
          + " SELECT member_id, :intoId, created_at FROM forum_tag_follows WHERE tag_id = :id")
  void moveAll(long id, long intoId);
}
