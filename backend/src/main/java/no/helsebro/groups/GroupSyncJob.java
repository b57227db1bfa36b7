package no.helsebro.groups;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reconciles every member's automatic group memberships with their profile: a while after start and
 * then every {@code helsebro.groups.sync-interval}, once per cluster (docs/adr/0009). Profile
 * changes are applied one member at a time from the change feed ({@link ProfileChangeListener});
 * this catches members who came in any other way (approval, imports, the benchmark's generator) and
 * terms that changed.
 */
@Singleton
class GroupSyncJob {

  private static final Logger LOG = LoggerFactory.getLogger(GroupSyncJob.class);

  private final GroupSync sync;

  GroupSyncJob(GroupSync sync) {
    this.sync = sync;
  }

  @Scheduled(
      initialDelay = "${helsebro.groups.sync-initial-delay:20s}",
      fixedDelay = "${helsebro.groups.sync-interval:15m}")
  @SchedulerLock(name = "groups.sync", lockAtMostFor = "14m", lockAtLeastFor = "14m")
  void run() {
    long started = System.nanoTime();
    int changed = sync.syncAll();
    if (changed > 0) {
      LOG.info(
          "Group memberships reconciled: {} changed in {} ms",
          changed,
          (System.nanoTime() - started) / 1_000_000);
    }
  }
}
