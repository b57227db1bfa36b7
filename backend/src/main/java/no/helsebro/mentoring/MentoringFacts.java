package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Bulk reads of mentoring facts for the insights module: requests, mentorships with their feedback
 * in counts only (never a comment, never a message), who asked for a mentor and has none, whose
 * questions reached the coordinators' rung, and the mentoring a member gave; for the notifications
 * module, the active mentorships whose next check-in is due.
 */
@Singleton
public class MentoringFacts {

  private final JdbcQueries sql;
  private final ActiveMembers members;

  MentoringFacts(JdbcQueries sql, ActiveMembers members) {
    this.sql = sql;
    this.members = members;
  }

  /** A request for mentoring and its status now (OPEN, ACCEPTED, DECLINED, EXPIRED, ...). */
  public record RequestFact(long requestId, long menteeId, Instant createdAt, String status) {}

  public List<RequestFact> requests(long afterRequestId, int limit) {
    // Hand-written SQL: a keyset bulk read for the nightly insights rebuild (ADR 0550).
    return sql.list(
        "SELECT id, mentee_id, created_at, status FROM mentor_requests WHERE id > ?"
            + " ORDER BY id LIMIT ?",
        rs ->
            new RequestFact(
                rs.getLong(1),
                rs.getLong(2),
                JdbcQueries.instant(rs, "created_at"),
                rs.getString(4)),
        afterRequestId,
        Math.max(1, limit));
  }

  /**
   * An active mentorship with no check-in since {@code since} (its last check-in, or its start when
   * it has none).
   */
  public record CheckInDue(long mentorshipId, long mentorId, long menteeId, Instant since) {}

  /** Active mentorships whose last check-in (or start) is at least {@code every} before now. */
  public List<CheckInDue> checkInsDue(Instant now, java.time.Duration every) {
    // Hand-written SQL: an aggregate (each mentorship's last check-in, GROUP BY ... HAVING).
    return sql.list(
        "SELECT s.id, s.mentor_id, s.mentee_id,"
            + " GREATEST(s.started_at, COALESCE(MAX(c.created_at), s.started_at)) AS since"
            + " FROM mentorships s LEFT JOIN mentorship_check_ins c ON c.mentorship_id = s.id"
            + " WHERE s.status = 'ACTIVE' GROUP BY s.id, s.mentor_id, s.mentee_id, s.started_at"
            + " HAVING since <= ?",
        rs ->
            new CheckInDue(
                rs.getLong(1), rs.getLong(2), rs.getLong(3), JdbcQueries.instant(rs, "since")),
        now.minus(every));
  }

  /**
   * A mentorship, with the feedback given when it ended in counts.
   *
   * @param responses feedback answers (at most one per side)
   * @param helped answers saying it helped
   * @param ratingSum the sum of the ratings 1–5
   */
  public record MentorshipFact(
      long mentorshipId,
      long mentorId,
      long menteeId,
      Instant startedAt,
      @Nullable Instant endedAt,
      int responses,
      int helped,
      int ratingSum) {}

  public List<MentorshipFact> mentorships(long afterMentorshipId, int limit) {
    // Hand-written SQL: a keyset bulk read with feedback counted per mentorship (GROUP BY).
    return sql.list(
        "SELECT s.id, s.mentor_id, s.mentee_id, s.started_at, s.ended_at,"
            + " COUNT(f.member_id), COALESCE(SUM(f.helped), 0), COALESCE(SUM(f.rating), 0)"
            + " FROM mentorships s LEFT JOIN mentorship_feedback f ON f.mentorship_id = s.id"
            + " WHERE s.id > ? GROUP BY s.id ORDER BY s.id LIMIT ?",
        rs ->
            new MentorshipFact(
                rs.getLong(1),
                rs.getLong(2),
                rs.getLong(3),
                JdbcQueries.instant(rs, "started_at"),
                JdbcQueries.instant(rs, "ended_at"),
                rs.getInt(6),
                rs.getInt(7),
                rs.getInt(8)),
        afterMentorshipId,
        Math.max(1, limit));
  }

  /**
   * A member who asked for a mentor since {@code since} and has neither an active mentorship nor an
   * open request now: their requests were declined, expired or withdrawn.
   */
  public record UnmatchedMentee(long memberId, Instant lastAskedAt, int requests) {}

  public List<UnmatchedMentee> unmatchedMentees(Instant since) {
    // Hand-written SQL: an aggregate with two NOT EXISTS (members left unmatched).
    return sql.list(
        "SELECT r.mentee_id, MAX(r.created_at) AS last_asked, COUNT(*) FROM mentor_requests r"
            + " WHERE r.created_at >= ? AND NOT EXISTS (SELECT 1 FROM mentorships s"
            + " WHERE s.mentee_id = r.mentee_id AND s.status = 'ACTIVE')"
            + " AND NOT EXISTS (SELECT 1 FROM mentor_requests o WHERE o.mentee_id = r.mentee_id"
            + " AND o.status = 'OPEN') GROUP BY r.mentee_id",
        rs ->
            new UnmatchedMentee(rs.getLong(1), JdbcQueries.instant(rs, "last_asked"), rs.getInt(3)),
        since);
  }

  /** An asker whose questions since {@code since} reached the last rung (the coordinators). */
  public record LadderTopAsker(long memberId, int questions, Instant lastReachedAt) {}

  public List<LadderTopAsker> askersReachingCoordinators(Instant since) {
    // Hand-written SQL: an aggregate over the routing ladder (COUNT DISTINCT per asker).
    return sql.list(
        "SELECT q.asker_id, COUNT(DISTINCT q.topic_id), MAX(s.done_at) AS last_reached"
            + " FROM question_routing q JOIN question_routing_steps s ON s.topic_id = q.topic_id"
            + " WHERE s.stage = 'COORDINATORS' AND s.done_at >= ? AND q.asker_id IS NOT NULL"
            + " GROUP BY q.asker_id",
        rs ->
            new LadderTopAsker(
                rs.getLong(1), rs.getInt(2), JdbcQueries.instant(rs, "last_reached")),
        since);
  }

  /** Mentoring a member gave in [from, to): how many mentees, how many check-ins were held. */
  public record MentoringGiven(long mentees, long sessions) {}

  public MentoringGiven given(
      long mentorId, Instant from, Instant to, LocalDate fromDay, LocalDate toDay) {
    // Hand-written SQL: two counts for a contribution report (COUNT DISTINCT, a join).
    long mentees =
        sql.count(
            "SELECT COUNT(DISTINCT mentee_id) FROM mentorships WHERE mentor_id = ?"
                + " AND started_at < ? AND (ended_at IS NULL OR ended_at >= ?)",
            mentorId,
            to,
            from);
    long sessions =
        sql.count(
            "SELECT COUNT(*) FROM mentorship_check_ins c JOIN mentorships s"
                + " ON s.id = c.mentorship_id WHERE s.mentor_id = ? AND c.held_on >= ?"
                + " AND c.held_on < ?",
            mentorId,
            fromDay,
            toDay);
    return new MentoringGiven(mentees, sessions);
  }

  /** A mentor who takes mentees now, with the taxonomy terms they offer and their free places. */
  public record AvailableMentor(long mentorId, int freePlaces, List<Long> termIds) {}

  public List<AvailableMentor> availableMentors() {
    record Row(long id, int free) {}
    // Hand-written SQL: a computed column (free places) and a run-time IN list of any size.
    List<Row> rows =
        sql.list(
            "SELECT p.member_id, p.capacity - p.active_mentees FROM mentor_profiles p"
                + " WHERE NOT p.paused AND p.active_mentees < p.capacity",
            rs -> new Row(rs.getLong(1), rs.getInt(2)));
    java.util.Set<Long> active = members.among(rows.stream().map(Row::id).toList());
    rows = rows.stream().filter(r -> active.contains(r.id())).toList();
    if (rows.isEmpty()) {
      return List.of();
    }
    java.util.Map<Long, List<Long>> terms = new java.util.HashMap<>();
    for (long[] t :
        sql.list(
            "SELECT member_id, term_id FROM mentor_terms WHERE member_id IN ("
                + JdbcQueries.marks(rows.size())
                + ")",
            rs -> new long[] {rs.getLong(1), rs.getLong(2)},
            rows.stream().map(Row::id).toArray())) {
      terms.computeIfAbsent(t[0], k -> new java.util.ArrayList<>()).add(t[1]);
    }
    return rows.stream()
        .map(r -> new AvailableMentor(r.id(), r.free(), terms.getOrDefault(r.id(), List.of())))
        .toList();
  }
}
