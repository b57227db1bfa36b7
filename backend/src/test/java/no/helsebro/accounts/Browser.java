package no.helsebro.accounts;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

/**
 * A browser on a machine of its own, for tests of throttles and locks: it keeps its cookies like a
 * browser, and its requests come through a trusted proxy (the test context trusts loopback) that
 * names a documentation address (2001:db8::/32) as the client.
 */
final class Browser {

  /** An answer: status and problem or body. */
  record Answer(int status, Map<String, Object> body) {
    String code() {
      return (String) body.get("code");
    }
  }

  private final HttpClient http;
  private final String address;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  Browser(HttpClient http) {
    this.http = http;
    ThreadLocalRandom r = ThreadLocalRandom.current();
    this.address =
        "2001:db8:"
            + Integer.toHexString(r.nextInt(1, 0xffff))
            + "::"
            + Integer.toHexString(r.nextInt(1, 0xffff));
  }

  boolean hasCookie(String name) {
    return cookies.containsKey(name);
  }

  String cookie(String name) {
    return cookies.get(name);
  }

  void setCookie(String name, String value) {
    cookies.put(name, value);
  }

  Answer signIn(String email, String password) {
    return signIn(email, password, null);
  }

  Answer signIn(String email, String password, String code) {
    Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", password));
    if (code != null) {
      body.put("code", code);
    }
    return post("/api/v1/auth/sign-in", body);
  }

  Answer resetPassword(String token, String password) {
    return post(
        "/api/v1/auth/password-resets/confirmations", Map.of("token", token, "password", password));
  }

  Answer post(String path, Object body) {
    MutableHttpRequest<Object> request =
        HttpRequest.POST(path, body)
            .header(CsrfFilter.HEADER, "1")
            .header("X-Forwarded-For", address);
    if (!cookies.isEmpty()) {
      request.header(
          "Cookie",
          cookies.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    HttpResponse<?> response;
    try {
      response = http.toBlocking().exchange(request, Argument.mapOf(String.class, Object.class));
    } catch (HttpClientResponseException e) {
      response = e.getResponse();
    }
    for (String c : response.getHeaders().getAll("Set-Cookie")) {
      String pair = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';'));
      String name = pair.substring(0, pair.indexOf('='));
      String value = pair.substring(pair.indexOf('=') + 1);
      if (value.isEmpty()) {
        cookies.remove(name);
      } else {
        cookies.put(name, value);
      }
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> answer =
        (Map<String, Object>)
            response.getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of());
    return new Answer(response.getStatus().getCode(), answer);
  }
}
