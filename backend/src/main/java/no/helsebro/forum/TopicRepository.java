package no.helsebro.forum;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The simple reads and changes of a topic row: who may read it (for a member's own marks on it) and
 * the coordinators' switches. Each change answers 1 if it changed the row, else 0 (already so). The
 * hot reads of lists and topic pages are hand-written SQL elsewhere (ADR 0201).
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TopicRepository extends GenericRepository<TopicTitle, Long> {

  @Introspected
  record TopicAccess(boolean visible, @Nullable Long authorId, int lastPostNumber) {}

  @Query("SELECT visible, author_id, last_post_number FROM forum_topics WHERE id = :id")
  Optional<TopicAccess> access(long id);

  /** The given topics, if visible, as other modules' lists show them. */
  @Query(
      "SELECT id AS topic_id, kind, title, author_id, created_at, reply_count, solved"
          + " FROM forum_topics WHERE visible AND id IN (:ids)")
  List<ForumFacts.TopicLine> lines(Collection<Long> ids);

  /** Visible, open questions nobody replied to, asked in [after, before), newest first. */
  @Query(
      "SELECT id AS topic_id, author_id AS asker_id, created_at AS asked_at FROM forum_topics"
          + " WHERE visible AND kind = 'QUESTION' AND reply_count = 0 AND NOT locked"
          + " AND closed_at IS NULL AND author_id IS NOT NULL"
          + " AND created_at >= :after AND created_at < :before ORDER BY id DESC LIMIT :limit")
  List<ForumFacts.OpenQuestion> unanswered(Instant after, Instant before, int limit);

  @Query("SELECT id FROM forum_posts WHERE topic_id = :id AND post_number = 1")
  Optional<Long> openingPostId(long id);

  @Query("UPDATE forum_topics SET locked = :locked WHERE id = :id AND locked <> :locked")
  int lock(long id, boolean locked);

  @Query("UPDATE forum_topics SET pinned = :pinned WHERE id = :id AND pinned <> :pinned")
  int pin(long id, boolean pinned);

  @Query(
      "UPDATE forum_topics SET closed_reason = :reason, closed_at = :at"
          + " WHERE id = :id AND closed_at IS NULL")
  int close(long id, String reason, Instant at);

  @Query(
      "UPDATE forum_topics SET closed_reason = NULL, closed_at = NULL"
          + " WHERE id = :id AND closed_at IS NOT NULL")
  int reopen(long id);

  /** Whether the topic is listed (kept in step with its opening post by {@code ForumStore}). */
  @Query("UPDATE forum_topics SET visible = :visible WHERE id = :id")
  void setVisible(long id, boolean visible);

  /** Marks the post as the topic's accepted answer (the topic is then solved). */
  @Query("UPDATE forum_topics SET solved = TRUE, accepted_post_id = :postId WHERE id = :id")
  void accept(long id, long postId);

  /** The topic has no accepted answer any more. */
  @Query("UPDATE forum_topics SET solved = FALSE, accepted_post_id = NULL WHERE id = :id")
  void unaccept(long id);

  /** A removed reply no longer counts (nor as an answer when {@code answers} is 1). */
  @Query(
      "UPDATE forum_topics SET reply_count = GREATEST(reply_count - 1, 0),"
          + " answer_count = GREATEST(answer_count - :answers, 0) WHERE id = :id")
  void uncountRemovedReply(long id, int answers);

  @Introspected
  record TitleAndVisibility(String title, boolean visible) {}

  @Query("SELECT title, visible FROM forum_topics WHERE id = :id")
  Optional<TitleAndVisibility> titleAndVisibility(long id);

  /** A restored reply counts again (as an answer too when {@code answers} is 1). */
  @Query(
      "UPDATE forum_topics SET reply_count = reply_count + 1,"
          + " answer_count = answer_count + :answers WHERE id = :id")
  void countRestoredReply(long id, int answers);

  @Query("UPDATE forum_topics SET category_id = :categoryId WHERE id = :id")
  void moveTo(long id, long categoryId);
}
