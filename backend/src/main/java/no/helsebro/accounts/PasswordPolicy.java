package no.helsebro.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B): at least 12 characters, at most 256, and not a
 * commonly used password — no composition rules. A password counts as common when it is on the
 * bundled list, or is a listed word of six or more letters padded with digits and symbols
 * ("password2024!"), or is built from the service's own name.
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 256;

  private static final Set<String> CONTEXT_WORDS = Set.of("helsebro", "passord", "password");

  private final Set<String> common;

  PasswordPolicy(Set<String> common) {
    this.common = common;
  }

  static PasswordPolicy withBundledList() {
    Set<String> words = new HashSet<>(60_000);
    try (InputStream in =
        PasswordPolicy.class.getResourceAsStream("/accounts/common-passwords.txt")) {
      if (in == null) {
        throw new IllegalStateException("The common-password list is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.isEmpty() && !line.startsWith("#")) {
          words.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PasswordPolicy(Set.copyOf(words));
  }

  /** Why the password is refused (a stable code), or empty when it is fine. */
  Optional<String> problem(String password, String email) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("password-too-short");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("password-too-long");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (common.contains(lower)) {
      return Optional.of("password-common");
    }
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    if ((core.length() >= 6 && common.contains(core)) || CONTEXT_WORDS.contains(core)) {
      return Optional.of("password-common");
    }
    if (lower.chars().distinct().count() <= 2) {
      return Optional.of("password-common");
    }
    String local = email.toLowerCase(Locale.ROOT).split("@", 2)[0];
    if (local.length() >= 4 && lower.contains(local) && lower.length() - local.length() < 6) {
      return Optional.of("password-common");
    }
    return Optional.empty();
  }
}
