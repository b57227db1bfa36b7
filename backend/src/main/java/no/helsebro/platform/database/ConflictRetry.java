package no.helsebro.platform.database;

import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.Connection;

/**
 * Runs every outermost {@code @Transactional} method again when its transaction lost a deadlock or
 * a Galera certification conflict (docs/adr/0013). Both roll the whole transaction back in the
 * database, so running the method again from the start is what the server asks for ("try restarting
 * transaction"). Bound to {@link Transactional} itself, so no service has to remember an annotation
 * of its own; it runs outside the transaction (before {@code TransactionalInterceptor} in the
 * chain), so a conflict found at COMMIT is retried too.
 *
 * <p>A method called inside a transaction that is already open is not retried on its own: the
 * conflict rolled back the outer work as well, so only the outermost method may start again. The
 * policy (bounded, jittered back-off; not after mail was sent) is {@link ConflictRetries}'; when
 * the tries run out the failure goes on and the API answers 503 {@code database-conflict} with
 * Retry-After.
 */
@Singleton
@InterceptorBean(Transactional.class)
class ConflictRetry implements MethodInterceptor<Object, Object> {

  /** Runs before (outside) the transaction interceptor, whose order is -300 (InterceptPhase). */
  static final int ORDER = -400;

  private final TransactionOperations<Connection> transactions;
  private final ConflictRetries retries;

  ConflictRetry(TransactionOperations<Connection> transactions, ConflictRetries retries) {
    this.transactions = transactions;
    this.retries = retries;
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
    return retries.run(context::proceed);
  }
}
