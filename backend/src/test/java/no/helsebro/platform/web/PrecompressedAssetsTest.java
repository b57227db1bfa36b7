package no.helsebro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The build's brotli copies of the app's scripts and styles (vite.config.ts precompressAssets) are
 * what a browser that accepts brotli gets; every other browser gets the file as before. The build
 * itself checks that each copy unpacks to its file (frontend/scripts/bundle-budget.mjs).
 */
@MicronautTest
class PrecompressedAssetsTest {

  @Inject EmbeddedServer server;
  @Inject ResourceResolver resources;

  /** Java's client, which sends only the Accept-Encoding it is given and unpacks nothing. */
  private final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> get(String path, String acceptEncoding)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.getURL() + path));
    if (acceptEncoding != null) {
      request.header("Accept-Encoding", acceptEncoding);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void aBrowserThatAcceptsBrotliGetsTheBuildsCopyOfTheEntryWithTheAssetsHeaders() throws Exception {
    String entry = firstScriptOfIndexHtml();

    HttpResponse<byte[]> response = get(entry, "gzip, deflate, br, zstd");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
    assertThat(response.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/javascript");
    assertThat(response.body()).isEqualTo(classpath("public" + entry + ".br"));
    // The same headers as every asset: cached for good, under the app's policy.
    assertThat(response.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(response.headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(csp -> assertThat(csp).contains("script-src 'self'"));
  }

  @Test
  void theStyleSheetToo() throws Exception {
    String sheet = firstStyleSheetOfIndexHtml();

    HttpResponse<byte[]> response = get(sheet, "br");

    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("br");
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/css");
    assertThat(response.body()).isEqualTo(classpath("public" + sheet + ".br"));
  }

  @Test
  void aBrowserWithoutBrotliGetsTheFileGzippedOrPlain() throws Exception {
    String entry = firstScriptOfIndexHtml();
    byte[] plain = classpath("public" + entry);

    HttpResponse<byte[]> gzipped = get(entry, "gzip");
    HttpResponse<byte[]> refused = get(entry, "gzip, br;q=0");
    HttpResponse<byte[]> none = get(entry, null);

    assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(gzipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain);
    }
    assertThat(refused.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(none.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(none.body()).isEqualTo(plain);
  }

  @Test
  void onlyAnAssetsOwnCopyIsEverSent() throws Exception {
    // No such asset: the static files answer (404), not a copy of something else.
    assertThat(get("/assets/missing-abc123.js", "br").statusCode()).isEqualTo(404);
    // A copy is never asked for by its own name, and names with a path are not looked up.
    String entry = firstScriptOfIndexHtml();
    HttpResponse<byte[]> copyByName = get(entry + ".br", "br");
    assertThat(copyByName.headers().firstValue("Content-Encoding")).isNotEqualTo(Optional.of("br"));
    assertThat(get("/assets/..%2Findex.html", "br").headers().firstValue("Content-Encoding"))
        .isEmpty();
  }

  @Test
  void brotliIsAcceptedWhenNamedWithAWeightAboveZero() {
    assertThat(PrecompressedAssetsFilter.acceptsBrotli(List.of("gzip, deflate, br, zstd")))
        .isTrue();
    assertThat(PrecompressedAssetsFilter.acceptsBrotli(List.of("BR;q=0.5"))).isTrue();
    assertThat(PrecompressedAssetsFilter.acceptsBrotli(List.of("gzip", "br"))).isTrue();
    assertThat(PrecompressedAssetsFilter.acceptsBrotli(List.of("gzip, br;q=0"))).isFalse();
    assertThat(PrecompressedAssetsFilter.acceptsBrotli(List.of("br;q=0.0"))).isFalse();
    assertThat(PrecompressedAssetsFilter.acceptsBrotli(List.of("br;q=x"))).isFalse();
    assertThat(PrecompressedAssetsFilter.acceptsBrotli(List.of("gzip, brotli"))).isFalse();
    assertThat(PrecompressedAssetsFilter.acceptsBrotli(List.of())).isFalse();
  }

  private byte[] classpath(String location) throws IOException {
    try (InputStream in = resources.getResourceAsStream("classpath:" + location).orElseThrow()) {
      return in.readAllBytes();
    }
  }

  private String firstScriptOfIndexHtml() throws IOException {
    return firstOfIndexHtml("src=\"(/assets/index-[^\"]+\\.js)\"");
  }

  private String firstStyleSheetOfIndexHtml() throws IOException {
    return firstOfIndexHtml("href=\"(/assets/index-[^\"]+\\.css)\"");
  }

  private String firstOfIndexHtml(String pattern) throws IOException {
    String html = new String(classpath("public/index.html"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile(pattern).matcher(html);
    assertThat(m.find()).as("index.html names %s", pattern).isTrue();
    return m.group(1);
  }
}
