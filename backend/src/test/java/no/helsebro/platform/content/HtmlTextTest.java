package no.helsebro.platform.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  private static final List<String> PIECES =
      List.of(
          "# Overskrift med *vekt*\n\n",
          "Vanlig tekst om e-resept og DIPS Arena. ",
          "**fet**tekst midt i ord",
          "_kursiv_ ",
          "[lenke til veileder](https://helsebro.no/a?b=1&c=2) ",
          "`kode <b> & co`",
          "\n\n```\nblokk\n  med innrykk & <tegn>\n```\n\n",
          "\n- punkt én\n- punkt to\n\n",
          "\n1. først\n2. så\n\n",
          "> sitat fra rutinen\n\n",
          "linje  \nbrudd ",
          "&amp; &lt;ikke tag&gt; &quot;sitat&quot; æøå ÆØÅ ",
          "a < b og c > d ",
          "\n\n---\n\n",
          "~~strøket~~ ",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "ord\u00a0med\u00a0hardt mellomrom ");

  /** The same words as jsoup's text() of the same HTML, for whatever Markdown a member writes. */
  @Test
  void sameWordsAsJsoupOnRenderedMarkdown() {
    Random random = new Random(11);
    for (int round = 0; round < 3000; round++) {
      StringBuilder md = new StringBuilder();
      int pieces = 1 + random.nextInt(8);
      for (int i = 0; i < pieces; i++) {
        md.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String html = MarkdownRenderer.render(md.toString()).html();
      // Words, not spacing: jsoup keeps the line breaks of a code block, which search ignores.
      assertThat(HtmlText.of(html).split(" "))
          .as("text of %s", html)
          .containsExactly(Jsoup.parse(html).text().strip().split("\\s+"));
    }
  }

  @Test
  void blocksAndLineBreaksSeparateWordsInlineElementsDoNot() {
    assertThat(HtmlText.of("<p>en</p><p>to<br>tre</p><ul><li>fi<strong>re</strong></li></ul>"))
        .isEqualTo("en to tre fire");
    assertThat(HtmlText.of("<p>a &amp; b &lt;c&gt; d < e</p>")).isEqualTo("a & b <c> d < e");
  }
}
