package no.helsebro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@MicronautTest
class SpaServingTest {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject ResourceResolver resources;

  BlockingHttpClient client() {
    return http.toBlocking();
  }

  @Test
  void theRootServesTheAppShellThatIsNeverCached() {
    HttpResponse<String> response =
        client().exchange(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE), String.class);

    assertThat(response.status().getCode()).isEqualTo(HttpStatus.OK.getCode());
    assertThat(response.body()).contains("<div id=\"root\">");
    // The header bar a slow phone draws before the app's code has come (ADR 0022).
    assertThat(response.body()).contains("<a href=\"/\" class=\"hb-logo\">");
    assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  void anUnknownClientRouteAskedForAsAPageFallsBackToTheAppShell() {
    HttpResponse<String> response =
        client()
            .exchange(
                HttpRequest.GET("/forum/topics/42").accept(MediaType.TEXT_HTML_TYPE), String.class);

    assertThat(response.status().getCode()).isEqualTo(HttpStatus.OK.getCode());
    assertThat(response.body()).contains("<div id=\"root\">");
    assertThat(response.header("Cache-Control")).isEqualTo("no-cache");
  }

  @Test
  void hashedAssetsAreCachedAsImmutable() throws IOException {
    String asset = firstScriptOfIndexHtml();

    HttpResponse<String> response = client().exchange(HttpRequest.GET(asset), String.class);

    assertThat(response.status().getCode()).isEqualTo(HttpStatus.OK.getCode());
    assertThat(response.header("Cache-Control")).isEqualTo("public, max-age=31536000, immutable");
  }

  @Test
  void aMissingAssetIsAProblemJsonNotFoundNotTheAppShell() {
    HttpClientResponseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () ->
                client()
                    .exchange(
                        HttpRequest.GET("/assets/missing-abc123.js")
                            .accept(MediaType.TEXT_HTML_TYPE),
                        String.class));

    assertThat(e.getStatus().getCode()).isEqualTo(HttpStatus.NOT_FOUND.getCode());
    assertThat(e.getResponse().getContentType().map(MediaType::toString))
        .hasValue("application/problem+json");
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    HttpResponse<String> response =
        client().exchange(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE), String.class);

    String csp = response.header("Content-Security-Policy");
    assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'");
    assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(response.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
  }

  @Test
  void thePolicyAllowsIndexHtmlsOwnInlineScriptByItsHashAndNoOther() throws Exception {
    String html;
    try (InputStream in =
        resources.getResourceAsStream("classpath:public/index.html").orElseThrow()) {
      html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    // Scripts without src that a browser runs (the first-load list is JSON data, not script).
    Matcher inline =
        Pattern.compile(
                "<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>",
                Pattern.DOTALL)
            .matcher(html);
    List<String> hashes = new ArrayList<>();
    while (inline.find()) {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(inline.group(1).getBytes(StandardCharsets.UTF_8));
      hashes.add("'sha256-" + Base64.getEncoder().encodeToString(digest) + "'");
    }
    String csp =
        client()
            .exchange(HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE), String.class)
            .header("Content-Security-Policy");

    assertThat(hashes).containsExactly(SecurityHeadersFilter.INDEX_HTML_SCRIPT);
    String scriptSrc =
        Arrays.stream(csp.split(";"))
            .map(String::trim)
            .filter(d -> d.startsWith("script-src "))
            .findFirst()
            .orElseThrow();
    assertThat(scriptSrc).isEqualTo("script-src 'self' " + hashes.get(0));
  }

  @Test
  void theGeneratedApiDocumentAndItsBrowserAreServed() {
    String document = client().retrieve(HttpRequest.GET("/swagger/helsebro-api.yml"), String.class);
    HttpResponse<String> browser =
        client().exchange(HttpRequest.GET("/swagger-ui/index.html"), String.class);

    assertThat(document).contains("title: Helsebro API").contains("/api/v1/meta");
    assertThat(browser.status().getCode()).isEqualTo(HttpStatus.OK.getCode());
    assertThat(browser.body()).containsIgnoringCase("swagger");
  }

  private String firstScriptOfIndexHtml() throws IOException {
    try (InputStream in =
        resources.getResourceAsStream("classpath:public/index.html").orElseThrow()) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
      assertThat(m.find()).as("index.html names a hashed script").isTrue();
      return m.group(1);
    }
  }
}
