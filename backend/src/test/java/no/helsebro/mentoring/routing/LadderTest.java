package no.helsebro.mentoring.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LadderTest {

  private final Ladder ladder =
      new Ladder(
          Duration.ofHours(12), Duration.ofHours(24), Duration.ofHours(6), 3, Duration.ofHours(48));
  private final Instant asked = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void theStepsArePeersThenMentorRoundsThenCoordinators() {
    assertThat(ladder.steps())
        .extracting(Ladder.Step::stage, Ladder.Step::round, Ladder.Step::after)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Ladder.Stage.PEERS, 1, Duration.ofHours(12)),
            org.assertj.core.groups.Tuple.tuple(Ladder.Stage.MENTORS, 1, Duration.ofHours(24)),
            org.assertj.core.groups.Tuple.tuple(Ladder.Stage.MENTORS, 2, Duration.ofHours(30)),
            org.assertj.core.groups.Tuple.tuple(Ladder.Stage.MENTORS, 3, Duration.ofHours(36)),
            org.assertj.core.groups.Tuple.tuple(
                Ladder.Stage.COORDINATORS, 1, Duration.ofHours(48)));
  }

  @Test
  void nothingIsDueBeforeThePeersDelay() {
    assertThat(ladder.dueSteps(asked, asked.plus(Duration.ofHours(11)))).isZero();
  }

  @Test
  void stepsFallDueAtTheirTimesAndAllOfThemAfterTheCoordinatorsDelay() {
    assertThat(ladder.dueSteps(asked, asked.plus(Duration.ofHours(12)))).isEqualTo(1);
    assertThat(ladder.dueSteps(asked, asked.plus(Duration.ofHours(31)))).isEqualTo(3);
    assertThat(ladder.dueSteps(asked, asked.plus(Duration.ofDays(5)))).isEqualTo(5);
  }

  @Test
  void mentorRoundsThatWouldReachTheCoordinatorsTurnAreLeftOut() {
    Ladder tight =
        new Ladder(
            Duration.ofHours(12),
            Duration.ofHours(24),
            Duration.ofHours(12),
            5,
            Duration.ofHours(48));

    assertThat(tight.steps())
        .extracting(Ladder.Step::stage)
        .containsExactly(
            Ladder.Stage.PEERS,
            Ladder.Stage.MENTORS,
            Ladder.Stage.MENTORS,
            Ladder.Stage.COORDINATORS);
  }

  @Test
  void aLadderThatGoesBackwardsIsRefused() {
    assertThatThrownBy(
            () ->
                new Ladder(
                    Duration.ofHours(24),
                    Duration.ofHours(12),
                    Duration.ofHours(6),
                    2,
                    Duration.ofHours(48)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
