package no.helsebro.mentoring;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

  private final RoutedQuestionRepository questions;
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
      RoutedQuestionRepository questions,
      TransactionOperations<Connection> tx,
      ForumQuestions forum,
      MentorPool pool,
      MemberFacts facts,
      TermCatalog terms,
      QuestionRoutingConfig config,
      ChangeFeed feed,
      MemberDirectory members) {
    this.questions = questions;
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
      questions.track(e.topicId(), e.authorId(), e.title(), e.createdAt());
    }
  }

  /** The first reply by someone other than the asker answers the question (the forum's rule). */
  @EventListener
  void onReplyPosted(ReplyPosted e) {
    if (e.topicKind() != TopicKind.QUESTION || !e.answersTopic()) {
      return;
    }
    questions.answered(e.topicId(), e.authorId(), e.postedAt());
  }

  /**
   * Moves every unanswered question up the ladder as far as {@code now} allows; answers how many
   * rungs were taken. Each question is handled in its own transaction with its row locked, so
   * several instances may run this at once.
   */
  int advance(Instant now) {
    List<UnansweredQuestion> waiting = forum.unanswered(now.minus(ladder.peersAfter()), BATCH);
    int taken = 0;
    Set<Long> listed = new HashSet<>();
    for (UnansweredQuestion q : waiting) {
      listed.add(q.topicId());
      try {
        taken += tx.executeWrite(status -> climb(q, now));
      } catch (RuntimeException e) {
        LOG.warn("Could not route question {}", q.topicId(), e);
      }
    }
    if (waiting.size() < BATCH) {
      // A question old enough to be listed but missing was hidden, locked or closed.
      for (Long id : questions.openAskedBefore(now.minus(ladder.peersAfter()))) {
        if (!listed.contains(id)) {
          questions.close(id, now);
        }
      }
    }
    return taken;
  }

  private int climb(UnansweredQuestion q, Instant now) {
    questions.track(q.topicId(), q.askerId(), q.title(), q.createdAt());
    RoutedQuestion row = questions.findByTopicIdForUpdate(q.topicId()).orElseThrow();
    if ("ANSWERED".equals(row.status())) {
      if (!forum.stillUnanswered(q.topicId())) {
        return 0;
      }
      // Its only answer was deleted or hidden since: by the forum's rule it waits again.
      questions.reopen(q.topicId(), now);
    }
    int due = ladder.dueSteps(q.createdAt(), now);
    int done = row.stepsDone();
    List<Ladder.Step> steps = ladder.steps();
    while (done < due) {
      Ladder.Step step = steps.get(done);
      int offered = offer(q, step, now);
      questions.stepTaken(
          q.topicId(), step.number(), step.stage().name(), step.round(), now, offered);
      done++;
    }
    questions.climbed(q.topicId(), done, q.title(), now);
    return done - row.stepsDone();
  }

  /** Offers the question to the members this step reaches; answers how many were new. */
  private int offer(UnansweredQuestion q, Ladder.Step step, Instant now) {
    long asker = q.askerId() == null ? 0 : q.askerId();
    Set<Long> already = new HashSet<>(questions.offeredTo(q.topicId()));
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
        if (questions.offer(q.topicId(), member, step.number(), step.stage().name(), now) == 1) {
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
}
