package no.helsebro.platform.database;

import jakarta.inject.Singleton;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import no.helsebro.platform.errors.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a whole transaction again when it lost a deadlock or a Galera certification conflict
 * (docs/adr/0013): at most {@link ConflictRetryConfig#getAttempts()} tries with jittered
 * exponential back-off, and not when the transaction did something it cannot take back ({@link
 * UnrepeatableEffects}). {@link ConflictRetry} applies it to every outermost {@code @Transactional}
 * method; code that opens a transaction itself ({@code TransactionOperations.executeWrite}) wraps
 * that call in {@link #run}.
 */
@Singleton
public class ConflictRetries {

  private static final Logger LOG = LoggerFactory.getLogger(ConflictRetries.class);

  private final ConflictRetryConfig config;
  private final AtomicLong retries = new AtomicLong();

  ConflictRetries(ConflictRetryConfig config) {
    this.config = config;
  }

  /** Runs {@code transaction} (which must begin and end a transaction) until it gets through. */
  public <T> T run(Supplier<T> transaction) {
    for (int attempt = 1; ; attempt++) {
      UnrepeatableEffects.reset();
      try {
        return transaction.get();
      } catch (RuntimeException failure) {
        if (attempt >= config.getAttempts()
            || !DatabaseFailures.isConflict(failure)
            || UnrepeatableEffects.any()) {
          throw failure;
        }
        retries.incrementAndGet();
        LOG.debug("Transaction conflict (attempt {}), retrying: {}", attempt, failure.getMessage());
        pause(attempt);
      } finally {
        UnrepeatableEffects.reset();
      }
    }
  }

  /** How many transactions this node has run again after a conflict since it started. */
  public long retriesSoFar() {
    return retries.get();
  }

  private void pause(int attempt) {
    long base = config.getBackoff().toMillis() << Math.min(attempt - 1, 6);
    long millis = base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1);
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting to retry a transaction", e);
    }
  }
}
