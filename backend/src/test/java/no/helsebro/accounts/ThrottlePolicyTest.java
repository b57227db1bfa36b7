package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ThrottlePolicyTest {

  private final ThrottlePolicy policy =
      new ThrottlePolicy(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15));
  private final Instant last = Instant.parse("2026-01-01T10:00:00Z");

  @Test
  void theFirstFailuresCostNothing() {
    assertThat(policy.decide(3, last, last)).isInstanceOf(ThrottlePolicy.Allowed.class);
  }

  @Test
  void furtherFailuresDoubleTheWait() {
    assertThat(policy.decide(4, last, last))
        .isEqualTo(new ThrottlePolicy.Wait(last.plusSeconds(1)));
    assertThat(policy.decide(5, last, last))
        .isEqualTo(new ThrottlePolicy.Wait(last.plusSeconds(2)));
    assertThat(policy.decide(6, last, last))
        .isEqualTo(new ThrottlePolicy.Wait(last.plusSeconds(4)));
    assertThat(policy.decide(6, last, last.plusSeconds(4)))
        .isInstanceOf(ThrottlePolicy.Allowed.class);
  }

  @Test
  void manyFailuresLockForAWhile() {
    assertThat(policy.decide(10, last, last.plusSeconds(60)))
        .isEqualTo(new ThrottlePolicy.Locked(last.plus(Duration.ofMinutes(15))));
    assertThat(policy.decide(10, last, last.plus(Duration.ofMinutes(16))))
        .isInstanceOf(ThrottlePolicy.Allowed.class);
  }

  @Test
  void oldFailuresAreForgotten() {
    assertThat(policy.next(9, last, last.plus(Duration.ofMinutes(20)))).isEqualTo(1);
    assertThat(policy.next(9, last, last.plusSeconds(30))).isEqualTo(10);
  }
}
