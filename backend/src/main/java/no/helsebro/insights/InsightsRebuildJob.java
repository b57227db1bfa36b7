package no.helsebro.insights;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rebuilds the insights figures every night, and once shortly after start when they were never
 * built, once per cluster (docs/adr/0009). A coordinator's "refresh now" takes the same lease.
 */
@Singleton
class InsightsRebuildJob {

  static final String LOCK = "insights.rebuild";
  private static final Logger LOG = LoggerFactory.getLogger(InsightsRebuildJob.class);

  private final InsightsRebuild rebuild;
  private final InsightsRebuildRepository rebuilds;
  private final DefaultLockingTaskExecutor locking;

  InsightsRebuildJob(
      InsightsRebuild rebuild, InsightsRebuildRepository rebuilds, LockProvider locks) {
    this.rebuild = rebuild;
    this.rebuilds = rebuilds;
    this.locking = new DefaultLockingTaskExecutor(locks);
  }

  @Scheduled(cron = "${helsebro.insights.rebuild-cron:0 30 2 * * *}", zoneId = "Europe/Oslo")
  @SchedulerLock(name = LOCK, lockAtMostFor = "1h", lockAtLeastFor = "1h")
  void nightly() {
    run("nightly");
  }

  // The lease is held while the first rebuild runs; after it, the rebuild row keeps every node from
  // running it again. Holding it longer only refused a coordinator's "refresh now" for 5 minutes.
  @Scheduled(initialDelay = "${helsebro.insights.first-rebuild-delay:30s}")
  @SchedulerLock(name = LOCK, lockAtMostFor = "30m", lockAtLeastFor = "1s")
  void afterStart() {
    if (rebuilds.count() == 0) {
      run("first");
    }
  }

  /** Rebuilds now unless another node is at it; true when this call did the work. */
  boolean refreshNow() {
    boolean[] ran = {false};
    locking.executeWithLock(
        (Runnable)
            () -> {
              run("requested");
              ran[0] = true;
            },
        new LockConfiguration(Instant.now(), LOCK, Duration.ofMinutes(30), Duration.ZERO));
    return ran[0];
  }

  private void run(String why) {
    long ms = rebuild.rebuild();
    LOG.info("Insights rebuilt ({}) in {} ms", why, ms);
  }
}
