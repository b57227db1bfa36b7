package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.helsebro.accounts.MemberDirectory;
import no.helsebro.forum.ForumQuestions;
import no.helsebro.forum.ReplyPosted;
import no.helsebro.forum.TopicCreated;
import no.helsebro.forum.TopicKind;
import no.helsebro.forum.UnansweredQuestion;
import no.helsebro.mentoring.matching.Match;
import no.helsebro.mentoring.matching.MatchingEngine;
import no.helsebro.mentoring.matching.MenteeNeeds;
import no.helsebro.mentoring.routing.Ladder;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * No question left alone (docs/adr/0406): questions are tracked from the moment they are asked
 * ({@link TopicCreated}) until the first reply by someone else ({@link ReplyPosted}); while nobody
 * answers, {@link #advance} moves each one up the {@link Ladder} and offers it to peers, then to
 * the best-matched available mentors a few at a time, then to the coordinators — never to the same
 * member twice.
 */
@Singleton
class QuestionRouting {

  private static final Logger LOG = LoggerFactory.getLogger(QuestionRouting.class);
  private static final int BATCH = 500;

  private final JdbcQueries sql;
  private final TransactionOperations<Connection> tx;
  private final ForumQuestions forum;
  private final MentorPool pool;
  private final MemberFacts facts;
  private final TermCatalog terms;
  private final QuestionRoutingConfig config;
  private final Ladder ladder;
  private final ChangeFeed feed;
  private final MemberDirectory members;

  QuestionRouting(
      JdbcQueries sql,
      TransactionOperations<Connection> tx,
      ForumQuestions forum,
      MentorPool pool,
      MemberFacts facts,
      TermCatalog terms,
      QuestionRoutingConfig config,
      ChangeFeed feed,
      MemberDirectory members) {
    this.sql = sql;
    this.tx = tx;
    this.forum = forum;
    this.pool = pool;
    this.facts = facts;
    this.terms = terms;
    this.config = config;
    this.ladder = config.ladder();
    this.feed = feed;
    this.members = members;
  }

  Ladder ladder() {
    return ladder;
  }

  /** A question was asked: start tracking it (in the forum's transaction). */
  @EventListener
  void onTopicCreated(TopicCreated e) {
    if (e.kind() == TopicKind.QUESTION) {
      sql.update(
          "INSERT IGNORE INTO question_routing (topic_id, asker_id, title, asked_at, status)"
              + " VALUES (?, ?, ?, ?, 'OPEN')",
          e.topicId(),
          e.authorId(),
          e.title(),
          e.createdAt());
    }
  }

  /** The first reply by someone other than the asker answers the question (the forum's rule). */
  @EventListener
  void onReplyPosted(ReplyPosted e) {
    if (e.topicKind() != TopicKind.QUESTION || !e.answersTopic()) {
      return;
    }
    sql.update(
        "UPDATE question_routing SET status = 'ANSWERED', answered_at = ?, answered_by = ?,"
            + " updated_at = ? WHERE topic_id = ? AND answered_at IS NULL",
        e.postedAt(),
        e.authorId(),
        e.postedAt(),
        e.topicId());
  }

  /**
   * Moves every unanswered question up the ladder as far as {@code now} allows; answers how many
   * rungs were taken. Each question is handled in its own transaction with its row locked, so
   * several instances may run this at once.
   */
  int advance(Instant now) {
    List<UnansweredQuestion> questions = forum.unanswered(now.minus(ladder.peersAfter()), BATCH);
    int taken = 0;
    Set<Long> listed = new HashSet<>();
    for (UnansweredQuestion q : questions) {
      listed.add(q.topicId());
      try {
        taken += tx.executeWrite(status -> climb(q, now));
      } catch (RuntimeException e) {
        LOG.warn("Could not route question {}", q.topicId(), e);
      }
    }
    if (questions.size() < BATCH) {
      // A question old enough to be listed but missing was hidden, locked or closed.
      for (Long id :
          sql.list(
              "SELECT topic_id FROM question_routing WHERE status = 'OPEN' AND asked_at < ?",
              rs -> rs.getLong(1),
              now.minus(ladder.peersAfter()))) {
        if (!listed.contains(id)) {
          sql.update(
              "UPDATE question_routing SET status = 'CLOSED', updated_at = ? WHERE topic_id = ?"
                  + " AND status = 'OPEN'",
              now,
              id);
        }
      }
    }
    return taken;
  }

  private int climb(UnansweredQuestion q, Instant now) {
    sql.update(
        "INSERT IGNORE INTO question_routing (topic_id, asker_id, title, asked_at, status)"
            + " VALUES (?, ?, ?, ?, 'OPEN')",
        q.topicId(),
        q.askerId(),
        q.title(),
        q.createdAt());
    record Row(String status, int done) {}
    Row row =
        sql.one(
                "SELECT status, steps_done FROM question_routing WHERE topic_id = ? FOR UPDATE",
                rs -> new Row(rs.getString(1), rs.getInt(2)),
                q.topicId())
            .orElseThrow();
    if ("ANSWERED".equals(row.status)) {
      if (!forum.stillUnanswered(q.topicId())) {
        return 0;
      }
      // Its only answer was deleted or hidden since: by the forum's rule it waits again.
      sql.update(
          "UPDATE question_routing SET status = 'OPEN', answered_at = NULL, answered_by = NULL,"
              + " updated_at = ? WHERE topic_id = ?",
          now,
          q.topicId());
    }
    int due = ladder.dueSteps(q.createdAt(), now);
    int done = row.done;
    List<Ladder.Step> steps = ladder.steps();
    while (done < due) {
      Ladder.Step step = steps.get(done);
      int offered = offer(q, step, now);
      sql.update(
          "INSERT INTO question_routing_steps (topic_id, step, stage, round, done_at, offered)"
              + " VALUES (?, ?, ?, ?, ?, ?)",
          q.topicId(),
          step.number(),
          step.stage().name(),
          step.round(),
          now,
          offered);
      done++;
    }
    sql.update(
        "UPDATE question_routing SET steps_done = ?, title = ?, status = 'OPEN', updated_at = ?"
            + " WHERE topic_id = ?",
        done,
        q.title(),
        now,
        q.topicId());
    return done - row.done;
  }

  /** Offers the question to the members this step reaches; answers how many were new. */
  private int offer(UnansweredQuestion q, Ladder.Step step, Instant now) {
    long asker = q.askerId() == null ? 0 : q.askerId();
    Set<Long> already =
        new HashSet<>(
            sql.list(
                "SELECT member_id FROM question_offers WHERE topic_id = ?",
                rs -> rs.getLong(1),
                q.topicId()));
    already.add(asker);
    Optional<MemberFacts.Facts> askerFacts = asker == 0 ? Optional.empty() : facts.of(asker);
    Set<Long> systems = new LinkedHashSet<>();
    for (String code : q.systemCodes()) {
      Long id = terms.idOf(TermCatalog.SYSTEM, code);
      if (id != null) {
        systems.add(id);
      }
    }
    Long workplace =
        q.workplaceTypeCode() != null
            ? terms.idOf(TermCatalog.WORKPLACE_TYPE, q.workplaceTypeCode())
            : askerFacts.map(MemberFacts.Facts::workplaceType).orElse(null);
    List<Long> to =
        switch (step.stage()) {
          case PEERS ->
              systems.isEmpty()
                  ? List.of()
                  : facts.peers(systems, workplace, already, config.getPeersPerQuestion());
          case MENTORS -> mentors(q, asker, systems, workplace, askerFacts, already);
          case COORDINATORS -> members.activeCoordinatorIds().stream().sorted().toList();
        };
    List<Long> offered = new ArrayList<>();
    for (Long member : to) {
      if (!already.contains(member)) {
        if (sql.update(
                "INSERT IGNORE INTO question_offers (topic_id, member_id, step, stage, offered_at)"
                    + " VALUES (?, ?, ?, ?, ?)",
                q.topicId(),
                member,
                step.number(),
                step.stage().name(),
                now)
            == 1) {
          offered.add(member);
        }
        already.add(member);
      }
    }
    if (!offered.isEmpty()) {
      feed.publish(
          new QuestionOffered(
              q.topicId(), QuestionOffered.Step.valueOf(step.stage().name()), offered));
    }
    return offered.size();
  }

  private List<Long> mentors(
      UnansweredQuestion q,
      long asker,
      Set<Long> systems,
      @Nullable Long workplace,
      Optional<MemberFacts.Facts> askerFacts,
      Set<Long> already) {
    MentorPool.Snapshot snapshot = pool.current();
    List<MatchingEngine.Prepared> candidates =
        snapshot.prepared().stream().filter(p -> !already.contains(p.candidate().id())).toList();
    long region = askerFacts.map(MemberFacts.Facts::region).orElse(0L);
    // The engine scores the region only when asked to (sameRegion): a question is best helped by
    // someone who knows the asker's region, so ask for it whenever the asker's profile gives one.
    MenteeNeeds needs =
        new MenteeNeeds(
            asker,
            systems,
            Set.of(),
            workplace == null ? 0 : workplace,
            region,
            0,
            0,
            0,
            region != 0,
            false);
    return new MatchingEngine(snapshot.weights())
        .rank(needs, candidates, config.getMentorsPerRound()).stream()
            .map(Match::mentorId)
            .toList();
  }

  // --- reading

  List<QuestionOfferView> offersFor(long memberId) {
    return sql.list(
        "SELECT o.topic_id, r.title, r.asked_at, o.stage, o.offered_at FROM question_offers o"
            + " JOIN question_routing r ON r.topic_id = o.topic_id"
            + " WHERE o.member_id = ? AND o.dismissed_at IS NULL AND r.status = 'OPEN'"
            + " ORDER BY o.offered_at DESC, o.id DESC LIMIT 100",
        rs ->
            new QuestionOfferView(
                rs.getLong(1),
                rs.getString(2),
                JdbcQueries.instant(rs, "asked_at"),
                Ladder.Stage.valueOf(rs.getString(4)),
                JdbcQueries.instant(rs, "offered_at")),
        memberId);
  }

  /** Hides an offer from the member's list; false when there was none. */
  boolean dismiss(long memberId, long topicId) {
    return sql.update(
            "UPDATE question_offers SET dismissed_at = ? WHERE member_id = ? AND topic_id = ?"
                + " AND dismissed_at IS NULL",
            Instant.now(),
            memberId,
            topicId)
        > 0;
  }

  /** The ladders of the member's own questions, newest first. */
  List<QuestionRoutingView> askedBy(long memberId) {
    List<Long> ids =
        sql.list(
            "SELECT topic_id FROM question_routing WHERE asker_id = ?"
                + " ORDER BY asked_at DESC LIMIT 50",
            rs -> rs.getLong(1),
            memberId);
    List<QuestionRoutingView> out = new ArrayList<>();
    for (Long id : ids) {
      view(id).ifPresent(out::add);
    }
    return out;
  }

  /** One question's ladder, for its asker and for coordinators. */
  Optional<QuestionRoutingView> get(long topicId, long viewerId, boolean coordinator) {
    Optional<QuestionRoutingView> view = view(topicId);
    if (view.isEmpty() || coordinator) {
      return view;
    }
    boolean asker =
        sql.count(
                "SELECT COUNT(*) FROM question_routing WHERE topic_id = ? AND asker_id = ?",
                topicId,
                viewerId)
            > 0;
    return asker ? view : Optional.empty();
  }

  private Optional<QuestionRoutingView> view(long topicId) {
    record Head(String title, Instant askedAt, String status, Instant answeredAt) {}
    Optional<Head> head =
        sql.one(
            "SELECT title, asked_at, status, answered_at FROM question_routing WHERE topic_id = ?",
            rs ->
                new Head(
                    rs.getString(1),
                    JdbcQueries.instant(rs, "asked_at"),
                    rs.getString(3),
                    JdbcQueries.instant(rs, "answered_at")),
            topicId);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    Head h = head.get();
    Map<Integer, Object[]> done = new HashMap<>();
    for (Object[] row :
        sql.list(
            "SELECT step, done_at, offered FROM question_routing_steps WHERE topic_id = ?",
            rs -> new Object[] {rs.getInt(1), JdbcQueries.instant(rs, "done_at"), rs.getInt(3)},
            topicId)) {
      done.put((Integer) row[0], row);
    }
    List<QuestionRoutingView.Step> steps = new ArrayList<>();
    for (Ladder.Step s : ladder.steps()) {
      Object[] d = done.get(s.number());
      steps.add(
          new QuestionRoutingView.Step(
              s.stage(),
              s.round(),
              s.dueAt(h.askedAt),
              d == null ? null : (Instant) d[1],
              d == null ? 0 : (Integer) d[2]));
    }
    return Optional.of(
        new QuestionRoutingView(topicId, h.title, h.askedAt, h.status, h.answeredAt, steps));
  }

  /** Share of questions asked 2-90 days ago that someone else answered within 24 and 48 hours. */
  MentoringStatisticsView.QuestionOutcomes outcomes(Instant now) {
    Instant to = now.minus(Duration.ofHours(48));
    Instant from = now.minus(Duration.ofDays(90));
    String window = " FROM question_routing WHERE asked_at >= ? AND asked_at < ?";
    long asked = sql.count("SELECT COUNT(*)" + window, from, to);
    long within24 =
        sql.count(
            "SELECT COUNT(*)"
                + window
                + " AND answered_at IS NOT NULL AND answered_at <= asked_at + INTERVAL 24 HOUR",
            from,
            to);
    long within48 =
        sql.count(
            "SELECT COUNT(*)"
                + window
                + " AND answered_at IS NOT NULL AND answered_at <= asked_at + INTERVAL 48 HOUR",
            from,
            to);
    long unanswered = sql.count("SELECT COUNT(*)" + window + " AND answered_at IS NULL", from, to);
    return new MentoringStatisticsView.QuestionOutcomes(
        asked,
        within24,
        within48,
        asked == 0 ? 0 : (double) within24 / asked,
        asked == 0 ? 0 : (double) within48 / asked,
        unanswered);
  }
}
