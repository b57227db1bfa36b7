package no.helsebro.forum;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The writes and simple reads of a topic row: a new topic, its counters and activity, who may read
 * it (for a member's own marks on it) and the coordinators' switches. Each switch answers 1 if it
 * changed the row, else 0 (already so). The hot reads of lists and topic pages are hand-written SQL
 * elsewhere (ADR 0201), the read with a row lock is {@code ForumStore.lockTopic}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface TopicRepository extends GenericRepository<TopicRepository.NewTopic, Long> {

  /**
   * A row of {@code forum_topics} as a member starts a topic (its opening post is number 1); the
   * counters and switches start at their defaults.
   */
  @MappedEntity("forum_topics")
  record NewTopic(
      @Id @GeneratedValue @Nullable Long id,
      long categoryId,
      TopicKind kind,
      String title,
      long authorId,
      Instant createdAt,
      Instant lastActivityAt,
      long lastPosterId,
      int lastPostNumber,
      @Nullable Long workplaceTypeId,
      @Nullable String orgSize,
      @Nullable String duration,
      @Nullable String trainingFormat,
      @Nullable String linkUrl) {}

  /** Inserts the topic (one statement); answers it with its generated id. */
  NewTopic save(NewTopic topic);

  /**
   * A reply numbered {@code number} was posted at {@code at}: it is the topic's last post, counts
   * as a reply (and as an answer when {@code answers} is 1) and is the topic's latest activity.
   * Call with the topic row locked.
   */
  @Query(
      "UPDATE forum_topics SET last_post_number = :number, reply_count = reply_count + 1,"
          + " answer_count = answer_count + :answers, last_activity_at = :at,"
          + " last_poster_id = :posterId WHERE id = :id")
  void countReply(long id, int number, int answers, Instant at, long posterId);

  /** Something new was added to the topic at {@code at} (a story's follow-up). */
  @Query("UPDATE forum_topics SET last_activity_at = :at WHERE id = :id")
  void activeAt(long id, Instant at);

  /**
   * An opening post's edit: the topic's new title, and the details the edit gives (a null detail
   * keeps the stored one; the workplace type is set, to null too, when {@code setWorkplace}).
   */
  @Query(
      "UPDATE forum_topics SET title = :title,"
          + " workplace_type_id = IF(:setWorkplace, :workplaceTypeId, workplace_type_id),"
          + " org_size = COALESCE(:orgSize, org_size), duration = COALESCE(:duration, duration),"
          + " training_format = COALESCE(:trainingFormat, training_format),"
          + " link_url = COALESCE(:linkUrl, link_url) WHERE id = :id")
  void changeDetails(
      long id,
      String title,
      boolean setWorkplace,
      @Nullable Long workplaceTypeId,
      @Nullable String orgSize,
      @Nullable String duration,
      @Nullable String trainingFormat,
      @Nullable String linkUrl);

  /** Adds {@code delta} (1 or -1) to the helpful marks on the topic's posts. */
  @Query("UPDATE forum_topics SET helpful_count = helpful_count + :delta WHERE id = :id")
  void countHelpful(long id, int delta);

  /** Adds {@code delta} (1 or -1) to the thanks on the topic's posts. */
  @Query("UPDATE forum_topics SET thanks_count = thanks_count + :delta WHERE id = :id")
  void countThanks(long id, int delta);

  /** Adds {@code delta} (1 or -1) to the members who used the training resource. */
  @Query("UPDATE forum_topics SET used_count = used_count + :delta WHERE id = :id")
  void countUses(long id, int delta);

  /** A topic with its opening post's text, as a category's Atom feed shows it. */
  @Introspected
  record FeedEntry(
      long id,
      String title,
      @Nullable Long authorId,
      Instant createdAt,
      Instant lastActivityAt,
      String bodyHtml) {}

  /** The category's 20 newest visible topics, newest first, with their opening posts. */
  @Query(
      "SELECT t.id, t.title, t.author_id, t.created_at, t.last_activity_at, p.body_html"
          + " FROM forum_topics t JOIN forum_posts p ON p.topic_id = t.id AND p.post_number = 1"
          + " WHERE t.category_id = :categoryId AND t.visible = TRUE ORDER BY t.id DESC LIMIT 20")
  List<FeedEntry> newestWithOpeningPosts(long categoryId);

  /** What counting a use depends on. */
  @Introspected
  record UseTarget(TopicKind kind, @Nullable Long authorId, boolean visible) {}

  @Query("SELECT kind, author_id, visible FROM forum_topics WHERE id = :id")
  Optional<UseTarget> useTarget(long id);

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
