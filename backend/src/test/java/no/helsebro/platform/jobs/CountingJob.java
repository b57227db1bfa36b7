package no.helsebro.platform.jobs;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;

/** A job of the tests only: counts its runs across every node of the JVM, and takes a while. */
@Singleton
public class CountingJob {

  static final AtomicInteger RUNS = new AtomicInteger();

  @SchedulerLock(name = "test.counting-job", lockAtMostFor = "30s", lockAtLeastFor = "2s")
  public void run() {
    RUNS.incrementAndGet();
    try {
      Thread.sleep(500);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
