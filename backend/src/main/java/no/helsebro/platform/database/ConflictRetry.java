package no.helsebro.platform.database;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import no.helsebro.platform.errors.DatabaseFailures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every outermost {@code @Transactional} method again when its transaction lost a deadlock or
 * a Galera certification conflict (docs/adr/0013). Both roll the whole transaction back in the
 * database, so running the method again from the start is what the server asks for ("try restarting
 * transaction"). Bound to {@link Transactional} itself, so no service has to remember an annotation
 * of its own; it runs outside the transaction (before {@code TransactionalInterceptor} in the
 * chain), so a conflict found at COMMIT is retried too.
 *
 * <p>A method called inside a transaction that is already open is not retried on its own: the
 * conflict rolled back the outer work as well, so only the outermost method may start again.
 * Retries are bounded ({@link ConflictRetryConfig#getAttempts()}) with jittered exponential
 * back-off; when they run out the failure goes on and the API answers 503 {@code database-conflict}
 * with Retry-After.
 */
@Singleton
@InterceptorBean(Transactional.class)
class ConflictRetry implements MethodInterceptor<Object, Object> {

  private static final Logger LOG = LoggerFactory.getLogger(ConflictRetry.class);

  /** Runs before (outside) the transaction interceptor, whose order is -300 (InterceptPhase). */
  static final int ORDER = -400;

  private final TransactionOperations<Connection> transactions;
  private final ConflictRetryConfig config;
  private final AtomicLong retries = new AtomicLong();

  ConflictRetry(TransactionOperations<Connection> transactions, ConflictRetryConfig config) {
    this.transactions = transactions;
    this.config = config;
  }

  @Override
  public int getOrder() {
    return ORDER;
  }

  @Override
  public @Nullable Object intercept(MethodInvocationContext<Object, Object> context) {
    if (transactions.findTransactionStatus().isPresent()) {
      return context.proceed();
    }
    for (int attempt = 1; ; attempt++) {
      UnrepeatableEffects.reset();
      try {
        return context.proceed();
      } catch (RuntimeException failure) {
        if (attempt >= config.getAttempts()
            || !DatabaseFailures.isConflict(failure)
            || UnrepeatableEffects.any()) {
          throw failure;
        }
        retries.incrementAndGet();
        LOG.debug(
            "Transaction conflict in {} (attempt {}), retrying: {}",
            context.getExecutableMethod(),
            attempt,
            failure.getMessage());
        pause(attempt);
      } finally {
        UnrepeatableEffects.reset();
      }
    }
  }

  /** How many transactions this node has run again after a conflict since it started. */
  long retriesSoFar() {
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
