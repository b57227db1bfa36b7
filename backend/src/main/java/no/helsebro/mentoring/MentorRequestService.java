package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;

/**
 * Requests for mentoring: a mentee asks one mentor; the mentor accepts or declines; the mentee may
 * withdraw; unanswered requests expire. Accepting takes one of the mentor's places with a
 * conditional UPDATE, so concurrent accepts can never exceed the capacity (docs/adr/0402), and
 * gives the mentee no more mentors than they asked for (one unless they said more), closing their
 * other open requests when they have them all (docs/adr/0407).
 */
@Singleton
class MentorRequestService {

  private final JdbcQueries sql;
  private final MentorshipRepository mentorships;
  private final MentorProfileRepository profiles;
  private final MentorshipSpace space;
  private final MentorPool pool;
  private final MentoringConfig config;
  private final MentoringRevision revision;
  private final ChangeFeed feed;
  private final MenteePlaces mentees;

  MentorRequestService(
      JdbcQueries sql,
      MentorshipRepository mentorships,
      MentorProfileRepository profiles,
      MentorshipSpace space,
      MentorPool pool,
      MentoringConfig config,
      MentoringRevision revision,
      ChangeFeed feed,
      MenteePlaces mentees) {
    this.sql = sql;
    this.mentorships = mentorships;
    this.profiles = profiles;
    this.space = space;
    this.pool = pool;
    this.config = config;
    this.revision = revision;
    this.feed = feed;
    this.mentees = mentees;
  }

  private static final String SELECT =
      "SELECT r.id, r.mentee_id, r.mentor_id, r.message, r.status, r.origin, r.response_note,"
          + " r.created_at, r.expires_at, r.decided_at, r.mentorship_id FROM mentor_requests r";

  /** A row of {@code mentor_requests} before the members' names are added. */
  private record Row(
      long id,
      long mentee,
      long mentor,
      String message,
      String status,
      String origin,
      @Nullable String responseNote,
      Instant createdAt,
      Instant expiresAt,
      @Nullable Instant decidedAt,
      @Nullable Long mentorshipId) {}

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getLong("mentee_id"),
        rs.getLong("mentor_id"),
        rs.getString("message"),
        rs.getString("status"),
        rs.getString("origin"),
        rs.getString("response_note"),
        JdbcQueries.instant(rs, "created_at"),
        JdbcQueries.instant(rs, "expires_at"),
        JdbcQueries.instant(rs, "decided_at"),
        JdbcQueries.nullableLong(rs, "mentorship_id"));
  }

  /** The rows as their viewer sees them, with both members' names from one bulk read. */
  private List<MentorRequestView> views(List<Row> rows, long viewerId) {
    Map<Long, MemberRef> names =
        space.refs(rows.stream().flatMap(r -> Stream.of(r.mentee(), r.mentor())).toList());
    Instant now = Instant.now();
    return rows.stream()
        .map(
            r ->
                new MentorRequestView(
                    r.id(),
                    names.get(r.mentee()),
                    names.get(r.mentor()),
                    r.message(),
                    effectiveStatus(r.status(), r.expiresAt(), now),
                    r.origin(),
                    r.responseNote(),
                    r.createdAt(),
                    r.expiresAt(),
                    r.decidedAt(),
                    r.mentorshipId(),
                    r.mentee() == viewerId ? "MENTEE" : "MENTOR"))
        .toList();
  }

  /**
   * A request is expired from its expiry time on, also before the sweep ({@link #expireDue}) has
   * written so: it can no longer be decided, and it is shown and counted as expired.
   */
  static String effectiveStatus(String stored, @Nullable Instant expiresAt, Instant now) {
    return "OPEN".equals(stored) && expiresAt != null && !expiresAt.isAfter(now)
        ? "EXPIRED"
        : stored;
  }

  /** Requests the member sent or received, newest first; {@code status} filters when given. */
  List<MentorRequestView> mine(long memberId, @Nullable String status) {
    String filter = "";
    List<Object> params = new java.util.ArrayList<>(List.of(memberId, memberId));
    if ("OPEN".equals(status)) {
      filter = " AND r.status = 'OPEN' AND r.expires_at > ?";
      params.add(Instant.now());
    } else if ("EXPIRED".equals(status)) {
      filter = " AND (r.status = 'EXPIRED' OR (r.status = 'OPEN' AND r.expires_at <= ?))";
      params.add(Instant.now());
    } else if (status != null) {
      filter = " AND r.status = ?";
      params.add(status);
    }
    return views(
        sql.list(
            SELECT
                + " WHERE (r.mentee_id = ? OR r.mentor_id = ?)"
                + filter
                + " ORDER BY r.created_at DESC, r.id DESC LIMIT 200",
            MentorRequestService::row,
            params.toArray()),
        memberId);
  }

  /** One request, only for its two members. */
  Optional<MentorRequestView> get(long id, long memberId) {
    return views(
            sql.list(
                SELECT + " WHERE r.id = ? AND (r.mentee_id = ? OR r.mentor_id = ?)",
                MentorRequestService::row,
                id,
                memberId,
                memberId),
            memberId)
        .stream()
        .findFirst();
  }

  @Transactional
  MentorRequestView send(long menteeId, NewMentorRequest r) {
    PatientDataGuard.requireNone("message", r.message());
    long mentorId = r.mentorId();
    if (mentorId == menteeId) {
      throw ApiException.conflict("self-mentoring", "You cannot be your own mentor.");
    }
    MentorPool.Mentor mentor = pool.current().byId().get(mentorId);
    if (mentor == null) {
      throw ApiException.notFound("Mentor");
    }
    if (mentorships.findByMenteeIdAndMentorIdAndStatus(menteeId, mentorId, "ACTIVE").isPresent()) {
      throw ApiException.conflict("already-mentored", "This mentor already mentors you.");
    }
    // An overdue request the sweep has not reached yet must not block asking again.
    Instant now = Instant.now();
    expireDue(menteeId, mentorId, now);
    if (openRequest(menteeId, mentorId)) {
      throw ApiException.conflict(
          "request-open", "You already have an open request to this mentor.");
    }
    if (mentees.full(menteeId)) {
      throw ApiException.conflict(
              "mentee-has-mentor",
              "You already have the mentors you asked for. Ask for more under your needs, or end"
                  + " a mentorship first.")
          .with("maxMentorships", mentees.wanted(menteeId));
    }
    MentorProfile place =
        profiles.findById(mentorId).orElseThrow(() -> ApiException.notFound("Mentor"));
    if (place.paused()) {
      throw ApiException.conflict("mentor-paused", "This mentor takes no new mentees just now.");
    }
    if (place.activeMentees() >= place.capacity()) {
      throw ApiException.conflict("mentor-full", "This mentor has no free place just now.");
    }
    long open =
        sql.count(
            "SELECT COUNT(*) FROM mentor_requests WHERE mentee_id = ? AND status = 'OPEN'"
                + " AND expires_at > ?",
            menteeId,
            now);
    if (open >= config.getMaxOpenRequests()) {
      throw ApiException.conflict(
              "too-many-open-requests",
              "You have " + open + " open requests. Wait for an answer or withdraw one first.")
          .with("max", config.getMaxOpenRequests());
    }
    long id = create(menteeId, mentorId, r.message().strip(), "MEMBER", null);
    return get(id, menteeId).orElseThrow();
  }

  boolean openRequest(long menteeId, long mentorId) {
    return sql.count(
            "SELECT COUNT(*) FROM mentor_requests WHERE mentee_id = ? AND mentor_id = ?"
                + " AND status = 'OPEN'",
            menteeId,
            mentorId)
        > 0;
  }

  /** Inserts an open request; a second open one for the pair is refused by the unique key. */
  long create(
      long menteeId, long mentorId, String message, String origin, @Nullable Long proposal) {
    Instant now = Instant.now();
    long id;
    try {
      id =
          sql.insert(
              "INSERT INTO mentor_requests (mentee_id, mentor_id, message, status, origin,"
                  + " proposal_id, created_at, expires_at) VALUES (?, ?, ?, 'OPEN', ?, ?, ?, ?)",
              menteeId,
              mentorId,
              message,
              origin,
              proposal,
              now,
              now.plus(config.getRequestExpiresAfter()));
    } catch (DataAccessException e) {
      if (!duplicateKey(e)) {
        throw e;
      }
      throw ApiException.conflict(
          "request-open", "You already have an open request to this mentor.");
    }
    feed.publish(new MentoringRequested(id, menteeId, mentorId));
    return id;
  }

  @Transactional
  MentorRequestView decide(long id, long memberId, MentorRequestDecision d) {
    PatientDataGuard.requireNone("note", d.note());
    Instant now = Instant.now();
    int wanted = 0;
    if (d.status() == MentorRequestDecision.Status.ACCEPTED) {
      // Lock order for accepting (docs/adr/0407): the mentee's row, the request, the mentor's row.
      // Two mentors accepting the same mentee take turns here before either holds a request.
      Optional<Long> mentee =
          sql.one(
              "SELECT mentee_id FROM mentor_requests WHERE id = ? AND mentor_id = ?",
              rs -> rs.getLong(1),
              id,
              memberId);
      if (mentee.isPresent()) {
        wanted = mentees.lock(mentee.get());
      }
    }
    record Locked(long mentee, long mentor, String status) {}
    Locked r =
        sql.one(
                "SELECT mentee_id, mentor_id, status, expires_at FROM mentor_requests WHERE id = ?"
                    + " AND (mentee_id = ? OR mentor_id = ?) FOR UPDATE",
                rs ->
                    new Locked(
                        rs.getLong(1),
                        rs.getLong(2),
                        effectiveStatus(
                            rs.getString(3), JdbcQueries.instant(rs, "expires_at"), now)),
                id,
                memberId,
                memberId)
            .orElseThrow(() -> ApiException.notFound("Request"));
    boolean mentorSide = r.mentor == memberId;
    if (d.status() == MentorRequestDecision.Status.WITHDRAWN ? mentorSide : !mentorSide) {
      throw ApiException.forbidden(
          "not-your-decision",
          d.status() == MentorRequestDecision.Status.WITHDRAWN
              ? "Only the mentee can withdraw a request."
              : "Only the mentor can accept or decline a request.");
    }
    if (!"OPEN".equals(r.status)) {
      throw ApiException.conflict("request-closed", "This request is no longer open.")
          .with("requestStatus", r.status);
    }
    String note = d.note() == null || d.note().isBlank() ? null : d.note().strip();
    switch (d.status()) {
      case ACCEPTED -> {
        if (mentorships
            .findByMenteeIdAndMentorIdAndStatus(r.mentee, r.mentor, "ACTIVE")
            .isPresent()) {
          throw ApiException.conflict("already-mentored", "You already mentor this member.");
        }
        long active = mentees.active(r.mentee);
        if (active >= wanted) {
          throw ApiException.conflict(
              "mentee-has-mentor", "This member has found the mentor they asked for meanwhile.");
        }
        int taken = profiles.takePlace(r.mentor);
        if (taken == 0) {
          throw ApiException.conflict(
              "mentor-full",
              "You have no free place. Raise your capacity or end a mentorship first.");
        }
        long mentorship = mentorships.save(Mentorship.started(r.mentor, r.mentee, id, now)).id();
        sql.update(
            "UPDATE mentor_requests SET status = 'ACCEPTED', response_note = ?, decided_at = ?,"
                + " mentorship_id = ? WHERE id = ?",
            note,
            now,
            mentorship,
            id);
        feed.publish(
            new MentoringRequestAnswered(
                id,
                r.mentee,
                r.mentor,
                true,
                mentorship,
                false,
                MentoringRequestAnswered.Outcome.ACCEPTED));
        if (active + 1 >= wanted) {
          // They have every mentor they asked for: their other requests hold no places.
          mentees.closeOtherOpenRequests(r.mentee, id, now);
        }
        revision.bump();
      }
      case DECLINED -> {
        sql.update(
            "UPDATE mentor_requests SET status = 'DECLINED', response_note = ?, decided_at = ?"
                + " WHERE id = ?",
            note,
            now,
            id);
        feed.publish(closed(id, r.mentee, r.mentor, MentoringRequestAnswered.Outcome.DECLINED));
      }
      case WITHDRAWN -> {
        sql.update(
            "UPDATE mentor_requests SET status = 'WITHDRAWN', decided_at = ? WHERE id = ?",
            now,
            id);
        feed.publish(closed(id, r.mentee, r.mentor, MentoringRequestAnswered.Outcome.WITHDRAWN));
      }
    }
    return get(id, memberId).orElseThrow();
  }

  /** Expires every open request whose time is up; answers how many. */
  @Transactional
  int expireDue(Instant now) {
    return close(
        MentoringRequestAnswered.Outcome.EXPIRED,
        now,
        sql.list(
            "SELECT id, mentee_id, mentor_id FROM mentor_requests"
                + " WHERE status = 'OPEN' AND expires_at <= ? FOR UPDATE",
            MentorRequestService::open,
            now));
  }

  /** Expires the pair's open request if its time is up (before asking the same mentor again). */
  private void expireDue(long menteeId, long mentorId, Instant now) {
    sql.update(
        "UPDATE mentor_requests SET status = 'EXPIRED', decided_at = ?"
            + " WHERE mentee_id = ? AND mentor_id = ? AND status = 'OPEN' AND expires_at <= ?",
        now,
        menteeId,
        mentorId,
        now);
  }

  /** Cancels every open request the member sent or received (suspension, deletion). */
  @Transactional
  int cancelOpenRequestsOf(long memberId) {
    return close(
        MentoringRequestAnswered.Outcome.CANCELLED,
        Instant.now(),
        sql.list(
            "SELECT id, mentee_id, mentor_id FROM mentor_requests"
                + " WHERE status = 'OPEN' AND (mentee_id = ? OR mentor_id = ?) FOR UPDATE",
            MentorRequestService::open,
            memberId,
            memberId));
  }

  /** Cancels every open request to the mentor (opting out). */
  @Transactional
  int cancelOpenRequestsTo(long mentorId) {
    return close(
        MentoringRequestAnswered.Outcome.CANCELLED,
        Instant.now(),
        sql.list(
            "SELECT id, mentee_id, mentor_id FROM mentor_requests"
                + " WHERE status = 'OPEN' AND mentor_id = ? FOR UPDATE",
            MentorRequestService::open,
            mentorId));
  }

  /** An open request, locked to be closed. */
  private record Open(long id, long mentee, long mentor) {}

  private static Open open(ResultSet rs) throws SQLException {
    return new Open(rs.getLong(1), rs.getLong(2), rs.getLong(3));
  }

  /** Closes the (locked) open requests with the outcome, one event each; answers how many. */
  private int close(MentoringRequestAnswered.Outcome outcome, Instant now, List<Open> requests) {
    if (requests.isEmpty()) {
      return 0;
    }
    List<Long> ids = requests.stream().map(Open::id).toList();
    Object[] params = new Object[ids.size() + 2];
    params[0] = outcome.name();
    params[1] = now;
    for (int i = 0; i < ids.size(); i++) {
      params[i + 2] = ids.get(i);
    }
    sql.update(
        "UPDATE mentor_requests SET status = ?, decided_at = ? WHERE id IN ("
            + JdbcQueries.marks(ids.size())
            + ")",
        params);
    for (Open r : requests) {
      feed.publish(closed(r.id(), r.mentee(), r.mentor(), outcome));
    }
    return requests.size();
  }

  /** A unique key refused the statement (MariaDB error 1062). */
  private static boolean duplicateKey(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException s && s.getErrorCode() == 1062) {
        return true;
      }
    }
    return false;
  }

  private static MentoringRequestAnswered closed(
      long id, long mentee, long mentor, MentoringRequestAnswered.Outcome outcome) {
    return new MentoringRequestAnswered(
        id,
        mentee,
        mentor,
        false,
        null,
        outcome == MentoringRequestAnswered.Outcome.EXPIRED,
        outcome);
  }
}
