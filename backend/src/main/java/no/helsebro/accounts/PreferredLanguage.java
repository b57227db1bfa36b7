package no.helsebro.accounts;

import java.util.Locale;

/**
 * The language a new member gets when the registration form does not name one: the first of the
 * browser's {@code Accept-Language} ranges (by weight) that Helsebro writes — nynorsk for {@code
 * nn} and {@code no-NN}, bokmål for {@code nb} and the bare {@code no}, English for any {@code en}
 * — and bokmål when none of them fits or the header cannot be read.
 */
final class PreferredLanguage {

  private PreferredLanguage() {}

  static String of(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return "nb";
    }
    try {
      for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
        if (range.getWeight() == 0) {
          continue;
        }
        String tag = range.getRange().toLowerCase(Locale.ROOT);
        if (tag.equals("nn") || tag.startsWith("nn-") || tag.equals("no-nn")) {
          return "nn";
        }
        if (tag.equals("nb")
            || tag.startsWith("nb-")
            || tag.equals("no")
            || tag.startsWith("no-")) {
          return "nb";
        }
        if (tag.equals("en") || tag.startsWith("en-")) {
          return "en";
        }
      }
    } catch (IllegalArgumentException malformed) {
      // A header we cannot read says nothing about the member: bokmål, as for no header.
    }
    return "nb";
  }
}
