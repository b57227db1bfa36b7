package no.helsebro.platform.idempotency;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.function.Supplier;

/**
 * The creating request's own transaction. {@code @Transactional}, so a deadlock or certification
 * conflict runs it again like every other outermost transaction (docs/adr/0013) before {@link
 * Idempotency#once} looks for an earlier request.
 */
@Singleton
class CreatingTransaction {

  @Transactional
  <T> T run(Supplier<T> create) {
    return create.get();
  }
}
