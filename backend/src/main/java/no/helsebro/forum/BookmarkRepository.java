package no.helsebro.forum;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Members' bookmarked topics (listed by BookmarkedTopicsReader). */
@JdbcRepository(dialect = Dialect.MYSQL)
interface BookmarkRepository
    extends GenericRepository<BookmarkRepository.Bookmark, Long>, MemberMarks {

  /**
   * A row of {@code forum_bookmarks}; its key is (member_id, topic_id), only the statements below
   * use it.
   */
  @MappedEntity("forum_bookmarks")
  record Bookmark(@Id long memberId, long topicId) {}

  @Override
  @Query("INSERT IGNORE INTO forum_bookmarks (member_id, topic_id) VALUES (:memberId, :id)")
  void add(long memberId, long id);

  @Override
  @Query("DELETE FROM forum_bookmarks WHERE member_id = :memberId AND topic_id = :id")
  void remove(long memberId, long id);

  /** The member's bookmarked topics, oldest bookmark first (their data export). */
  @Query("SELECT topic_id FROM forum_bookmarks WHERE member_id = :memberId ORDER BY created_at")
  List<Long> topicIdsOf(long memberId);

  void deleteByMemberId(long memberId);
}
