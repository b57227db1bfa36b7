package no.helsebro.platform.content;

import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * The words of HTML that Helsebro rendered and sanitised itself ({@link MarkdownRenderer}), in one
 * pass without building a document: tags dropped, a space where a block element or a line break
 * separates words (as jsoup's {@code Element.text()} does), character references decoded by jsoup,
 * white space collapsed. The search index reads every post of a changed topic through this: parsing
 * each into a jsoup document was a fifth of the indexer's CPU under a reply stream
 * (bench/results/search.md, "The indexer under a reply stream").
 */
public final class HtmlText {

  private HtmlText() {}

  /** The text of {@code html}, words separated by single spaces. */
  public static String of(String html) {
    StringBuilder raw = new StringBuilder(html.length());
    int i = 0;
    int n = html.length();
    while (i < n) {
      char c = html.charAt(i);
      if (c != '<') {
        raw.append(c);
        i++;
        continue;
      }
      int end = tagEnd(html, i);
      if (end < 0) {
        // A lone '<' (sanitised HTML escapes it; kept as text as a parser would).
        raw.append(c);
        i++;
        continue;
      }
      if (separates(tagName(html, i + 1, end))) {
        raw.append(' ');
      }
      i = end + 1;
    }
    String decoded =
        raw.indexOf("&") >= 0 ? Parser.unescapeEntities(raw.toString(), false) : raw.toString();
    return collapse(decoded);
  }

  /** A block element or a line break, as jsoup's own list of tags has them. */
  private static boolean separates(String name) {
    return name.equals("br") || (Tag.isKnownTag(name) && Tag.valueOf(name).isBlock());
  }

  /** Where the tag opened at {@code start} ends (its '>' outside quotes), or -1 if not a tag. */
  private static int tagEnd(String html, int start) {
    int i = start + 1;
    if (i >= html.length()) {
      return -1;
    }
    char first = html.charAt(i);
    if (!(Character.isLetter(first) || first == '/' || first == '!')) {
      return -1;
    }
    char quote = 0;
    for (; i < html.length(); i++) {
      char c = html.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '>') {
        return i;
      }
    }
    return -1;
  }

  private static String tagName(String html, int from, int end) {
    int i = from;
    if (i < end && html.charAt(i) == '/') {
      i++;
    }
    int start = i;
    while (i < end && Character.isLetterOrDigit(html.charAt(i))) {
      i++;
    }
    return html.substring(start, i).toLowerCase(java.util.Locale.ROOT);
  }

  private static String collapse(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u00a0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
