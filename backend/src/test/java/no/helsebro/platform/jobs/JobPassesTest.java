package no.helsebro.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A job's pass runs once and its count comes back, whether it did anything or not. */
class JobPassesTest {

  @Test
  void runsThePassOnceAndAnswersItsCount() {
    AtomicInteger runs = new AtomicInteger();
    int count =
        JobPasses.run(
            JobPassesTest.class,
            "Did {} things in {} ms",
            () -> {
              runs.incrementAndGet();
              return 3;
            });
    assertThat(count).isEqualTo(3);
    assertThat(runs).hasValue(1);
  }

  @Test
  void aPassThatDidNothingAnswersZero() {
    assertThat(JobPasses.run(JobPassesTest.class, "Did {} things", () -> 0)).isZero();
  }
}
