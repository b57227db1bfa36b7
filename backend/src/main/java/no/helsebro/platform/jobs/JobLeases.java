package no.helsebro.platform.jobs;

import io.micronaut.context.annotation.Factory;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbc.micronaut.MicronautJdbcLockProvider;

/**
 * Scheduled jobs run once per cluster (docs/adr/0009): a job method carries ShedLock's
 * {@code @SchedulerLock(name = "...", lockAtMostFor = "...")} next to {@code @Scheduled}, and runs
 * only on the node that holds the job's lease row in the {@code shedlock} table.
 */
@Factory
class JobLeases {

  @Singleton
  LockProvider lockProvider(TransactionOperations<Connection> tx) {
    return new MicronautJdbcLockProvider(tx);
  }
}
