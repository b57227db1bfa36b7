package no.helsebro.forum;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.DataType;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * The writes of post rows (a new post, an edit, the reaction counters), and their simple reads for
 * moderation and other modules. Posts are read for topic pages by {@code TopicPageQueries} (ADR
 * 0201), and with a row lock by {@code ForumStore.post}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface PostRepository extends GenericRepository<PostRepository.NewPost, Long> {

  /**
   * A row of {@code forum_posts} as a topic's opening post or a reply is written; the other columns
   * (version, flags, counters) start at their defaults.
   */
  @MappedEntity("forum_posts")
  record NewPost(
      @Id @GeneratedValue @Nullable Long id,
      long topicId,
      int postNumber,
      long authorId,
      String bodyMd,
      String bodyHtml,
      @Nullable String fieldsMd,
      @Nullable String fieldsHtml,
      @Nullable Long replyToPostId,
      Instant createdAt,
      int linkCount) {}

  /** Inserts the post (one statement); answers it with its generated id. */
  NewPost save(NewPost post);

  /** The post's new text; its version goes up by one. Call with the post row locked. */
  @Query(
      "UPDATE forum_posts SET body_md = :bodyMd, body_html = :bodyHtml, fields_md = :fieldsMd,"
          + " fields_html = :fieldsHtml, link_count = :linkCount, version = version + 1,"
          + " edited_at = :at, edited_by = :editorId WHERE id = :id")
  void edit(
      long id,
      String bodyMd,
      String bodyHtml,
      @Nullable String fieldsMd,
      @Nullable String fieldsHtml,
      int linkCount,
      Instant at,
      long editorId);

  /** Adds {@code delta} (1 or -1) to the post's helpful marks. */
  @Query("UPDATE forum_posts SET helpful_count = helpful_count + :delta WHERE id = :id")
  void countHelpful(long id, int delta);

  /** Adds {@code delta} (1 or -1) to the post's thanks. */
  @Query("UPDATE forum_posts SET thanks_count = thanks_count + :delta WHERE id = :id")
  void countThanks(long id, int delta);

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

  /** One of a member's posts with its topic, as their recent contributions list it. */
  @Introspected
  record RecentPost(
      long id,
      long topicId,
      int postNumber,
      String title,
      TopicKind kind,
      String bodyHtml,
      Instant createdAt,
      int helpfulCount,
      int thanksCount,
      // Read as a boolean from a computed column, not a number.
      @TypeDef(type = DataType.BOOLEAN) boolean accepted) {}

  /**
   * The member's newest posts every member may see (neither deleted nor hidden, in a visible
   * topic), newest first.
   */
  @Query(
      "SELECT p.id, p.topic_id, p.post_number, t.title, t.kind, p.body_html, p.created_at,"
          + " p.helpful_count, p.thanks_count, t.accepted_post_id <=> p.id AS accepted"
          + " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
          + " WHERE p.author_id = :memberId AND p.deleted = FALSE AND p.hidden = FALSE"
          + " AND t.visible = TRUE ORDER BY p.created_at DESC LIMIT :limit")
  List<RecentPost> recentBy(long memberId, int limit);

  /** Every post the member wrote, oldest first (their data export). */
  @Query(
      "SELECT p.id AS post_id, p.topic_id, p.post_number, t.title AS topic_title,"
          + " p.body_md AS markdown, p.created_at, p.edited_at, p.deleted"
          + " FROM forum_posts p JOIN forum_topics t ON t.id = p.topic_id"
          + " WHERE p.author_id = :memberId ORDER BY p.created_at")
  List<ForumMemberData.ExportedPost> writtenBy(long memberId);

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
