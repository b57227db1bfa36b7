package no.helsebro.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helsebro.testing.TestMembers;
import org.junit.jupiter.api.Test;

/**
 * Every kind of response carries the same security headers: pages, API answers, static files, the
 * security layer's own 401 and 403, not-found answers of both kinds, and the API browser. Only the
 * Swagger UI's own files get the relaxed script policy they need.
 */
@MicronautTest
class SecurityHeadersTest {

  static final String HSTS = "max-age=31536000; includeSubDomains";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;
  @Inject ResourceResolver resources;

  @Test
  void everyKindOfResponseCarriesTheSameSecurityHeaders() throws IOException {
    String advisor = members.advisor().token();
    Map<String, Supplier<MutableHttpRequest<?>>> kinds = new LinkedHashMap<>();
    kinds.put("page /", () -> HttpRequest.GET("/").accept(MediaType.TEXT_HTML_TYPE));
    kinds.put("client route", () -> HttpRequest.GET("/forum").accept(MediaType.TEXT_HTML_TYPE));
    kinds.put("api 200", () -> HttpRequest.GET("/api/v1/meta"));
    kinds.put("static asset", () -> HttpRequest.GET(firstScript()));
    kinds.put("health", () -> HttpRequest.GET("/health"));
    kinds.put("api 401", () -> HttpRequest.GET("/api/v1/me"));
    kinds.put("api 401 bad token", () -> HttpRequest.GET("/api/v1/me").bearerAuth("not.a.token"));
    kinds.put("api 403", () -> HttpRequest.GET("/api/v1/moderation/queue").bearerAuth(advisor));
    kinds.put("api 404", () -> HttpRequest.GET("/api/v1/topics/999999999").bearerAuth(advisor));
    kinds.put("asset 404", () -> HttpRequest.GET("/assets/missing-abc123.js"));
    kinds.put(
        "api 400",
        () ->
            HttpRequest.POST("/api/v1/auth/sign-in", "{")
                .header("X-Helsebro-Csrf", "1")
                .contentType(MediaType.APPLICATION_JSON));
    kinds.put("write outside api 401", () -> HttpRequest.POST("/about", "x"));
    kinds.put("swagger-ui file", () -> HttpRequest.GET("/swagger-ui/index.html"));
    kinds.put("api document", () -> HttpRequest.GET("/swagger/helsebro-api.yml"));
    // Refused by the server before any filter runs (request line or headers too long).
    kinds.put(
        "request line too long",
        () -> HttpRequest.GET("/api/v1/topics?tag=" + "x".repeat(10_000)).bearerAuth(advisor));
    kinds.put(
        "headers too large",
        () -> HttpRequest.GET("/api/v1/meta").header("X-Long", "y".repeat(20_000)));

    for (var kind : kinds.entrySet()) {
      HttpResponse<?> response = exchange(kind.getValue().get());
      assertThat(response.header("Strict-Transport-Security")).as(kind.getKey()).isEqualTo(HSTS);
      assertThat(response.header("Content-Security-Policy"))
          .as(kind.getKey())
          .contains("default-src 'self'")
          .contains("frame-ancestors 'none'")
          .contains("object-src 'none'");
      assertThat(response.header("X-Content-Type-Options")).as(kind.getKey()).isEqualTo("nosniff");
      assertThat(response.header("X-Frame-Options")).as(kind.getKey()).isEqualTo("DENY");
      assertThat(response.header("Referrer-Policy"))
          .as(kind.getKey())
          .isEqualTo("strict-origin-when-cross-origin");
      assertThat(response.header("Cross-Origin-Opener-Policy"))
          .as(kind.getKey())
          .isEqualTo("same-origin");
      assertThat(response.header("Permissions-Policy")).as(kind.getKey()).contains("camera=()");
      if (!kind.getKey().equals("swagger-ui file")) {
        assertThat(response.header("Content-Security-Policy"))
            .as(kind.getKey())
            .doesNotContain("unsafe-inline");
      }
    }
  }

  @Test
  void onlyTheSwaggerUiFilesGetTheRelaxedScriptPolicy() {
    HttpResponse<?> ui = exchange(HttpRequest.GET("/swagger-ui/index.html"));
    assertThat(ui.status().getCode()).isEqualTo(200);
    assertThat(ui.header("Content-Security-Policy")).contains("'unsafe-inline'");

    HttpResponse<?> route =
        exchange(HttpRequest.GET("/swagger-ui/some/page").accept(MediaType.TEXT_HTML_TYPE));
    assertThat(route.header("Content-Security-Policy")).doesNotContain("unsafe-inline");
    assertThat(route.getBody(String.class).orElse(""))
        .as("a page route under /swagger-ui/ is not the app shell")
        .doesNotContain("<div id=\"root\">");
    assertThat(route.status().getCode()).isEqualTo(404);
  }

  private HttpResponse<?> exchange(MutableHttpRequest<?> request) {
    try {
      return http.toBlocking().exchange(request, String.class);
    } catch (HttpClientResponseException e) {
      return e.getResponse();
    }
  }

  private String firstScript() {
    try (InputStream in =
        resources.getResourceAsStream("classpath:public/index.html").orElseThrow()) {
      String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Matcher m = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(html);
      assertThat(m.find()).isTrue();
      return m.group(1);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
