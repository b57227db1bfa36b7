package no.helsebro.search.analysis;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * Drops a hyphen between two letters ("e-resept" reads "eresept"), keeping the offsets of what
 * follows true to the original text for the highlighter. It does what a {@code
 * PatternReplaceCharFilter} of {@code (?<=\p{L})[-‐‑](?=\p{L})} did, in one pass over the text: the
 * regular expression's look-behind at every character took 40 % of the indexer's CPU
 * (bench/results/search.md, "The indexer under a reply stream").
 */
final class InnerHyphenFilter extends BaseCharFilter {

  private Reader transformed;

  InnerHyphenFilter(Reader in) {
    super(in);
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (transformed == null) {
      fill();
    }
    return transformed.read(cbuf, off, len);
  }

  @Override
  public int read() throws IOException {
    if (transformed == null) {
      fill();
    }
    return transformed.read();
  }

  @Override
  protected int correct(int currentOff) {
    return Math.max(0, super.correct(currentOff));
  }

  private void fill() throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[1024];
    for (int n = input.read(buffer); n > 0; n = input.read(buffer)) {
      text.append(buffer, 0, n);
    }
    transformed = new StringReader(dropInnerHyphens(text));
  }

  private String dropInnerHyphens(CharSequence text) {
    StringBuilder out = null;
    int dropped = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (isHyphen(c)
          && i > 0
          && i + 1 < length
          // As the expression's look-behind did: the one char before (a letter outside the BMP is
          // not seen as one), so indexes built before read the same.
          && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(Character.codePointAt(text, i + 1))) {
        if (out == null) {
          out = new StringBuilder(length);
          out.append(text, 0, i);
        }
        dropped++;
        addOffCorrectMap(out.length(), dropped);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text.toString() : out.toString();
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }
}
