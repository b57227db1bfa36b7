package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.helsebro.mentoring.routing.Ladder;
import no.helsebro.platform.database.JdbcQueries;

/**
 * What question routing shows (docs/adr/0406): a member's offers, the ladders of questions, and how
 * soon questions are answered.
 */
@Singleton
class QuestionRoutingReader {

  private final RoutedQuestionRepository questions;
  private final JdbcQueries sql;
  private final Ladder ladder;

  QuestionRoutingReader(
      RoutedQuestionRepository questions, JdbcQueries sql, QuestionRoutingConfig config) {
    this.questions = questions;
    this.sql = sql;
    this.ladder = config.ladder();
  }

  List<QuestionOfferView> offersFor(long memberId) {
    return questions.offersFor(memberId).stream()
        .map(
            o ->
                new QuestionOfferView(
                    o.topicId(),
                    o.title(),
                    o.askedAt(),
                    Ladder.Stage.valueOf(o.stage()),
                    o.offeredAt()))
        .toList();
  }

  /** Hides an offer from the member's list; false when there was none. */
  boolean dismiss(long memberId, long topicId) {
    return questions.dismiss(memberId, topicId, Instant.now()) > 0;
  }

  /** The ladders of the member's own questions, newest first. */
  List<QuestionRoutingView> askedBy(long memberId) {
    List<QuestionRoutingView> out = new ArrayList<>();
    for (Long id : questions.askedBy(memberId)) {
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
    return questions.existsByTopicIdAndAskerId(topicId, viewerId) ? view : Optional.empty();
  }

  private Optional<QuestionRoutingView> view(long topicId) {
    Optional<RoutedQuestion> head = questions.findByTopicId(topicId);
    if (head.isEmpty()) {
      return Optional.empty();
    }
    RoutedQuestion h = head.get();
    Map<Integer, RoutedQuestionRepository.StepTaken> done =
        questions.stepsTaken(topicId).stream()
            .collect(
                Collectors.toMap(RoutedQuestionRepository.StepTaken::step, Function.identity()));
    List<QuestionRoutingView.Step> steps = new ArrayList<>();
    for (Ladder.Step s : ladder.steps()) {
      RoutedQuestionRepository.StepTaken d = done.get(s.number());
      steps.add(
          new QuestionRoutingView.Step(
              s.stage(),
              s.round(),
              s.dueAt(h.askedAt()),
              d == null ? null : d.doneAt(),
              d == null ? 0 : d.offered()));
    }
    return Optional.of(
        new QuestionRoutingView(
            topicId, h.title(), h.askedAt(), h.status(), h.answeredAt(), steps));
  }

  /**
   * Share of questions asked 2-90 days ago that someone else answered within 24 and 48 hours.
   * Counts (aggregates) are hand-written SQL (docs/adr/0408).
   */
  MentoringStatisticsView.QuestionOutcomes outcomes(Instant now) {

    Instant to = now.minus(Duration.ofHours(48));
    Instant from = now.minus(Duration.ofDays(90));
    String window = " FROM question_routing WHERE asked_at >= ? AND asked_at < ?";
    // Hand-written SQL: four counts over one window (answered within 24 h, 48 h, not answered).
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
