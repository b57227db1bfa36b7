package no.helsebro.platform.changes;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Instant;
import net.javacrumbs.shedlock.micronaut.SchedulerLock;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.platform.jobs.JobPasses;

/**
 * Deletes change feed rows older than the retention ({@code helsebro.changes.retention}), in small
 * batches, always keeping the newest row so positions never start over. Once per cluster (a lease,
 * docs/adr/0009); were two to run, each DELETE only removes what is still there.
 */
@Singleton
class ChangeFeedPruner {

  private static final int BATCH = 5000;

  private final JdbcQueries sql;
  private final ChangeFeedConfig config;

  ChangeFeedPruner(JdbcQueries sql, ChangeFeedConfig config) {
    this.sql = sql;
    this.config = config;
  }

  @Scheduled(
      fixedDelay = "${helsebro.changes.prune-interval:10m}",
      initialDelay = "${helsebro.changes.prune-initial-delay:2m}")
  @SchedulerLock(name = "platform.change-feed-prune", lockAtMostFor = "9m", lockAtLeastFor = "9m")
  void run() {
    JobPasses.run(
        ChangeFeedPruner.class,
        "Pruned {} change feed rows",
        () -> prune(Instant.now().minus(config.getRetention())));
  }

  /** Deletes rows written before {@code before}, except the newest; answers how many. */
  int prune(Instant before) {
    // Hand-written SQL: the head (an aggregate), then the retention delete in ordered chunks.
    long newest = sql.count("SELECT COALESCE(MAX(position), 0) FROM change_feed");
    int total = 0;
    int n;
    do {
      n =
          sql.update(
              "DELETE FROM change_feed WHERE created_at < ? AND position < ? ORDER BY position"
                  + " LIMIT ?",
              before,
              newest,
              BATCH);
      total += n;
    } while (n == BATCH);
    return total;
  }
}
