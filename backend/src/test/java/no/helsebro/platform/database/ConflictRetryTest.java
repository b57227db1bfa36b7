package no.helsebro.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import no.helsebro.platform.errors.DatabaseFailures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Docs/adr/0013: a transaction that loses a deadlock is run again from the start, only at the
 * outermost transactional method, and both writers' work lands exactly once. On a Galera cluster a
 * certification conflict is reported with the same error (1213); ClusterTest shows that case.
 */
@MicronautTest(transactional = false)
class ConflictRetryTest {

  @Inject CrossingWrites writes;
  @Inject OuterTransaction outer;
  @Inject ConflictRetries retry;

  @BeforeEach
  void freshRows() {
    writes.createTable();
    writes.attempts.set(0);
    outer.attempts.set(0);
  }

  @AfterEach
  void dropRows() {
    writes.dropTable();
  }

  @Test
  void twoTransactionsThatDeadlockBothCompleteOnceBecauseTheVictimIsRunAgain() throws Exception {
    long retriesBefore = retry.retriesSoFar();
    CountDownLatch bothHoldARow = new CountDownLatch(2);

    CompletableFuture<Void> a = CompletableFuture.runAsync(() -> writes.addOne(1, bothHoldARow));
    CompletableFuture<Void> b = CompletableFuture.runAsync(() -> writes.addOne(2, bothHoldARow));
    CompletableFuture.allOf(a, b).get(30, TimeUnit.SECONDS);

    assertThat(writes.sum()).isEqualTo(4);
    assertThat(writes.attempts.get()).isEqualTo(3);
    assertThat(retry.retriesSoFar() - retriesBefore).isEqualTo(1);
  }

  @Test
  void aConflictInsideAnOpenTransactionIsRetriedByTheOutermostMethodOnly() throws Exception {
    CountDownLatch bothHoldARow = new CountDownLatch(2);

    CompletableFuture<Void> a = CompletableFuture.runAsync(() -> outer.addOne(1, bothHoldARow));
    CompletableFuture<Void> b = CompletableFuture.runAsync(() -> outer.addOne(2, bothHoldARow));
    CompletableFuture.allOf(a, b).get(30, TimeUnit.SECONDS);

    assertThat(writes.sum()).isEqualTo(4);
    assertThat(outer.attempts.get()).isEqualTo(3);
    assertThat(writes.attempts.get()).isEqualTo(3);
  }

  @Test
  void aTransactionThatSentMailIsNotRunAgainAfterAConflict() throws Exception {
    CountDownLatch bothHoldARow = new CountDownLatch(2);

    CompletableFuture<Void> a =
        CompletableFuture.runAsync(() -> writes.addOneAfterMail(1, bothHoldARow));
    CompletableFuture<Void> b =
        CompletableFuture.runAsync(() -> writes.addOneAfterMail(2, bothHoldARow));
    List<Throwable> failures = new ArrayList<>();
    for (CompletableFuture<Void> f : List.of(a, b)) {
      try {
        f.get(30, TimeUnit.SECONDS);
      } catch (ExecutionException e) {
        failures.add(e.getCause());
      }
    }

    assertThat(failures).hasSize(1);
    assertThat(DatabaseFailures.isConflict(failures.get(0))).isTrue();
    assertThat(writes.attempts.get()).isEqualTo(2);
    assertThat(writes.sum()).isEqualTo(2);
  }

  @Test
  void aDeadlockIsAConflictAndAConnectionFailureIsNot() {
    assertThat(
            DatabaseFailures.isConflict(
                new RuntimeException(
                    new java.sql.SQLTransactionRollbackException("Deadlock found", "40001", 1213))))
        .isTrue();
    assertThat(
            DatabaseFailures.isConflict(
                new RuntimeException(
                    new java.sql.SQLException("Lock wait timeout", "HY000", 1205))))
        .isFalse();
    assertThat(
            DatabaseFailures.isConflict(
                new java.sql.SQLNonTransientConnectionException("gone", "08000", 0)))
        .isFalse();
  }
}
