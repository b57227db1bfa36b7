package no.helsebro.notifications;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.accounts.MemberSummary;
import no.helsebro.platform.database.JdbcQueries;

/**
 * A member's notification centre: the list (newest first), the unread count, marking read. The list
 * and count are hot (every page shows the count): both are ranges of the member's own index
 * (docs/adr/0500).
 */
@Singleton
class NotificationReader {

  private static final String COLUMNS =
      "id, kind, topic_id, post_id, actor_id, title, link, created_at, read_at";

  private final JdbcQueries sql;
  private final MemberDirectory members;

  NotificationReader(JdbcQueries sql, MemberDirectory members) {
    this.sql = sql;
    this.members = members;
  }

  NotificationPage page(long memberId, int page, int size) {
    List<NotificationView> rows =
        sql.list(
            "SELECT "
                + COLUMNS
                + " FROM notifications WHERE member_id = ? ORDER BY id DESC LIMIT ? OFFSET ?",
            rs -> row(rs),
            memberId,
            size + 1,
            (long) page * size);
    boolean more = rows.size() > size;
    List<NotificationView> items = named(more ? rows.subList(0, size) : rows);
    return new NotificationPage(items, unread(memberId), page, size, more);
  }

  /** The member's notifications with an id above {@code afterId}, oldest first (live delivery). */
  List<NotificationView> after(long memberId, long afterId, int limit) {
    return named(
        sql.list(
            "SELECT "
                + COLUMNS
                + " FROM notifications WHERE member_id = ? AND id > ? ORDER BY id LIMIT ?",
            rs -> row(rs),
            memberId,
            afterId,
            limit));
  }

  /** The id of the member's newest notification, 0 when none. */
  long newestId(long memberId) {
    return sql.count(
        "SELECT COALESCE(MAX(id), 0) FROM notifications WHERE member_id = ?", memberId);
  }

  long unread(long memberId) {
    return sql.count(
        "SELECT COUNT(*) FROM notifications WHERE member_id = ? AND read_at IS NULL", memberId);
  }

  /** Marks one of the member's notifications read; false when it is not theirs. */
  boolean markRead(long memberId, long id) {
    int changed =
        sql.update(
            "UPDATE notifications SET read_at = COALESCE(read_at, ?) WHERE id = ? AND member_id = ?",
            Instant.now().truncatedTo(ChronoUnit.MICROS),
            id,
            memberId);
    return changed > 0;
  }

  void markAllRead(long memberId) {
    sql.update(
        "UPDATE notifications SET read_at = ? WHERE member_id = ? AND read_at IS NULL",
        Instant.now().truncatedTo(ChronoUnit.MICROS),
        memberId);
  }

  private List<NotificationView> named(List<NotificationView> rows) {
    Map<Long, MemberSummary> names =
        members.summaries(
            rows.stream()
                .map(NotificationView::actorId)
                .filter(Objects::nonNull)
                .distinct()
                .toList());
    return rows.stream()
        .map(
            v -> {
              MemberSummary s = v.actorId() == null ? null : names.get(v.actorId());
              return new NotificationView(
                  v.id(),
                  v.type(),
                  v.kind(),
                  v.topicId(),
                  v.postId(),
                  v.actorId(),
                  s == null ? null : s.displayName(),
                  v.title(),
                  v.link(),
                  v.createdAt(),
                  v.read());
            })
        .toList();
  }

  private static NotificationView row(java.sql.ResultSet rs) throws java.sql.SQLException {
    NotificationType type = NotificationType.valueOf(rs.getString("kind"));
    return new NotificationView(
        rs.getLong("id"),
        type,
        type.kind(),
        JdbcQueries.nullableLong(rs, "topic_id"),
        JdbcQueries.nullableLong(rs, "post_id"),
        JdbcQueries.nullableLong(rs, "actor_id"),
        null,
        rs.getString("title"),
        rs.getString("link"),
        JdbcQueries.instant(rs, "created_at"),
        rs.getObject("read_at") != null);
  }
}
