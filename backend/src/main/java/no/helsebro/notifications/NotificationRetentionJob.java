package no.helsebro.notifications;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Deletes notifications older than {@code helsebro.notifications.retention} (90 days), in batches,
 * once a day on one node.
 */
@Singleton
class NotificationRetentionJob {

  private final JdbcQueries sql;
  private final Duration retention;

  NotificationRetentionJob(
      JdbcQueries sql, @Value("${helsebro.notifications.retention:90d}") Duration retention) {
    this.sql = sql;
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
      deleted =
          sql.update(
              "DELETE FROM notifications WHERE created_at < ? AND mail_due IS NULL LIMIT 1000",
              before);
      total += deleted;
    } while (deleted == 1000);
    return total;
  }
}
