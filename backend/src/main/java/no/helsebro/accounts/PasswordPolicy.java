package no.helsebro.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * What a new password must be (NIST SP 800-63B): at least 12 characters, at most 256, and not one
 * an attacker would try early — no composition rules. Refused, each with its own reason:
 *
 * <ul>
 *   <li>{@code password-common}: on the bundled list of breached passwords, or a listed word of six
 *       or more letters padded with digits and symbols ("password2024!"), or one or two characters;
 *   <li>{@code password-repeated}: one piece said again and again ("passordpassord",
 *       "abcabcabcabc");
 *   <li>{@code password-personal}: made of the member's name, the parts of their e-mail address,
 *       "helsebro" or "passord" with little else ("karinordmann2024", "helsebro123456").
 * </ul>
 */
final class PasswordPolicy {

  static final int MIN_LENGTH = 12;
  static final int MAX_LENGTH = 256;

  /** Fewer letters than this left after the personal words are taken out: guessable. */
  private static final int MIN_OWN_LETTERS = 5;

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
    return problem(password, "", email);
  }

  /**
   * Why the password is refused (a stable code), or empty when it is fine, for a member with this
   * display name and e-mail address.
   */
  Optional<String> problem(String password, String name, String email) {
    int length = password.codePointCount(0, password.length());
    if (length < MIN_LENGTH) {
      return Optional.of("password-too-short");
    }
    if (length > MAX_LENGTH) {
      return Optional.of("password-too-long");
    }
    String lower = Normalizer.normalize(password, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    if (common.contains(lower) || lower.chars().distinct().count() <= 2) {
      return Optional.of("password-common");
    }
    String compact = lower.replaceAll("[^\\p{L}\\p{N}]", "");
    if (isRepetition(compact)) {
      return Optional.of("password-repeated");
    }
    String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
    if (core.length() >= 6 && common.contains(core)) {
      return Optional.of("password-common");
    }
    if (isPersonal(lower, personalWords(name, email))) {
      return Optional.of("password-personal");
    }
    return Optional.empty();
  }

  /** The same piece two or more times and nothing else: "passordpassord", "abc123abc123". */
  static boolean isRepetition(String text) {
    int n = text.length();
    for (int unit = 1; unit <= n / 2; unit++) {
      if (n % unit == 0 && text.substring(unit).equals(text.substring(0, n - unit))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Words an attacker who knows the member tries first: "helsebro", "passord", the parts of their
   * name and of their e-mail address (three letters or more).
   */
  static Set<String> personalWords(String name, String email) {
    Set<String> words = new HashSet<>(CONTEXT_WORDS);
    String lowerEmail = email == null ? "" : email.toLowerCase(Locale.ROOT);
    String[] at = lowerEmail.split("@", 2);
    List<String> sources = new ArrayList<>();
    sources.add(name == null ? "" : name.toLowerCase(Locale.ROOT));
    sources.add(at[0]);
    if (at.length == 2) {
      String[] labels = at[1].split("\\.");
      // The domain without its top level: "ous-hf" of "ous-hf.no".
      for (int i = 0; i < labels.length - 1; i++) {
        sources.add(labels[i]);
      }
    }
    for (String source : sources) {
      String letters = source.replaceAll("[^\\p{L}]", "");
      if (letters.length() >= 3) {
        words.add(letters);
      }
      for (String part : source.split("[^\\p{L}]+")) {
        if (part.length() >= 3) {
          words.add(part);
        }
      }
    }
    return words;
  }

  /**
   * Whether the password is personal words with little of its own: once they are taken out, fewer
   * than {@value #MIN_OWN_LETTERS} letters remain, or what remains is a common password.
   */
  private boolean isPersonal(String lower, Set<String> words) {
    String letters = lower.replaceAll("[^\\p{L}]", "");
    List<String> longestFirst = new ArrayList<>(words);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed());
    String rest = letters;
    for (String word : longestFirst) {
      rest = rest.replace(word, "");
    }
    if (rest.length() == letters.length()) {
      return false;
    }
    return rest.length() < MIN_OWN_LETTERS || common.contains(rest);
  }
}
