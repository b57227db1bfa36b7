package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.guard.PatientDataGuard;
import no.helsebro.platform.idempotency.Idempotency;

/**
 * Mentorships and their private space. Every read and write checks that the caller is one of the
 * two members; anyone else (coordinators too) gets 404, as if it did not exist ({@link
 * MentorshipSpace}).
 */
@Singleton
class MentorshipService {

  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private final MentorshipSpace space;
  private final MentorshipRepository mentorships;
  private final MentorshipMessageRepository messages;
  private final MentorshipGoalRepository goals;
  private final MentorshipCheckInRepository checkIns;
  private final MentorshipFeedbackRepository feedback;
  private final MentorProfileRepository profiles;
  private final JdbcQueries sql;
  private final MentoringRevision revision;
  private final ChangeFeed feed;
  private final Idempotency idempotency;

  MentorshipService(
      MentorshipSpace space,
      MentorshipRepository mentorships,
      MentorshipMessageRepository messages,
      MentorshipGoalRepository goals,
      MentorshipCheckInRepository checkIns,
      MentorshipFeedbackRepository feedback,
      MentorProfileRepository profiles,
      JdbcQueries sql,
      MentoringRevision revision,
      ChangeFeed feed,
      Idempotency idempotency) {
    this.space = space;
    this.mentorships = mentorships;
    this.messages = messages;
    this.goals = goals;
    this.checkIns = checkIns;
    this.feedback = feedback;
    this.profiles = profiles;
    this.sql = sql;
    this.revision = revision;
    this.feed = feed;
    this.idempotency = idempotency;
  }

  /**
   * What a summary adds to a mentorship: its last message, open goals and the viewer's feedback.
   */
  private record Activity(@Nullable Instant lastMessageAt, long openGoals, boolean feedbackGiven) {}

  /**
   * Hand-written (docs/adr/0408): three per-mentorship aggregates for a list of up to 200 in one
   * statement.
   */
  private Map<Long, Activity> activity(List<Mentorship> list, long viewer) {
    if (list.isEmpty()) {
      return Map.of();
    }
    List<Long> ids = list.stream().map(Mentorship::id).toList();
    Map<Long, Activity> out = new java.util.HashMap<>();
    sql.list(
            "SELECT s.id,"
                + " (SELECT MAX(created_at) FROM mentorship_messages WHERE mentorship_id = s.id)"
                + " AS last_message_at,"
                + " (SELECT COUNT(*) FROM mentorship_goals WHERE mentorship_id = s.id"
                + " AND status <> 'DONE') AS open_goals,"
                + " (SELECT COUNT(*) FROM mentorship_feedback WHERE mentorship_id = s.id"
                + " AND member_id = ?) AS my_feedback"
                + " FROM mentorships s WHERE s.id IN ("
                + JdbcQueries.marks(ids.size())
                + ")",
            rs ->
                Map.entry(
                    rs.getLong("id"),
                    new Activity(
                        JdbcQueries.instant(rs, "last_message_at"),
                        rs.getLong("open_goals"),
                        rs.getLong("my_feedback") > 0)),
            JdbcQueries.params(viewer, ids))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  private List<MentorshipSummary> summaries(List<Mentorship> list, long viewer) {
    Map<Long, Activity> activity = activity(list, viewer);
    Map<Long, MemberRef> names =
        space.refs(
            list.stream()
                .flatMap(
                    m ->
                        Stream.of(m.mentorId(), m.menteeId(), m.endedBy())
                            .filter(java.util.Objects::nonNull))
                .toList());
    List<MentorshipSummary> out = new ArrayList<>(list.size());
    for (Mentorship m : list) {
      boolean mentor = m.mentorId() == viewer;
      Activity a = activity.getOrDefault(m.id(), new Activity(null, 0, false));
      out.add(
          new MentorshipSummary(
              m.id(),
              mentor ? "MENTOR" : "MENTEE",
              names.get(m.other(viewer)),
              m.status(),
              m.startedAt(),
              m.endedAt(),
              m.endedBy() == null ? null : names.get(m.endedBy()),
              m.endReason(),
              "ENDED".equals(m.status()) && !a.feedbackGiven(),
              a.lastMessageAt(),
              a.openGoals()));
    }
    return out;
  }

  List<MentorshipSummary> mine(long memberId) {
    return summaries(mentorships.ofMember(memberId), memberId);
  }

  Optional<MentorshipSummary> get(long id, long memberId) {
    return mentorships
        .findById(id)
        .filter(m -> m.hasMember(memberId))
        .map(m -> summaries(List.of(m), memberId).get(0));
  }

  /** Ends the mentorship and frees the mentor's place. */
  @Transactional
  MentorshipSummary end(long id, long memberId, @Nullable String reason) {
    PatientDataGuard.requireNone("reason", reason);
    Mentorship m = space.lockedOf(id, memberId);
    if (!m.active()) {
      throw ApiException.conflict("mentorship-ended", "This mentorship has already ended.");
    }
    mentorships.end(
        id, memberId, reason == null || reason.isBlank() ? null : reason.strip(), Instant.now());
    profiles.freePlace(m.mentorId());
    feed.publish(new MentorshipEnded(id, m.mentorId(), m.menteeId(), memberId));
    revision.bump();
    return get(id, memberId).orElseThrow();
  }

  // --- messages

  MessagePage messages(long id, long memberId, int page, int size) {
    space.of(id, memberId);
    long total = messages.countByMentorshipId(id);
    List<MessageView> items =
        new ArrayList<>(space.views(messages.newestFirst(id, size, (long) page * size)));
    Collections.reverse(items);
    return new MessagePage(items, page, size, total);
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
    return new Posted(
        space.view(messages.findByIdAndMentorshipId(stored.messageId(), id).orElseThrow()),
        stored.replayed());
  }

  /** A posted message; {@code replayed} when an earlier request with the same key stored it. */
  record Posted(MessageView view, boolean replayed) {}

  private record Stored(long messageId, boolean replayed) {}

  private long insertMessage(
      long id, long memberId, String body, @Nullable String key, String hash) {
    Mentorship m = space.activeOf(id, memberId);
    PatientDataGuard.requireNone("body", body);
    long messageId =
        messages.save(new MentorshipMessage(null, id, memberId, body, Instant.now())).id();
    feed.publish(new MentorshipMessagePosted(id, messageId, memberId, m.other(memberId)));
    idempotency.record(memberId, key, hash, "mentorship-message", messageId);
    return messageId;
  }

  // --- goals

  List<GoalView> goals(long id, long memberId) {
    space.of(id, memberId);
    return space.views(goals.oldestFirst(id));
  }

  @Transactional
  GoalView addGoal(long id, long memberId, NewGoal g) {
    space.activeOf(id, memberId);
    PatientDataGuard.requireNone("title", g.title());
    Instant now = Instant.now();
    long goalId =
        goals
            .save(new MentorshipGoal(null, id, g.title().strip(), "OPEN", memberId, now, now))
            .id();
    return space.view(goals.findById(goalId).orElseThrow());
  }

  @Transactional
  GoalView updateGoal(long id, long goalId, long memberId, GoalUpdate u) {
    space.activeOf(id, memberId);
    MentorshipGoal before =
        goals.findByIdAndMentorshipId(goalId, id).orElseThrow(() -> ApiException.notFound("Goal"));
    String title = before.title();
    if (u.title() != null) {
      if (u.title().isBlank()) {
        throw ApiException.invalidField("title", "validation", "must not be blank");
      }
      PatientDataGuard.requireNone("title", u.title());
      title = u.title().strip();
    }
    String status = u.status() == null ? before.status() : u.status().name();
    goals.change(goalId, title, status, Instant.now());
    return space.view(goals.findByIdAndMentorshipId(goalId, id).orElseThrow());
  }

  // --- check-ins

  List<CheckInView> checkIns(long id, long memberId) {
    space.of(id, memberId);
    return space.views(checkIns.latestFirst(id));
  }

  @Transactional
  CheckInView addCheckIn(long id, long memberId, NewCheckIn c) {
    Mentorship m = space.activeOf(id, memberId);
    PatientDataGuard.requireNone("note", c.note());
    LocalDate today = LocalDate.now(OSLO);
    if (c.heldOn().isBefore(today.minusYears(1)) || c.heldOn().isAfter(today.plusYears(1))) {
      throw ApiException.invalidField(
          "heldOn", "date-out-of-range", "A check-in date is within a year of today");
    }
    MentorshipCheckIn saved =
        checkIns.save(
            new MentorshipCheckIn(null, id, c.heldOn(), c.note().strip(), memberId, Instant.now()));
    feed.publish(new MentorshipCheckInPosted(id, saved.id(), memberId, m.other(memberId)));
    return space.view(checkIns.findById(saved.id()).orElseThrow());
  }

  // --- feedback

  Optional<FeedbackView> feedback(long id, long memberId) {
    space.of(id, memberId);
    return feedback.findByMentorshipIdAndMemberId(id, memberId).map(MentorshipFeedback::view);
  }

  /** Gives (or changes) the member's feedback; only once the mentorship has ended. */
  @Transactional
  FeedbackView giveFeedback(long id, long memberId, FeedbackRequest f) {
    Mentorship m = space.of(id, memberId);
    if (m.active()) {
      throw ApiException.conflict(
          "mentorship-active", "Feedback is given when the mentorship has ended.");
    }
    PatientDataGuard.requireNone("comment", f.comment());
    feedback.upsert(
        id,
        memberId,
        m.mentorId() == memberId ? "MENTOR" : "MENTEE",
        f.helped(),
        f.rating(),
        f.comment() == null || f.comment().isBlank() ? null : f.comment().strip(),
        Instant.now());
    return feedback(id, memberId).orElseThrow();
  }

  /** Ends every active mentorship of a member (account deletion). */
  @Transactional
  void endAllOf(long memberId) {
    for (Mentorship m : mentorships.activeOfForUpdate(memberId)) {
      mentorships.end(m.id(), memberId, null, Instant.now());
      profiles.freePlace(m.mentorId());
      feed.publish(new MentorshipEnded(m.id(), m.mentorId(), m.menteeId(), memberId));
    }
    revision.bump();
  }
}
