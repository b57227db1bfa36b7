package no.helsebro.forum;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Collection;
import java.util.List;

/**
 * The simple reads and changes of post rows for moderation. Posts are written by the use-case
 * classes and read for topic pages by {@code TopicPageQueries} (ADR 0201).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PostRepository extends GenericRepository<PostRepository.Post, Long> {

  /** The key columns of a row of {@code forum_posts}. */
  @MappedEntity("forum_posts")
  record Post(@Id long id, long topicId, int postNumber) {}

  /** The posts as moderation sees them, without their authors' names. */
  @Query(
      "SELECT p.id, p.topic_id, t.title AS topic_title, p.post_number, p.author_id,"
          + " NULL AS author_name, LEFT(p.body_md, 400) AS excerpt, p.created_at, p.hidden,"
          + " p.deleted, p.version, t.visible AS topic_visible, t.locked AS topic_locked,"
          + " t.closed_at IS NOT NULL AS topic_closed, t.merged_into_id"
          + " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id WHERE p.id IN (:ids)")
  List<ModeratedPost> moderated(Collection<Long> ids);

  /** Posts every member may see (in visible topics, neither deleted nor hidden), by id. */
  @Query(
      "SELECT p.id AS post_id, p.author_id, p.created_at FROM forum_posts p"
          + " JOIN forum_topics t ON t.id = p.topic_id"
          + " WHERE p.id > :afterId AND NOT p.deleted AND NOT p.hidden AND p.author_id IS NOT NULL"
          + " AND t.visible ORDER BY p.id LIMIT :limit")
  List<ForumFacts.PostFact> facts(long afterId, int limit);

  /** Where the given posts are, for those every member may see. */
  @Query(
      "SELECT p.id AS post_id, p.topic_id, p.post_number, t.title FROM forum_posts p"
          + " JOIN forum_topics t ON t.id = p.topic_id"
          + " WHERE t.visible AND NOT p.deleted AND NOT p.hidden AND p.id IN (:ids)")
  List<ForumFacts.PostPlace> places(Collection<Long> ids);

  /** The author deleted it (a placeholder stays in the thread). */
  @Query("UPDATE forum_posts SET deleted = TRUE WHERE id = :id")
  void markDeleted(long id);

  @Query("UPDATE forum_posts SET hidden = TRUE, hidden_reason = :reason WHERE id = :id")
  void hide(long id, @Nullable String reason);

  @Query(
      "UPDATE forum_posts SET hidden = FALSE, deleted = FALSE, hidden_reason = NULL"
          + " WHERE id = :id")
  void restore(long id);
}
