package no.helsebro.platform.guard;

/**
 * The characters XML 1.0 can carry: tab, line feed, carriage return, and everything from U+0020 up
 * except the surrogate range and U+FFFE/U+FFFF. One such character in a title breaks the Atom feed
 * of its category for every subscriber, so free text with one is refused when it is written, and
 * feeds leave out any that older rows hold.
 */
public final class XmlCharacters {

  private XmlCharacters() {}

  public static boolean isValid(int cp) {
    return cp == 0x9
        || cp == 0xA
        || cp == 0xD
        || (cp >= 0x20 && cp <= 0xD7FF)
        || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  /** Whether every character can be carried (a lone surrogate cannot). */
  public static boolean allValid(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isValid(cp) || (Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** The text without the characters XML cannot carry. */
  public static String strip(String text) {
    if (allValid(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean loneSurrogate = Character.isSurrogate(text.charAt(i)) && Character.charCount(cp) == 1;
      if (isValid(cp) && !loneSurrogate) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }
}
