package no.helsebro.platform.database;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two transactions that lock the same two rows in opposite order: run at once, one of them is
 * chosen as the deadlock victim on its second statement (error 1213). A test table of its own, with
 * a primary key like every table.
 */
@Singleton
class CrossingWrites {

  static final String TABLE = "conflict_retry_probe";

  final AtomicInteger attempts = new AtomicInteger();
  private final JdbcQueries sql;

  CrossingWrites(JdbcQueries sql) {
    this.sql = sql;
  }

  void createTable() {
    sql.update("DROP TABLE IF EXISTS " + TABLE);
    sql.update("CREATE TABLE " + TABLE + " (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB");
    sql.update("INSERT INTO " + TABLE + " VALUES (1, 0), (2, 0)");
  }

  void dropTable() {
    sql.update("DROP TABLE IF EXISTS " + TABLE);
  }

  long sum() {
    return sql.count("SELECT SUM(n) FROM " + TABLE);
  }

  /**
   * Adds one to both rows, {@code first} row first; between the two it waits until both writers
   * hold their first row (a retry finds the latch already open and goes straight on).
   */
  @Transactional
  public void addOne(int first, CountDownLatch bothHoldARow) {
    addOneBody(first, bothHoldARow);
  }

  private void addOneBody(int first, CountDownLatch bothHoldARow) {
    attempts.incrementAndGet();
    sql.update("UPDATE " + TABLE + " SET n = n + 1 WHERE id = ?", first);
    bothHoldARow.countDown();
    try {
      bothHoldARow.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    sql.update("UPDATE " + TABLE + " SET n = n + 1 WHERE id = ?", 3 - first);
  }

  /** The same, after doing something that cannot be taken back (as sending mail does). */
  @Transactional
  public void addOneAfterMail(int first, CountDownLatch bothHoldARow) {
    UnrepeatableEffects.happened();
    addOneBody(first, bothHoldARow);
  }
}
