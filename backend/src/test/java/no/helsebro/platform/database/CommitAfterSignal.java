package no.helsebro.platform.database;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A transaction that changes a row and then holds its commit until told to go on, so that another
 * Galera node can commit a change of the same row first: this one then fails certification at
 * COMMIT (ClusterTest).
 */
@Singleton
class CommitAfterSignal {

  final AtomicInteger attempts = new AtomicInteger();
  private final JdbcQueries sql;

  CommitAfterSignal(JdbcQueries sql) {
    this.sql = sql;
  }

  @Transactional
  public void addOne(String table, CountDownLatch changed, CountDownLatch mayCommit) {
    attempts.incrementAndGet();
    sql.update("UPDATE " + table + " SET n = n + 1 WHERE id = 1");
    changed.countDown();
    try {
      mayCommit.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
