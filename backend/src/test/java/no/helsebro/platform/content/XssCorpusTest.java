package no.helsebro.platform.content;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every payload of the shared XSS corpus (frontend/e2e/fixtures/xss-payloads.json, also posted in
 * Chromium by e2e/forum-xss.spec.ts) renders to HTML made only of the allow-listed elements, with
 * no event handler, no style and no link to anything but http(s), mailto or this site.
 */
class XssCorpusTest {

  private static final Path CORPUS =
      Path.of("..", "frontend", "e2e", "fixtures", "xss-payloads.json");

  private static final Set<String> ALLOWED_ELEMENTS =
      Set.of(
          "body",
          "p",
          "br",
          "strong",
          "em",
          "del",
          "code",
          "pre",
          "blockquote",
          "ul",
          "ol",
          "li",
          "h3",
          "h4",
          "h5",
          "h6",
          "hr",
          "a",
          "table",
          "thead",
          "tbody",
          "tr",
          "th",
          "td");

  private static final Set<String> ALLOWED_ATTRIBUTES =
      Set.of("href", "title", "rel", "start", "align", "class");

  private static final Pattern SAFE_HREF =
      Pattern.compile("^(https?://|mailto:|/(?!/)|#)[^\\s\\u0000-\\u001f]*$");

  @Serdeable
  record Payload(String category, String payload) {}

  static List<Payload> corpus() throws IOException {
    return ObjectMapper.getDefault()
        .readValue(Files.readAllBytes(CORPUS), Argument.listOf(Payload.class));
  }

  static Stream<String> payloads() throws IOException {
    return corpus().stream().map(Payload::payload);
  }

  @Test
  void theCorpusIsLargeAndCoversEveryKindOfTrick() throws IOException {
    List<Payload> corpus = corpus();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(100);
    assertThat(corpus.stream().map(Payload::category).distinct())
        .contains(
            "script tags",
            "event handlers",
            "javascript: URLs",
            "data: URLs",
            "SVG",
            "CSS",
            "Markdown link tricks",
            "unicode tricks");
  }

  @ParameterizedTest
  @MethodSource("payloads")
  void payloadRendersToHarmlessHtml(String payload) {
    String html = MarkdownRenderer.render(payload).html();

    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      assertThat(ALLOWED_ELEMENTS).as("element in %s", html).contains(e.tagName());
      for (Attribute a : e.attributes()) {
        assertThat(ALLOWED_ATTRIBUTES).as("attribute in %s", html).contains(a.getKey());
        if (a.getKey().equals("href")) {
          assertThat(a.getValue().toLowerCase(Locale.ROOT))
              .as("link in %s", html)
              .matches(SAFE_HREF);
        }
      }
    }
    assertThat(html).doesNotContain("\u202E");
  }
}
