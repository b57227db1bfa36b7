package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;
import no.helsebro.platform.idempotency.Idempotency;

/**
 * Mentorships and their private space. Every read and write checks that the caller is one of the
 * two members; anyone else (coordinators too) gets 404, as if it did not exist.
 */
@Singleton
class MentorshipService {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final JdbcQueries sql;
  private final MentoringRevision revision;
  private final ChangeFeed feed;
  private final Idempotency idempotency;

  MentorshipService(
      JdbcQueries sql, MentoringRevision revision, ChangeFeed feed, Idempotency idempotency) {
    this.idempotency = idempotency;
    this.sql = sql;
    this.revision = revision;
    this.feed = feed;
  }

  /** The two members and state of a mentorship. */
  private record Parties(long id, long mentor, long mentee, String status) {

    boolean active() {
      return "ACTIVE".equals(status);
    }

    long other(long memberId) {
      return memberId == mentor ? mentee : mentor;
    }
  }

  private static final String SUMMARY =
      "SELECT s.id, s.mentor_id, s.mentee_id, s.status, s.started_at, s.ended_at, s.ended_by,"
          + " s.end_reason, mo.display_name AS mentor_name, me.display_name AS mentee_name,"
          + " eb.display_name AS ended_by_name,"
          + " (SELECT MAX(created_at) FROM mentorship_messages WHERE mentorship_id = s.id)"
          + " AS last_message_at,"
          + " (SELECT COUNT(*) FROM mentorship_goals WHERE mentorship_id = s.id"
          + " AND status <> 'DONE') AS open_goals,"
          + " (SELECT COUNT(*) FROM mentorship_feedback WHERE mentorship_id = s.id"
          + " AND member_id = ?) AS my_feedback"
          + " FROM mentorships s JOIN members mo ON mo.id = s.mentor_id"
          + " JOIN members me ON me.id = s.mentee_id LEFT JOIN members eb ON eb.id = s.ended_by";

  private static MentorshipSummary summary(ResultSet rs, long viewer) throws SQLException {
    boolean mentor = rs.getLong("mentor_id") == viewer;
    String status = rs.getString("status");
    Long endedBy = JdbcQueries.nullableLong(rs, "ended_by");
    return new MentorshipSummary(
        rs.getLong("id"),
        mentor ? "MENTOR" : "MENTEE",
        mentor
            ? new MemberRef(rs.getLong("mentee_id"), rs.getString("mentee_name"))
            : new MemberRef(rs.getLong("mentor_id"), rs.getString("mentor_name")),
        status,
        JdbcQueries.instant(rs, "started_at"),
        JdbcQueries.instant(rs, "ended_at"),
        endedBy == null ? null : new MemberRef(endedBy, rs.getString("ended_by_name")),
        rs.getString("end_reason"),
        "ENDED".equals(status) && rs.getLong("my_feedback") == 0,
        JdbcQueries.instant(rs, "last_message_at"),
        rs.getLong("open_goals"));
  }

  List<MentorshipSummary> mine(long memberId) {
    return sql.list(
        SUMMARY
            + " WHERE s.mentor_id = ? OR s.mentee_id = ?"
            + " ORDER BY s.status = 'ACTIVE' DESC, s.started_at DESC, s.id DESC LIMIT 200",
        rs -> summary(rs, memberId),
        memberId,
        memberId,
        memberId);
  }

  Optional<MentorshipSummary> get(long id, long memberId) {
    return sql.one(
        SUMMARY + " WHERE s.id = ? AND (s.mentor_id = ? OR s.mentee_id = ?)",
        rs -> summary(rs, memberId),
        memberId,
        id,
        memberId,
        memberId);
  }

  private Parties parties(long id, long memberId, boolean lock) {
    return sql.one(
            "SELECT id, mentor_id, mentee_id, status FROM mentorships WHERE id = ?"
                + " AND (mentor_id = ? OR mentee_id = ?)"
                + (lock ? " FOR UPDATE" : ""),
            rs -> new Parties(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)),
            id,
            memberId,
            memberId)
        .orElseThrow(() -> ApiException.notFound("Mentorship"));
  }

  private Parties activeParties(long id, long memberId) {
    Parties p = parties(id, memberId, false);
    if (!p.active()) {
      throw ApiException.conflict(
          "mentorship-ended", "This mentorship has ended; its space can be read but not changed.");
    }
    return p;
  }

  /** Ends the mentorship and frees the mentor's place. */
  @Transactional
  MentorshipSummary end(long id, long memberId, @Nullable String reason) {
    PatientDataGuard.requireNone("reason", reason);
    Parties p = parties(id, memberId, true);
    if (!p.active()) {
      throw ApiException.conflict("mentorship-ended", "This mentorship has already ended.");
    }
    sql.update(
        "UPDATE mentorships SET status = 'ENDED', ended_at = ?, ended_by = ?, end_reason = ?"
            + " WHERE id = ?",
        Instant.now(),
        memberId,
        reason == null || reason.isBlank() ? null : reason.strip(),
        id);
    sql.update(
        "UPDATE mentor_profiles SET active_mentees = active_mentees - 1"
            + " WHERE member_id = ? AND active_mentees > 0",
        p.mentor);
    feed.publish(new MentorshipEnded(id, p.mentor, p.mentee, memberId));
    revision.bump();
    return get(id, memberId).orElseThrow();
  }

  // --- messages

  MessagePage messages(long id, long memberId, int page, int size) {
    parties(id, memberId, false);
    long total = sql.count("SELECT COUNT(*) FROM mentorship_messages WHERE mentorship_id = ?", id);
    List<MessageView> items =
        new ArrayList<>(
            sql.list(
                "SELECT m.id, m.author_id, a.display_name, m.body, m.created_at"
                    + " FROM mentorship_messages m JOIN members a ON a.id = m.author_id"
                    + " WHERE m.mentorship_id = ? ORDER BY m.created_at DESC, m.id DESC"
                    + " LIMIT ? OFFSET ?",
                MentorshipService::message,
                id,
                size,
                (long) page * size));
    Collections.reverse(items);
    return new MessagePage(items, page, size, total);
  }

  private static MessageView message(ResultSet rs) throws SQLException {
    return new MessageView(
        rs.getLong(1),
        new MemberRef(rs.getLong(2), rs.getString(3)),
        rs.getString(4),
        JdbcQueries.instant(rs, "created_at"));
  }

  /**
   * Posts a message. With an idempotency key, a retry of the same post (also one sent at the same
   * time) answers the message that was already stored instead of storing it twice; the same key
   * with another text is 422 (docs/adr/0108).
   */
  Posted post(long id, long memberId, NewMessage m, @Nullable String idempotencyKey) {
    String key = Idempotency.validKey(idempotencyKey);
    String body = m.body() == null ? null : m.body().strip();
    String hash = Idempotency.hash("mentorship-message", id, body);
    Stored stored =
        idempotency.once(
            memberId,
            key,
            hash,
            "mentorship-message",
            () -> new Stored(insertMessage(id, memberId, body, key, hash), false),
            messageId -> new Stored(messageId, true));
    return new Posted(message(id, stored.messageId()).orElseThrow(), stored.replayed());
  }

  /** A posted message; {@code replayed} when an earlier request with the same key stored it. */
  record Posted(MessageView view, boolean replayed) {}

  private record Stored(long messageId, boolean replayed) {}

  private long insertMessage(
      long id, long memberId, String body, @Nullable String key, String hash) {
    Parties p = activeParties(id, memberId);
    PatientDataGuard.requireNone("body", body);
    long messageId =
        sql.insert(
            "INSERT INTO mentorship_messages (mentorship_id, author_id, body, created_at)"
                + " VALUES (?, ?, ?, ?)",
            id,
            memberId,
            body,
            Instant.now());
    feed.publish(new MentorshipMessagePosted(id, messageId, memberId, p.other(memberId)));
    idempotency.record(memberId, key, hash, "mentorship-message", messageId);
    return messageId;
  }

  private Optional<MessageView> message(long mentorshipId, long messageId) {
    return sql.one(
        "SELECT m.id, m.author_id, a.display_name, m.body, m.created_at"
            + " FROM mentorship_messages m JOIN members a ON a.id = m.author_id"
            + " WHERE m.mentorship_id = ? AND m.id = ?",
        MentorshipService::message,
        mentorshipId,
        messageId);
  }

  // --- goals

  List<GoalView> goals(long id, long memberId) {
    parties(id, memberId, false);
    return sql.list(
        GOALS + " WHERE g.mentorship_id = ? ORDER BY g.created_at, g.id",
        MentorshipService::goal,
        id);
  }

  private static final String GOALS =
      "SELECT g.id, g.title, g.status, g.created_by, c.display_name, g.created_at, g.updated_at"
          + " FROM mentorship_goals g JOIN members c ON c.id = g.created_by";

  private static GoalView goal(ResultSet rs) throws SQLException {
    return new GoalView(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        new MemberRef(rs.getLong(4), rs.getString(5)),
        JdbcQueries.instant(rs, "created_at"),
        JdbcQueries.instant(rs, "updated_at"));
  }

  @Transactional
  GoalView addGoal(long id, long memberId, NewGoal g) {
    activeParties(id, memberId);
    PatientDataGuard.requireNone("title", g.title());
    Instant now = Instant.now();
    long goalId =
        sql.insert(
            "INSERT INTO mentorship_goals (mentorship_id, title, status, created_by, created_at,"
                + " updated_at) VALUES (?, ?, 'OPEN', ?, ?, ?)",
            id,
            g.title().strip(),
            memberId,
            now,
            now);
    return goal(id, goalId).orElseThrow();
  }

  @Transactional
  GoalView updateGoal(long id, long goalId, long memberId, GoalUpdate u) {
    activeParties(id, memberId);
    GoalView before = goal(id, goalId).orElseThrow(() -> ApiException.notFound("Goal"));
    String title = before.title();
    if (u.title() != null) {
      if (u.title().isBlank()) {
        throw ApiException.invalidField("title", "validation", "must not be blank");
      }
      PatientDataGuard.requireNone("title", u.title());
      title = u.title().strip();
    }
    String status = u.status() == null ? before.status() : u.status().name();
    sql.update(
        "UPDATE mentorship_goals SET title = ?, status = ?, updated_at = ? WHERE id = ?",
        title,
        status,
        Instant.now(),
        goalId);
    return goal(id, goalId).orElseThrow();
  }

  private Optional<GoalView> goal(long mentorshipId, long goalId) {
    return sql.one(
        GOALS + " WHERE g.mentorship_id = ? AND g.id = ?",
        MentorshipService::goal,
        mentorshipId,
        goalId);
  }

  // --- check-ins

  List<CheckInView> checkIns(long id, long memberId) {
    parties(id, memberId, false);
    return sql.list(
        CHECK_INS + " WHERE k.mentorship_id = ? ORDER BY k.held_on DESC, k.id DESC",
        MentorshipService::checkIn,
        id);
  }

  private static final String CHECK_INS =
      "SELECT k.id, k.held_on, k.note, k.created_by, c.display_name, k.created_at"
          + " FROM mentorship_check_ins k JOIN members c ON c.id = k.created_by";

  private static CheckInView checkIn(ResultSet rs) throws SQLException {
    return new CheckInView(
        rs.getLong(1),
        rs.getObject(2, LocalDate.class),
        rs.getString(3),
        new MemberRef(rs.getLong(4), rs.getString(5)),
        JdbcQueries.instant(rs, "created_at"));
  }

  @Transactional
  CheckInView addCheckIn(long id, long memberId, NewCheckIn c) {
    Parties p = activeParties(id, memberId);
    PatientDataGuard.requireNone("note", c.note());
    LocalDate today = LocalDate.now(OSLO);
    if (c.heldOn().isBefore(today.minusYears(1)) || c.heldOn().isAfter(today.plusYears(1))) {
      throw ApiException.invalidField(
          "heldOn", "date-out-of-range", "A check-in date is within a year of today");
    }
    long checkInId =
        sql.insert(
            "INSERT INTO mentorship_check_ins (mentorship_id, held_on, note, created_by,"
                + " created_at) VALUES (?, ?, ?, ?, ?)",
            id,
            c.heldOn(),
            c.note().strip(),
            memberId,
            Instant.now());
    feed.publish(new MentorshipCheckInPosted(id, checkInId, memberId, p.other(memberId)));
    return sql.one(CHECK_INS + " WHERE k.id = ?", MentorshipService::checkIn, checkInId)
        .orElseThrow();
  }

  // --- feedback

  Optional<FeedbackView> feedback(long id, long memberId) {
    parties(id, memberId, false);
    return sql.one(
        "SELECT helped, rating, comment, created_at FROM mentorship_feedback"
            + " WHERE mentorship_id = ? AND member_id = ?",
        rs ->
            new FeedbackView(
                rs.getBoolean(1),
                rs.getInt(2),
                rs.getString(3),
                JdbcQueries.instant(rs, "created_at")),
        id,
        memberId);
  }

  /** Gives (or changes) the member's feedback; only once the mentorship has ended. */
  @Transactional
  FeedbackView giveFeedback(long id, long memberId, FeedbackRequest f) {
    Parties p = parties(id, memberId, false);
    if (p.active()) {
      throw ApiException.conflict(
          "mentorship-active", "Feedback is given when the mentorship has ended.");
    }
    PatientDataGuard.requireNone("comment", f.comment());
    sql.update(
        "INSERT INTO mentorship_feedback (mentorship_id, member_id, side, helped, rating, comment,"
            + " created_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE"
            + " helped = VALUES(helped), rating = VALUES(rating), comment = VALUES(comment)",
        id,
        memberId,
        p.mentor == memberId ? "MENTOR" : "MENTEE",
        f.helped(),
        f.rating(),
        f.comment() == null || f.comment().isBlank() ? null : f.comment().strip(),
        Instant.now());
    return feedback(id, memberId).orElseThrow();
  }

  /** Ends every active mentorship of a member (account deletion). */
  @Transactional
  void endAllOf(long memberId) {
    for (Parties p :
        sql.list(
            "SELECT id, mentor_id, mentee_id, status FROM mentorships WHERE status = 'ACTIVE'"
                + " AND (mentor_id = ? OR mentee_id = ?) FOR UPDATE",
            rs -> new Parties(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4)),
            memberId,
            memberId)) {
      sql.update(
          "UPDATE mentorships SET status = 'ENDED', ended_at = ?, ended_by = ? WHERE id = ?",
          Instant.now(),
          memberId,
          p.id);
      sql.update(
          "UPDATE mentor_profiles SET active_mentees = active_mentees - 1"
              + " WHERE member_id = ? AND active_mentees > 0",
          p.mentor);
      feed.publish(new MentorshipEnded(p.id, p.mentor, p.mentee, memberId));
    }
    revision.bump();
  }
}
