package no.helsebro.notifications;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;

/**
 * Deletes notifications older than {@code helsebro.notifications.retention} (90 days), in batches,
 * once a day on one node.
 */
@Singleton
class NotificationRetentionJob {

  private final NotificationRepository rows;
  private final Duration retention;

  NotificationRetentionJob(
      NotificationRepository rows,
      @Value("${helsebro.notifications.retention:90d}") Duration retention) {
    this.rows = rows;
    this.retention = retention;
  }

  @Scheduled(fixedDelay = "6h", initialDelay = "10m")
  @SchedulerLock(name = "notifications.retention", lockAtMostFor = "5h", lockAtLeastFor = "5h")
  void scheduled() {
    prune(Instant.now());
  }

  int prune(Instant now) {
    Instant before = now.minus(retention);
    int total = 0;
    int deleted;
    do {
      deleted = rows.pruneBefore(before);
      total += deleted;
    } while (deleted == 1000);
    return total;
  }
}
