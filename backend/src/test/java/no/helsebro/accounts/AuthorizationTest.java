package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.helsebro.testing.TestMembers;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every endpoint of the accounts and profiles modules, with the status each kind of caller gets.
 * Bodies and ids are chosen so that an allowed caller gets a definite answer without depending on
 * other data (e.g. 404 for an id that does not exist), so each cell proves the rule, not luck. Each
 * cell uses a fresh member, because some calls change the caller (sign out everywhere, delete my
 * account).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationTest implements TestPropertyProvider {

  static final long NO_SUCH_ID = 999_999_999L;
  static final String VALID_TERM =
      "{\"kind\":\"SYSTEM\",\"code\":\"no-such\",\"nameNb\":\"x\",\"nameEn\":\"x\"}";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> properties = new java.util.HashMap<>(TestMailServer.properties());
    properties.put("micronaut.http.client.follow-redirects", "false");
    return properties;
  }

  /** Columns: anonymous, pending, advisor, mentor, coordinator, suspended. */
  record Row(HttpMethod method, String path, String body, int[] expected) {}

  static Row row(HttpMethod method, String path, String body, int... expected) {
    return new Row(method, path, body, expected);
  }

  static Stream<Arguments> endpoints() {
    HttpMethod get = HttpMethod.GET;
    HttpMethod post = HttpMethod.POST;
    HttpMethod put = HttpMethod.PUT;
    HttpMethod patch = HttpMethod.PATCH;
    HttpMethod delete = HttpMethod.DELETE;
    String id = Long.toString(NO_SUCH_ID);
    List<Row> rows =
        List.of(
            // Open to everyone: registration, confirmation, sign-in, refresh, sign-out, resets.
            row(post, "/api/v1/auth/registrations", "{}", 400, 400, 400, 400, 400, 400),
            row(
                post,
                "/api/v1/auth/email-confirmations",
                "{\"token\":\"x\"}",
                400,
                400,
                400,
                400,
                400,
                400),
            row(post, "/api/v1/auth/sign-in", "{}", 400, 400, 400, 400, 400, 400),
            row(post, "/api/v1/auth/refresh", "", 204, 204, 204, 204, 204, 204),
            row(post, "/api/v1/auth/sign-out", "", 204, 204, 204, 204, 204, 204),
            row(get, "/api/v1/auth/oidc", "", 200, 200, 200, 200, 200, 200),
            row(get, "/api/v1/auth/oidc/start", "", 302, 302, 302, 302, 302, 302),
            row(get, "/api/v1/auth/oidc/callback", "", 302, 302, 302, 302, 302, 302),
            row(
                post,
                "/api/v1/auth/password-resets",
                "{\"email\":\"nobody@example.org\"}",
                202,
                202,
                202,
                202,
                202,
                202),
            row(
                post,
                "/api/v1/auth/password-resets/confirmations",
                "{\"token\":\"x\",\"password\":\"et passord som er langt nok\"}",
                400,
                400,
                400,
                400,
                400,
                400),
            // Any signed-in member, pending and suspended included.
            row(post, "/api/v1/auth/sign-out-everywhere", "", 401, 204, 204, 204, 204, 204),
            row(get, "/api/v1/me", "", 401, 200, 200, 200, 200, 200),
            row(patch, "/api/v1/me", "{\"language\":\"en\"}", 401, 200, 200, 200, 200, 200),
            row(
                post,
                "/api/v1/me/password",
                "{\"currentPassword\":\"ikke mitt passord\",\"newPassword\":\"et nytt langt passord\"}",
                401,
                400,
                400,
                400,
                400,
                400),
            row(post, "/api/v1/me/two-factor", "", 401, 200, 200, 200, 200, 200),
            row(
                post,
                "/api/v1/me/two-factor/confirmation",
                "{\"code\":\"000000\"}",
                401,
                409,
                409,
                409,
                409,
                409),
            row(
                post,
                "/api/v1/me/two-factor/disable",
                "{\"code\":\"000000\"}",
                401,
                204,
                204,
                204,
                204,
                204),
            row(get, "/api/v1/me/export", "", 401, 200, 200, 200, 200, 200),
            row(delete, "/api/v1/me", "", 401, 204, 204, 204, 204, 204),
            // Coordinators only: accounts, allow-list.
            row(get, "/api/v1/member-accounts", "", 401, 403, 403, 403, 200, 403),
            row(get, "/api/v1/member-accounts/" + id, "", 401, 403, 403, 403, 404, 403),
            row(
                post,
                "/api/v1/member-accounts/" + id + "/approval",
                "",
                401,
                403,
                403,
                403,
                404,
                403),
            row(
                post,
                "/api/v1/member-accounts/" + id + "/rejection",
                "{}",
                401,
                403,
                403,
                403,
                404,
                403),
            row(
                post,
                "/api/v1/member-accounts/" + id + "/suspension",
                "{\"reason\":\"x\"}",
                401,
                403,
                403,
                403,
                404,
                403),
            row(
                delete,
                "/api/v1/member-accounts/" + id + "/suspension",
                "",
                401,
                403,
                403,
                403,
                404,
                403),
            row(
                post,
                "/api/v1/member-accounts/" + id + "/coordinator",
                "",
                401,
                403,
                403,
                403,
                404,
                403),
            row(
                delete,
                "/api/v1/member-accounts/" + id + "/coordinator",
                "",
                401,
                403,
                403,
                403,
                404,
                403),
            row(get, "/api/v1/email-domains", "", 401, 403, 403, 403, 200, 403),
            row(post, "/api/v1/email-domains", "{}", 401, 403, 403, 403, 400, 403),
            row(delete, "/api/v1/email-domains/" + id, "", 401, 403, 403, 403, 404, 403),
            // Profiles: active members read; coordinators edit taxonomies.
            row(get, "/api/v1/taxonomies", "", 401, 403, 200, 200, 200, 403),
            row(post, "/api/v1/taxonomies", "{}", 401, 403, 403, 403, 400, 403),
            row(put, "/api/v1/taxonomies/" + id, VALID_TERM, 401, 403, 403, 403, 404, 403),
            row(get, "/api/v1/members", "", 401, 403, 200, 200, 200, 403),
            row(get, "/api/v1/members/" + id, "", 401, 403, 404, 404, 404, 403),
            row(get, "/api/v1/me/profile", "", 401, 403, 200, 200, 200, 403),
            row(put, "/api/v1/me/profile", "{}", 401, 403, 400, 400, 400, 403));
    String[] callers = {"anonymous", "pending", "advisor", "mentor", "coordinator", "suspended"};
    return rows.stream()
        .flatMap(
            r ->
                Stream.of(0, 1, 2, 3, 4, 5)
                    .map(
                        i ->
                            Arguments.of(
                                r.method(), r.path(), r.body(), callers[i], r.expected()[i])));
  }

  private String tokenFor(String caller) {
    return switch (caller) {
      case "anonymous" -> null;
      case "pending" -> members.pending().token();
      case "advisor" -> members.advisor().token();
      case "mentor" -> members.mentor().token();
      case "coordinator" -> members.coordinator().token();
      case "suspended" -> members.suspended().token();
      default -> throw new IllegalArgumentException(caller);
    };
  }

  @ParameterizedTest(name = "{0} {1} as {3} → {4}")
  @MethodSource("endpoints")
  void eachCallerGetsTheStatusTheRulesGive(
      HttpMethod method, String path, String body, String caller, int expected) {
    MutableHttpRequest<String> request =
        HttpRequest.<String>create(method, path).header(CsrfFilter.HEADER, "1");
    if (!body.isEmpty()) {
      request.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }
    String token = tokenFor(caller);
    if (token != null) {
      request.bearerAuth(token);
    }
    int status;
    try {
      status = http.toBlocking().exchange(request, String.class).getStatus().getCode();
    } catch (HttpClientResponseException e) {
      status = e.getStatus().getCode();
    }
    assertThat(status).as("%s %s as %s", method, path, caller).isEqualTo(expected);
  }

  @Inject io.micronaut.web.router.Router router;

  /** Keeps the table honest: every route of these modules has a row, and every row a route. */
  @org.junit.jupiter.api.Test
  void theTableCoversEveryRouteOfTheAccountsAndProfilesModules() {
    java.util.Set<String> routes = new java.util.TreeSet<>();
    router
        .uriRoutes()
        .filter(
            r -> {
              String pkg = r.getDeclaringType().getPackageName();
              return (pkg.equals("no.helsebro.accounts") || pkg.equals("no.helsebro.profiles"))
                  && r.getHttpMethod() != HttpMethod.HEAD;
            })
        .forEach(r -> routes.add(r.getHttpMethod() + " " + r.getUriMatchTemplate().toString()));
    java.util.Set<String> rows = new java.util.TreeSet<>();
    endpoints()
        .forEach(
            a ->
                rows.add(
                    a.get()[0]
                        + " "
                        + ((String) a.get()[1]).replace(Long.toString(NO_SUCH_ID), "{id}")));
    assertThat(rows).isEqualTo(routes);
  }
}
