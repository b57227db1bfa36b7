package no.helsebro.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.Locale;
import no.helsebro.platform.errors.ApiException;
import no.helsebro.platform.errors.Problem;

/**
 * Cross-site request protection for the calls that the refresh cookie authenticates (everything
 * under {@code /api/v1/auth}). Besides the cookie's SameSite=Strict, a state-changing call must
 * carry the header {@code X-Helsebro-Csrf: 1} — a custom header no cross-site form can send and no
 * cross-site script can add without a CORS permission Helsebro never grants — and, when the browser
 * names an {@code Origin}, it must be Helsebro's own.
 */
@ServerFilter("/api/v1/auth/**")
class CsrfFilter {

  static final String HEADER = "X-Helsebro-Csrf";

  /** The header as the OpenAPI document describes it on every operation that needs it. */
  static final String DOCUMENTED =
      "Cross-site request protection: must be 1. A cross-site form cannot send it, and no other"
          + " site may add it from a script.";

  private final @Nullable String baseOrigin;

  CsrfFilter(@Value("${helsebro.base-url}") String baseUrl) {
    this.baseOrigin = origin(baseUrl);
  }

  @RequestFilter
  @Nullable
  MutableHttpResponse<?> check(HttpRequest<?> request) {
    HttpMethod method = request.getMethod();
    if (method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS) {
      return null;
    }
    if (!"1".equals(request.getHeaders().get(HEADER))) {
      return refuse("The request lacks the " + HEADER + " header");
    }
    String origin = request.getHeaders().get(HttpHeaders.ORIGIN);
    if (origin != null && !origin.equalsIgnoreCase(baseOrigin) && !sameHost(origin, request)) {
      return refuse("The request comes from another site");
    }
    return null;
  }

  private static boolean sameHost(String origin, HttpRequest<?> request) {
    String host = request.getHeaders().get(HttpHeaders.HOST);
    String originHost = authority(origin);
    return host != null && originHost != null && originHost.equalsIgnoreCase(host);
  }

  private static MutableHttpResponse<?> refuse(String detail) {
    Problem problem = ApiException.forbidden("csrf", detail).toProblem();
    return HttpResponse.status(HttpStatus.FORBIDDEN)
        .contentType("application/problem+json")
        .body(problem);
  }

  private static @Nullable String origin(String url) {
    try {
      URI uri = URI.create(url);
      String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
      return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost() + port;
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static @Nullable String authority(String url) {
    try {
      return URI.create(url).getRawAuthority();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
