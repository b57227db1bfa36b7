package no.helsebro.search.analysis;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds Norwegian letters to the ASCII spellings people type on foreign keyboards, so both match: å
 * = aa, æ = ae, ø = o (and ö, ä, é and other accents to their plain letter).
 */
public final class Folding {

  private Folding() {}

  /** The folded, lower-case form of a word. */
  public static String fold(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(lower.length() + 4);
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      switch (c) {
        case 'å' -> out.append("aa");
        case 'æ', 'ä' -> out.append("ae");
        case 'ø', 'ö' -> out.append('o');
        default -> {
          if (c < 128) {
            out.append(c);
          } else {
            String plain =
                Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD)
                    .replaceAll("\\p{M}", "");
            out.append(plain);
          }
        }
      }
    }
    return out.toString();
  }
}
