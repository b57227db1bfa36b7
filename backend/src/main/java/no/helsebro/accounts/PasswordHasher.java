package no.helsebro.accounts;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import no.helsebro.platform.errors.ApiException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with the OWASP parameters (19 MiB memory, 2 iterations, 1 lane, 16-byte salt, 32-byte
 * hash), stored in the PHC string format so parameters can be raised later: {@link #needsRehash}
 * tells when a stored hash is weaker than today's parameters.
 *
 * <p>Hashing is CPU and memory work (about 19 MiB and 30-60 ms each): at most one hash per
 * processor runs at a time, so a burst of sign-ins queues here instead of exhausting the heap or
 * the CPU for everyone else. A caller that waits longer than {@link #MAX_WAIT_SECONDS} gets a 503
 * {@code busy} problem with a hint to retry, rather than a time-out.
 */
@Singleton
class PasswordHasher {

  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;
  static final int PARALLELISM = 1;
  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;
  static final int MAX_WAIT_SECONDS = 10;

  private final Argon2PasswordEncoder encoder =
      new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);

  private final Semaphore permits = new Semaphore(Runtime.getRuntime().availableProcessors(), true);

  /** A hash of a password nobody knows: sign-in checks it for unknown e-mails, to take as long. */
  private final String decoy = encoder.encode("decoy-" + System.nanoTime());

  String hash(String password) {
    return bounded(() -> encoder.encode(password));
  }

  boolean matches(String password, String hash) {
    return hash != null && bounded(() -> encoder.matches(password, hash));
  }

  /** Spends the time of one verification, so an unknown e-mail is not told apart by timing. */
  void burn(String password) {
    bounded(() -> encoder.matches(password, decoy));
  }

  boolean needsRehash(String hash) {
    return encoder.upgradeEncoding(hash);
  }

  private <T> T bounded(Supplier<T> work) {
    boolean acquired;
    try {
      acquired = permits.tryAcquire(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      acquired = false;
    }
    if (!acquired) {
      throw new ApiException(
              HttpStatus.SERVICE_UNAVAILABLE,
              "busy",
              "Service Unavailable",
              "Many people are signing in right now. Try again in a few seconds.")
          .with("retryAfterSeconds", 5);
    }
    try {
      return work.get();
    } finally {
      permits.release();
    }
  }
}
