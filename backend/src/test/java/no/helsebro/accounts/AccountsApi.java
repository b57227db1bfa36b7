package no.helsebro.accounts;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Calls the accounts API as the single-page app does, for tests. */
public final class AccountsApi {

  public static final String PASSWORD = "et langt og eget passord 42";

  private final HttpClient http;

  public AccountsApi(HttpClient http) {
    this.http = http;
  }

  public record Session(String accessToken, String refreshCookie, Map<String, Object> member) {}

  public static String uniqueEmail(String domain) {
    return "m-" + UUID.randomUUID().toString().substring(0, 12) + "@" + domain;
  }

  public static <T> MutableHttpRequest<T> csrf(MutableHttpRequest<T> request) {
    return request.header(CsrfFilter.HEADER, "1");
  }

  public HttpResponse<Map> register(String email, String password, String language) {
    return http.toBlocking()
        .exchange(
            csrf(
                HttpRequest.POST(
                    "/api/v1/auth/registrations",
                    Map.of(
                        "displayName", "Kari Nordmann",
                        "email", email,
                        "password", password,
                        "organisation", "Testsykehuset",
                        "language", language))),
            Map.class);
  }

  /** Registers, confirms by the mailed link and returns the session. */
  public Session registerAndConfirm(String email) {
    register(email, PASSWORD, "nb");
    String token =
        TestMailServer.tokenIn(TestMailServer.waitForMail(email, 1), "/register/confirm");
    return session(confirm(token));
  }

  public HttpResponse<Map> confirm(String token) {
    return http.toBlocking()
        .exchange(
            csrf(HttpRequest.POST("/api/v1/auth/email-confirmations", Map.of("token", token))),
            Map.class);
  }

  public HttpResponse<Map> signIn(String email, String password) {
    return http.toBlocking()
        .exchange(
            csrf(
                HttpRequest.POST(
                    "/api/v1/auth/sign-in", Map.of("email", email, "password", password))),
            Map.class);
  }

  public HttpResponse<Map> refresh(String cookie) {
    return http.toBlocking()
        .exchange(
            csrf(HttpRequest.POST("/api/v1/auth/refresh", "").header("Cookie", cookie)), Map.class);
  }

  public HttpResponse<Map> me(String accessToken) {
    return http.toBlocking()
        .exchange(HttpRequest.GET("/api/v1/me").bearerAuth(accessToken), Map.class);
  }

  /** The status of GET /api/v1/me with this token (200, 401, 403). */
  public int meStatus(String accessToken) {
    try {
      return me(accessToken).getStatus().getCode();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }

  @SuppressWarnings("unchecked")
  public static Session session(HttpResponse<Map> response) {
    Map<String, Object> body = response.body();
    return new Session(
        (String) body.get("accessToken"),
        refreshCookie(response).orElseThrow(),
        (Map<String, Object>) body.get("member"));
  }

  /** "helsebro_refresh=..." from the Set-Cookie header, ready to send back. */
  public static Optional<String> refreshCookie(HttpResponse<?> response) {
    List<String> cookies = response.getHeaders().getAll("Set-Cookie");
    return cookies.stream()
        .filter(c -> c.startsWith(RefreshCookie.NAME + "="))
        .map(c -> c.substring(0, c.indexOf(';')))
        .filter(c -> !c.equals(RefreshCookie.NAME + "="))
        .findFirst();
  }

  public static Map<String, Object> problem(HttpClientResponseException e) {
    return e.getResponse().getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
  }
}
