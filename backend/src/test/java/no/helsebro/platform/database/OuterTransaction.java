package no.helsebro.platform.database;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/** Calls {@link CrossingWrites} inside a transaction of its own, as a service calling a service. */
@Singleton
class OuterTransaction {

  final AtomicInteger attempts = new AtomicInteger();
  private final CrossingWrites writes;

  OuterTransaction(CrossingWrites writes) {
    this.writes = writes;
  }

  @Transactional
  public void addOne(int first, CountDownLatch bothHoldARow) {
    attempts.incrementAndGet();
    writes.addOne(first, bothHoldARow);
  }
}
