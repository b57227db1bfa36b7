package no.helsebro.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Random;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

class InnerHyphenFilterTest {

  private static final Pattern INNER_HYPHEN = Pattern.compile("(?<=\\p{L})[-‐‑](?=\\p{L})");

  @Test
  void dropsHyphensBetweenLettersOnly() throws IOException {
    assertThat(read(new InnerHyphenFilter(new StringReader("e-resept, 2-3 og -ikke- DIPS‐Arena"))))
        .isEqualTo("eresept, 2-3 og -ikke- DIPSArena");
    assertThat(read(new InnerHyphenFilter(new StringReader("a-b-c")))).isEqualTo("abc");
  }

  /** The same text and the same offsets as the regular expression it replaces, on any text. */
  @Test
  void sameTextAndOffsetsAsThePatternFilter() throws IOException {
    Random random = new Random(7);
    String alphabet = "ab-‐‑ 1æ.\n𝒜";
    for (int round = 0; round < 5000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(30);
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(
            alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(11))));
      }
      String s = text.toString();
      CharFilter ours = new InnerHyphenFilter(new StringReader(s));
      CharFilter pattern = new PatternReplaceCharFilter(INNER_HYPHEN, "", new StringReader(s));
      String out = read(ours);
      assertThat(esc(out)).as("text of %s", esc(s)).isEqualTo(esc(read(pattern)));
      for (int off = 0; off <= out.length(); off++) {
        assertThat(ours.correctOffset(off))
            .as("offset %d of %s", off, s)
            .isEqualTo(pattern.correctOffset(off));
      }
    }
  }

  private static String read(CharFilter filter) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] buffer = new char[7];
    for (int n = filter.read(buffer, 0, buffer.length);
        n > 0;
        n = filter.read(buffer, 0, buffer.length)) {
      out.append(buffer, 0, n);
    }
    return out.toString();
  }

  private static String esc(String s) {
    StringBuilder b = new StringBuilder();
    s.codePoints()
        .forEach(
            c ->
                b.append(
                    c < 128 && c >= 32 ? Character.toString(c) : "\\u" + Integer.toHexString(c)));
    return b.toString();
  }
}
