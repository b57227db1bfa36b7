package no.helsebro.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class JobLeasesTest {

  @Inject CountingJob job;

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

  private static void runWhen(CountDownLatch go, CountingJob job) {
    try {
      go.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    job.run();
  }
}
