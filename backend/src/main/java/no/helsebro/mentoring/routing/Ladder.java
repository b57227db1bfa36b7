package no.helsebro.mentoring.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The ladder an unanswered question climbs: after {@code peersAfter} it is offered to members who
 * run the same systems in the same kind of workplace; after {@code mentorsAfter} to the
 * best-matched available mentors, a few at a time, in {@code mentorRounds} rounds {@code
 * mentorRoundEvery} apart; after {@code coordinatorsAfter} to the coordinators. Plain Java, no
 * framework.
 */
public record Ladder(
    Duration peersAfter,
    Duration mentorsAfter,
    Duration mentorRoundEvery,
    int mentorRounds,
    Duration coordinatorsAfter) {

  /** Who a step offers the question to. */
  public enum Stage {
    PEERS,
    MENTORS,
    COORDINATORS
  }

  /**
   * One rung.
   *
   * @param number 1 for the first step
   * @param round for mentor steps, 1 for the first round; otherwise 1
   * @param after how long after the question was asked
   */
  public record Step(int number, Stage stage, int round, Duration after) {

    public Instant dueAt(Instant askedAt) {
      return askedAt.plus(after);
    }
  }

  public Ladder {
    if (peersAfter.isNegative()
        || mentorsAfter.compareTo(peersAfter) < 0
        || coordinatorsAfter.compareTo(mentorsAfter) < 0
        || mentorRounds < 1
        || mentorRoundEvery.isNegative()
        || mentorRoundEvery.isZero() && mentorRounds > 1) {
      throw new IllegalArgumentException(
          "The ladder goes peers, then mentors, then coordinators, each no earlier than the last");
    }
  }

  /**
   * Every step in order. Mentor rounds that would fall at or after the coordinators' turn are left
   * out.
   */
  public List<Step> steps() {
    List<Step> steps = new ArrayList<>();
    steps.add(new Step(1, Stage.PEERS, 1, peersAfter));
    for (int round = 1; round <= mentorRounds; round++) {
      Duration at = mentorsAfter.plus(mentorRoundEvery.multipliedBy(round - 1L));
      if (round > 1 && at.compareTo(coordinatorsAfter) >= 0) {
        break;
      }
      steps.add(new Step(steps.size() + 1, Stage.MENTORS, round, at));
    }
    steps.add(new Step(steps.size() + 1, Stage.COORDINATORS, 1, coordinatorsAfter));
    return steps;
  }

  /** How many steps are due for a question asked at {@code askedAt}, seen at {@code now}. */
  public int dueSteps(Instant askedAt, Instant now) {
    int due = 0;
    for (Step s : steps()) {
      if (!s.dueAt(askedAt).isAfter(now)) {
        due = s.number();
      }
    }
    return due;
  }
}
