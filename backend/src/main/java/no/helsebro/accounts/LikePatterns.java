package no.helsebro.accounts;

/**
 * LIKE patterns that match what someone typed literally: {@code \}, {@code %} and {@code _} too.
 */
final class LikePatterns {

  private LikePatterns() {}

  static String literal(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  static String containing(String text) {
    return "%" + literal(text) + "%";
  }
}
