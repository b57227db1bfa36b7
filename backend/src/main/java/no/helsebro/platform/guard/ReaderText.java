package no.helsebro.platform.guard;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * A text as a reader sees it, for the patient-data guard, with the place in the original text of
 * every character: character references decoded ({@code &#50;} is 2, {@code &nbsp;} a space),
 * compatibility forms folded by NFKC (full-width digits, no-break spaces), digits of any script as
 * ASCII digits, dashes and spaces of every kind as {@code -} and a space, and characters that show
 * nothing removed: invisible format characters (zero-width space, soft hyphen, joiners, direction
 * marks) and Markdown's inline markers and escapes ({@code * _ ~ ` \}).
 */
final class ReaderText {

  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?");

  /** What a Markdown construct that splits digits in the source needs: links, code, HTML. */
  private static final Pattern MARKDOWN_HIDING = Pattern.compile("[\\[\\]<>`]");

  private static final Parser MARKDOWN =
      Parser.builder()
          .extensions(
              java.util.List.of(
                  TablesExtension.create(),
                  StrikethroughExtension.create(),
                  AutolinkExtension.create()))
          .build();
  private static final HtmlRenderer HTML =
      HtmlRenderer.builder().escapeHtml(true).softbreak("\n").build();

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private ReaderText(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  String text() {
    return text;
  }

  static boolean mayHideInMarkdown(String source) {
    return MARKDOWN_HIDING.matcher(source).find();
  }

  /** The text of the Markdown as a browser shows it once rendered: link texts, not addresses. */
  static String renderedMarkdown(String markdown) {
    return Jsoup.parseBodyFragment(HTML.render(MARKDOWN.parse(markdown))).text();
  }

  static ReaderText of(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int[] starts = new int[source.length() + 8];
    int[] ends = new int[source.length() + 8];
    int n = 0;
    Matcher reference = REFERENCE.matcher(source);
    int i = 0;
    while (i < source.length()) {
      int from = i;
      int cp;
      String decoded = null;
      if (source.charAt(i) == '&') {
        reference.region(i, source.length());
        if (reference.lookingAt()) {
          decoded = decode(reference);
        }
      }
      if (decoded != null && !decoded.isEmpty()) {
        cp = decoded.codePointAt(0);
        i = reference.end();
      } else {
        cp = source.codePointAt(i);
        i += Character.charCount(cp);
      }
      if (isInvisible(cp)) {
        continue;
      }
      String folded = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
      for (int k = 0; k < folded.length(); k++) {
        char c = fold(folded.charAt(k));
        if (n >= starts.length) {
          starts = Arrays.copyOf(starts, starts.length * 2);
          ends = Arrays.copyOf(ends, ends.length * 2);
        }
        out.append(c);
        starts[n] = from;
        ends[n] = i;
        n++;
      }
    }
    return new ReaderText(out.toString(), starts, ends);
  }

  /** Where characters {@code from} (inclusive) to {@code to} (exclusive) came from. */
  PatientDataGuard.Match source(int from, int to) {
    return new PatientDataGuard.Match(starts[from], ends[to - 1]);
  }

  /**
   * Where in this text the 11 digits of a number found elsewhere (its rendered form) stand one
   * after the other, with nothing but non-digits between them.
   */
  Optional<PatientDataGuard.Match> locate(String number) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) != number.charAt(0) || (i > 0 && isDigit(text.charAt(i - 1)))) {
        continue;
      }
      int k = 1;
      int j = i + 1;
      while (j < text.length() && k < number.length()) {
        char c = text.charAt(j);
        if (isDigit(c)) {
          if (c != number.charAt(k)) {
            break;
          }
          k++;
        }
        j++;
      }
      if (k == number.length()) {
        return Optional.of(source(i, j));
      }
    }
    return Optional.empty();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String decode(Matcher reference) {
    try {
      if (reference.group(1) != null) {
        int cp = Integer.parseInt(reference.group(1));
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
      }
      if (reference.group(2) != null) {
        int cp = Integer.parseInt(reference.group(2), 16);
        return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
      }
      String named = Entities.getByName(reference.group(3));
      return named == null || named.isEmpty() ? null : named;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Characters that show nothing between two digits. */
  private static boolean isInvisible(int cp) {
    return Character.getType(cp) == Character.FORMAT
        || cp == '*'
        || cp == '_'
        || cp == '~'
        || cp == '`'
        || cp == '\\'
        || cp == 0x034F // combining grapheme joiner
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || cp == 0x115F
        || cp == 0x1160
        || cp == 0x3164
        || cp == 0xFFA0; // Hangul fillers
  }

  /** Digits of any script as ASCII digits; every kind of space and dash as one. */
  private static char fold(char c) {
    if (c >= '0' && c <= '9') {
      return c;
    }
    if (Character.isDigit(c)) {
      return (char) ('0' + Character.digit(c, 10));
    }
    if (c == '\t' || Character.getType(c) == Character.SPACE_SEPARATOR) {
      return ' ';
    }
    if (Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212') {
      return '-';
    }
    return c;
  }
}
