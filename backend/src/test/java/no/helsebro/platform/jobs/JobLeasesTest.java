package no.helsebro.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class JobLeasesTest {

  @Inject CountingJob job;

  /** A run of another test holds the lease for lockAtLeastFor (2 s) after it: let it lapse. */
  @BeforeEach
  void earlierLeasesLapse() throws InterruptedException {
    Thread.sleep(2_100);
  }

  @Test
  void aJobDueOnTwoNodesAtOnceRunsOnOnlyOne() throws Exception {
    try (ApplicationContext nodeB = ApplicationContext.run("test")) {
      CountingJob onB = nodeB.getBean(CountingJob.class);
      int before = CountingJob.RUNS.get();
      CountDownLatch go = new CountDownLatch(1);
      CompletableFuture<Void> a = CompletableFuture.runAsync(() -> runWhen(go, job));
      CompletableFuture<Void> b = CompletableFuture.runAsync(() -> runWhen(go, onB));
      go.countDown();
      CompletableFuture.allOf(a, b).get(30, TimeUnit.SECONDS);

      assertThat(CountingJob.RUNS.get() - before).isEqualTo(1);
    }
  }

  @Test
  void aJobDueOnTheSecondNodeJustAfterTheFirstFinishedDoesNotRunAgain() {
    try (ApplicationContext nodeB = ApplicationContext.run("test")) {
      CountingJob onB = nodeB.getBean(CountingJob.class);
      int before = CountingJob.RUNS.get();

      job.run();
      // Node B's timer fires a moment later (another phase, a clock behind): the lease, held at
      // least lockAtLeastFor after the run, keeps it from running the job a second time.
      onB.run();

      assertThat(CountingJob.RUNS.get() - before).isEqualTo(1);
    }
  }

  private static void runWhen(CountDownLatch go, CountingJob job) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    job.run();
  }
}
