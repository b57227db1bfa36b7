package no.helsebro.notifications;

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

/**
 * The rows of {@code notifications} (docs/adr/0500): written once per member and thing that
 * happened, read as the member's list (ranges of their own index), marked read and mailed, pruned.
 * The mail job's locking read of a member's due rows stays in {@link NotificationMailer}.
 */
@JdbcRepository(dialect = Dialect.MYSQL)
interface NotificationRepository extends GenericRepository<NotificationRepository.Row, Long> {

  /** A row of {@code notifications} as the centre reads it. */
  @MappedEntity("notifications")
  record Row(
      @Id @GeneratedValue long id,
      NotificationType kind,
      @Nullable Long topicId,
      @Nullable Long postId,
      @Nullable Long actorId,
      String title,
      String link,
      Instant createdAt,
      @Nullable Instant readAt) {

    /** The view, with the actor's name the caller read in bulk. */
    NotificationView view(@Nullable String actorName) {
      return new NotificationView(
          id,
          kind,
          kind.kind(),
          topicId,
          postId,
          actorId,
          actorName,
          title,
          link,
          createdAt,
          readAt != null);
    }
  }

  String COLUMNS = "id, kind, topic_id, post_id, actor_id, title, link, created_at, read_at";

  /** The member's notifications, newest first. */
  @Query(
      "SELECT "
          + COLUMNS
          + " FROM notifications WHERE member_id = :memberId ORDER BY id DESC"
          + " LIMIT :limit OFFSET :offset")
  List<Row> newestFirst(long memberId, int limit, long offset);

  /** The member's notifications with an id above {@code afterId}, oldest first. */
  @Query(
      "SELECT "
          + COLUMNS
          + " FROM notifications WHERE member_id = :memberId AND id > :afterId ORDER BY id"
          + " LIMIT :limit")
  List<Row> after(long memberId, long afterId, int limit);

  /** The id of the member's newest notification, 0 when none (the end of their index). */
  @Query("SELECT COALESCE(MAX(id), 0) FROM notifications WHERE member_id = :memberId")
  long newestId(long memberId);

  @Query("SELECT COUNT(*) FROM notifications WHERE member_id = :memberId AND read_at IS NULL")
  long unread(long memberId);

  /** Answers 1 when the notification is the member's. */
  @Query(
      "UPDATE notifications SET read_at = COALESCE(read_at, :now)"
          + " WHERE id = :id AND member_id = :memberId")
  int markRead(long memberId, long id, Instant now);

  @Query("UPDATE notifications SET read_at = :now WHERE member_id = :memberId AND read_at IS NULL")
  void markAllRead(long memberId, Instant now);

  /**
   * Writes the notification unless the member has one with this dedupe key; answers 1 if it wrote.
   */
  @Query(
      "INSERT IGNORE INTO notifications (member_id, kind, dedupe_key, topic_id, post_id,"
          + " actor_id, title, link, created_at, mail_due)"
          + " VALUES (:memberId, :kind, :dedupeKey, :topicId, :postId, :actorId, :title, :link,"
          + " :createdAt, :mailDue)")
  int add(
      long memberId,
      String kind,
      String dedupeKey,
      @Nullable Long topicId,
      @Nullable Long postId,
      @Nullable Long actorId,
      String title,
      String link,
      Instant createdAt,
      @Nullable String mailDue);

  /** Members with mail still to go, at most 5000 a run. */
  @Query("SELECT DISTINCT member_id FROM notifications WHERE mail_due IS NOT NULL LIMIT 5000")
  List<Long> membersWithMailDue();

  @Query("UPDATE notifications SET mail_due = NULL, mailed_at = :now WHERE id IN (:ids)")
  void markMailed(Collection<Long> ids, Instant now);

  /** Mail still waiting for these types follows a new choice ({@code null}: none). */
  @Query(
      "UPDATE notifications SET mail_due = :mailDue WHERE member_id = :memberId"
          + " AND mail_due IS NOT NULL AND kind IN (:types)")
  void redirectDueMail(long memberId, Collection<String> types, @Nullable String mailDue);

  /** Deletes up to 1000 notifications written before {@code before} and not waiting for mail. */
  @Query("DELETE FROM notifications WHERE created_at < :before AND mail_due IS NULL LIMIT 1000")
  int pruneBefore(Instant before);
}
