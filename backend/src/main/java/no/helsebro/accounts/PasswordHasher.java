package no.helsebro.accounts;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

/**
 * Argon2id with the OWASP parameters (19 MiB memory, 2 iterations, 1 lane, 16-byte salt, 32-byte
 * hash), stored in the PHC string format so parameters can be raised later: {@link #needsRehash}
 * tells when a stored hash is weaker than today's parameters.
 */
@Singleton
class PasswordHasher {

  static final int SALT_BYTES = 16;
  static final int HASH_BYTES = 32;
  static final int PARALLELISM = 1;
  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;

  private final Argon2PasswordEncoder encoder =
      new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);

  /** A hash of a password nobody knows: sign-in checks it for unknown e-mails, to take as long. */
  private final String decoy = encoder.encode("decoy-" + System.nanoTime());

  String hash(String password) {
    return encoder.encode(password);
  }

  boolean matches(String password, String hash) {
    return hash != null && encoder.matches(password, hash);
  }

  /** Spends the time of one verification, so an unknown e-mail is not told apart by timing. */
  void burn(String password) {
    encoder.matches(password, decoy);
  }

  boolean needsRehash(String hash) {
    return encoder.upgradeEncoding(hash);
  }
}
