package no.helsebro.accounts;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The refresh-token cookie: HttpOnly (no script can read it), Secure, SameSite=Strict and sent only
 * to {@link #PATH}, so ordinary API calls never carry it.
 */
@Singleton
class RefreshCookie {

  static final String NAME = "helsebro_refresh";
  static final String PATH = "/api/v1/auth";

  private final AuthConfiguration config;

  RefreshCookie(AuthConfiguration config) {
    this.config = config;
  }

  Optional<String> read(HttpRequest<?> request) {
    return request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(v -> !v.isBlank());
  }

  <T> MutableHttpResponse<T> set(MutableHttpResponse<T> response, String token) {
    return response.cookie(cookie(token, config.getRefreshTokenTtl()));
  }

  <T> MutableHttpResponse<T> clear(MutableHttpResponse<T> response) {
    return response.cookie(cookie("", Duration.ZERO));
  }

  private Cookie cookie(String value, Duration maxAge) {
    return Cookie.of(NAME, value)
        .httpOnly(true)
        .secure(config.isSecureCookie())
        .sameSite(SameSite.Strict)
        .path(PATH)
        .maxAge(maxAge);
  }
}
