package no.helsebro.accounts;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;

/**
 * RFC 6238 time-based one-time passwords as authenticator apps make them: SHA-1, 6 digits, 30
 * seconds, base32 secrets of 160 bits. A code is accepted for its own step and one step either side
 * (clock drift); {@link #matchingStep} tells which step matched, so the caller can refuse a second
 * use of the same step.
 */
final class Totp {

  static final int PERIOD_SECONDS = 30;
  static final int DIGITS = 6;

  private static final DefaultCodeGenerator GENERATOR =
      new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

  private Totp() {}

  static String newSecret() {
    return new DefaultSecretGenerator(32).generate();
  }

  static long step(Instant at) {
    return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
  }

  static String code(String secret, long step) {
    try {
      return GENERATOR.generate(secret, step);
    } catch (CodeGenerationException e) {
      throw new IllegalStateException(e);
    }
  }

  static OptionalLong matchingStep(String secret, String code, Instant now) {
    if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    long current = step(now);
    for (long s = current - 1; s <= current + 1; s++) {
      if (MessageDigest.isEqual(
          code(secret, s).getBytes(StandardCharsets.US_ASCII),
          code.getBytes(StandardCharsets.US_ASCII))) {
        return OptionalLong.of(s);
      }
    }
    return OptionalLong.empty();
  }

  /** The otpauth:// URI authenticator apps read from a QR code. */
  static String uri(String secret, String account) {
    String label =
        URLEncoder.encode("Helsebro:" + account, StandardCharsets.UTF_8).replace("+", "%20");
    return "otpauth://totp/"
        + label
        + "?secret="
        + secret
        + "&issuer=Helsebro&algorithm=SHA1&digits="
        + DIGITS
        + "&period="
        + PERIOD_SECONDS;
  }
}
