package no.helsebro.platform.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

  @Test
  void commonMarkBecomesHtml() {
    String html = MarkdownRenderer.render("**fet** og *kursiv*\n\n- en\n- to").html();

    assertThat(html).contains("<strong>fet</strong>", "<em>kursiv</em>", "<ul>", "<li>en</li>");
  }

  @Test
  void rawHtmlIsShownAsTextNotRun() {
    String html = MarkdownRenderer.render("<script>alert(1)</script> <b onclick=x>hei</b>").html();

    assertThat(html).doesNotContain("<script", "<b ", "onclick=\"").contains("&lt;script&gt;");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "[klikk](javascript:alert(1))",
        "[klikk](JaVaScRiPt:alert(1))",
        "[klikk](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[klikk](vbscript:msgbox(1))",
        "<javascript:alert(1)>"
      })
  void dangerousLinkProtocolsAreDropped(String markdown) {
    String html = MarkdownRenderer.render(markdown).html();

    assertThat(html.toLowerCase())
        .doesNotContain("href=\"javascript:", "href=\"data:", "href=\"vbscript:", "href=\"\"");
  }

  @Test
  void imagesBecomeLinksSoNothingRemoteIsLoaded() {
    String html = MarkdownRenderer.render("![skjermbilde](https://example.com/a.png)").html();

    assertThat(html)
        .doesNotContain("<img")
        .contains("<a href=\"https://example.com/a.png\"")
        .contains(">skjermbilde</a>");
  }

  @Test
  void linksAreMarkedAsUserContentAndCounted() {
    MarkdownRenderer.Rendered r =
        MarkdownRenderer.render("Se https://www.nhn.no og [ehelse](https://www.ehelse.no).");

    assertThat(r.html()).contains("rel=\"nofollow noopener noreferrer ugc\"");
    assertThat(r.linkCount()).isEqualTo(2);
  }

  @Test
  void everyLinkToAnotherSiteCountsWhateverItsSpelling() {
    // Issue 9 item 11: protocol-relative, upper-case and backslashed addresses lead elsewhere too.
    String[] elsewhere = {
      "[x](//spam.example/x)",
      "[x](HTTPS://spam.example/x)",
      "[x](Http://spam.example/x)",
      "<HTTPS://spam.example/x>",
      "[x](/\\spam.example/x)",
      "[x](\\\\\\\\spam.example/x)", // two backslashes in the address
      "[x](https:spam.example/x)",
      "[x](  https://spam.example/x)",
      "www.spam.example"
    };
    for (String markdown : elsewhere) {
      assertThat(MarkdownRenderer.render(markdown).linkCount()).as(markdown).isEqualTo(1);
    }
  }

  @Test
  void linksWithinHelsebroAndMailAreNotCounted() {
    MarkdownRenderer.Rendered r =
        MarkdownRenderer.render(
            "[tråd](/forum/t/12), [kari](mailto:kari@ahus.no), [@Kari](/members/4), [rel](t/12)");

    assertThat(r.linkCount()).isZero();
  }

  @Test
  void headingsMoveBelowThePagesOwnHeadings() {
    String html = MarkdownRenderer.render("# Tittel\n\n## Under").html();

    assertThat(html).contains("<h3>Tittel</h3>", "<h4>Under</h4>").doesNotContain("<h1", "<h2");
  }

  @Test
  void aLinkToAMemberWithAnAtIsAMention() {
    MarkdownRenderer.Rendered r = MarkdownRenderer.render("Hei [@Kari Nordmann](/members/42)!");

    assertThat(r.mentionedMemberIds()).containsExactly(42L);
    assertThat(r.html()).contains("class=\"hb-mention\"", "href=\"/members/42\"");
    assertThat(r.linkCount()).isZero();
  }

  @Test
  void bidiOverrideCharactersAreRemoved() {
    String html = MarkdownRenderer.render("fil\u202Egpj.exe").html();

    assertThat(html).doesNotContain("\u202E").contains("filgpj.exe");
  }

  @Test
  void tablesAndStrikethroughAreSupported() {
    String html = MarkdownRenderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n~~gammelt~~").html();

    assertThat(html).contains("<table>", "<td>1</td>", "<del>gammelt</del>");
  }

  @Test
  void plainTextCutsAtAWordBoundary() {
    assertThat(MarkdownRenderer.plainText("<p>en to tre fire fem</p>", 12)).isEqualTo("en to tre…");
  }
}
