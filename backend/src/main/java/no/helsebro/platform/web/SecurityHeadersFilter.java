package no.helsebro.platform.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.Map;

/**
 * Security and caching headers on every response. The single-page app runs under a Content Security
 * Policy without inline script, but for the one script index.html itself carries, allowed by its
 * hash; user content can therefore never run script even if the sanitiser let something through.
 * The filter runs outside the security filter, so the security layer's own 401 and 403 answers
 * carry the same headers as everything else.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class SecurityHeadersFilter implements Ordered {

  static final String HSTS = "max-age=31536000; includeSubDomains";

  /** The headers every answer carries whatever it is (besides the policy and HSTS). */
  static final Map<String, String> ALWAYS =
      Map.of(
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin",
          "X-Frame-Options", "DENY",
          "Cross-Origin-Opener-Policy", "same-origin",
          "Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");

  private final boolean hsts;

  SecurityHeadersFilter(WebConfiguration config) {
    this.hsts = config.isHsts();
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }

  /**
   * The SHA-256 of the one inline script of index.html (frontend/index.html: the first date
   * formatter made while the page's styles and code are still coming, ADR 0030). A changed script
   * gets a new hash here; SpaServingTest fails until it matches the built index.html.
   */
  static final String INDEX_HTML_SCRIPT = "'sha256-7AuOwbiabeEASw1q48WSBIXQvlTE/uoIrgqhH7l8MDQ='";

  static final String APP_CSP =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' " + INDEX_HTML_SCRIPT,
          "style-src 'self'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");

  /**
   * The generated API browser needs its inline bootstrap script; it shows no user content. Only its
   * own files get this policy: anything else under its path (a page route, a missing file) gets the
   * app's.
   */
  static final String API_DOCS_CSP =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self' 'unsafe-inline'",
          "style-src 'self' 'unsafe-inline'",
          "img-src 'self' data:",
          "object-src 'none'",
          "base-uri 'self'",
          "frame-ancestors 'none'");

  /** The app shell: "/", "/index.html" and client routes (no file extension). */
  private static boolean isPage(String path, MutableHttpResponse<?> response) {
    String type = response.getHeaders().get(HttpHeaders.CONTENT_TYPE);
    String last = path.substring(path.lastIndexOf('/') + 1);
    return (type != null && type.startsWith(MediaType.TEXT_HTML))
        || last.isEmpty()
        || last.endsWith(".html")
        || (!last.contains(".") && !path.startsWith("/health"));
  }

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";

  @ResponseFilter
  void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
    String path = request.getPath();
    HttpHeaders headers = response.getHeaders();
    boolean apiBrowserFile =
        path.startsWith("/swagger-ui/") && response.getStatus().getCode() < 300;
    response.header("Content-Security-Policy", apiBrowserFile ? API_DOCS_CSP : APP_CSP);
    if (hsts) {
      response.header("Strict-Transport-Security", HSTS);
    }
    ALWAYS.forEach(response::header);
    if (path.startsWith("/assets/") && response.getStatus().getCode() < 300) {
      // Vite puts a content hash in every asset name: a changed file gets a new name.
      response.getHeaders().set(HttpHeaders.CACHE_CONTROL, IMMUTABLE);
      response.getHeaders().remove(HttpHeaders.EXPIRES);
    } else if (path.startsWith("/api/")) {
      if (!headers.contains(HttpHeaders.CACHE_CONTROL)) {
        response.header(HttpHeaders.CACHE_CONTROL, "no-store");
      }
    } else if (isPage(path, response)) {
      // index.html names the current asset files: always ask whether it changed.
      response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-cache");
      response.getHeaders().remove(HttpHeaders.EXPIRES);
    }
  }
}
