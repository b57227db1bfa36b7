package no.helsebro.groups;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import no.helsebro.platform.jobs.JobPasses;

/**
 * Reconciles every member's automatic group memberships with their profile: a while after start and
 * then every {@code helsebro.groups.sync-interval}, once per cluster (docs/adr/0009). Profile
 * changes are applied one member at a time from the change feed ({@link ProfileChangeListener});
 * this catches members who came in any other way (approval, imports, the benchmark's generator) and
 * terms that changed.
 */
@Singleton
class GroupSyncJob {

  private final GroupSync sync;

  GroupSyncJob(GroupSync sync) {
    this.sync = sync;
  }

  @Scheduled(
      initialDelay = "${helsebro.groups.sync-initial-delay:20s}",
      fixedDelay = "${helsebro.groups.sync-interval:15m}")
  @SchedulerLock(name = "groups.sync", lockAtMostFor = "14m", lockAtLeastFor = "14m")
  void run() {
    JobPasses.run(
        GroupSyncJob.class, "Group memberships reconciled: {} changed in {} ms", sync::syncAll);
  }
}
