package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.csrf;
import static no.helsebro.accounts.AccountsApi.problem;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SessionTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject DataSource dataSource;

  AccountsApi api;

  @Override
  public Map<String, String> getProperties() {
    return TestMailServer.properties();
  }

  @Inject
  void setUp() {
    api = new AccountsApi(http);
  }

  private String activeMember() {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);
    return email;
  }

  private void sql(String statement, Object... args) throws Exception {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement ps = c.prepareStatement(statement)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }

  /** Polls GET /me until it answers the expected status or six seconds pass. */
  private int meStatusWithin6Seconds(String token, int expected) throws InterruptedException {
    long until = System.currentTimeMillis() + 6000;
    int status;
    do {
      status = api.meStatus(token);
      if (status == expected) {
        return status;
      }
      Thread.sleep(200);
    } while (System.currentTimeMillis() < until);
    return status;
  }

  @Test
  void aBurstOfSignInsLargerThanTheConnectionPoolAllSucceed() throws Exception {
    // 40 at once against a pool of 20 connections: passwords are checked outside transactions
    // and queued one per processor, so none waits for a connection or runs the heap out.
    String email = activeMember();
    int n = 40;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(n);
    try {
      java.util.List<java.util.concurrent.Callable<Integer>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        calls.add(() -> api.signIn(email, AccountsApi.PASSWORD).code());
      }
      java.util.List<Integer> codes = new java.util.ArrayList<>();
      for (var f : pool.invokeAll(calls)) {
        codes.add(f.get());
      }
      assertThat(codes).hasSize(n).containsOnly(200);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void signInIssuesAnAccessTokenAndAStrictHttpOnlySecureCookieScopedToTheAuthPath() {
    String email = activeMember();

    HttpResponse<Map> response = api.signIn(email, PASSWORD);

    String setCookie =
        response.getHeaders().getAll("Set-Cookie").stream()
            .filter(c -> c.startsWith("helsebro_refresh="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie)
        .contains("HTTPOnly")
        .contains("Secure")
        .contains("SameSite=Strict")
        .contains("Path=/api/v1/auth");
    assertThat(response.body()).containsKey("accessToken").containsEntry("expiresIn", 600);
    assertThat(response.body().toString()).doesNotContain(setCookie.substring(17, 40));
  }

  @Test
  void theAccessTokenCarriesTheMemberIdAsSubjectAndTheirRoles() throws Exception {
    String email = activeMember();
    AccountsApi.Session session = AccountsApi.session(api.signIn(email, PASSWORD));

    String payload =
        new String(java.util.Base64.getUrlDecoder().decode(session.accessToken().split("\\.")[1]));

    assertThat(payload)
        .contains("\"sub\":\"" + session.member().get("id") + "\"")
        .contains("\"roles\":[\"ADVISOR\"]")
        .contains("\"aud\":\"helsebro-api\"")
        .contains("\"iss\":\"helsebro\"");
  }

  @Test
  void meDescribesTheSignedInMember() {
    String email = activeMember();
    AccountsApi.Session session = AccountsApi.session(api.signIn(email, PASSWORD));

    Map<String, Object> me = api.me(session.accessToken()).body();

    assertThat(me)
        .containsEntry("email", email)
        .containsEntry("displayName", "Kari Nordmann")
        .containsEntry("status", "ACTIVE")
        .containsEntry("roles", List.of("ADVISOR"))
        .containsEntry("language", "nb")
        .containsKey("id");
  }

  @Test
  void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() {
    String email = activeMember();

    HttpClientResponseException wrong =
        assertThrows(
            HttpClientResponseException.class,
            () -> api.signIn(email, "feil passord som er langt"));
    HttpClientResponseException unknown =
        assertThrows(
            HttpClientResponseException.class,
            () -> api.signIn(uniqueEmail("ous-hf.no"), "feil passord som er langt"));

    assertThat(wrong.getStatus().getCode()).isEqualTo(401);
    assertThat(problem(wrong)).isEqualTo(problem(unknown));
  }

  @Test
  void refreshingRotatesTheCookieAndIssuesANewAccessToken() {
    AccountsApi.Session first = AccountsApi.session(api.signIn(activeMember(), PASSWORD));

    AccountsApi.Session second = AccountsApi.session(api.refresh(first.refreshCookie()));

    assertThat(second.refreshCookie()).isNotEqualTo(first.refreshCookie());
    assertThat(api.meStatus(second.accessToken())).isEqualTo(200);
  }

  @Test
  void reusingAnUsedRefreshTokenAfterTheGraceRevokesTheWholeChain() throws Exception {
    AccountsApi.Session first = AccountsApi.session(api.signIn(activeMember(), PASSWORD));
    AccountsApi.Session second = AccountsApi.session(api.refresh(first.refreshCookie()));
    usedSecondsAgo(first.refreshCookie(), 11);

    HttpResponse<Map> replay = api.refresh(first.refreshCookie());
    HttpResponse<Map> afterReplay = api.refresh(second.refreshCookie());

    assertThat(replay.getStatus().getCode()).isEqualTo(204);
    assertThat(afterReplay.getStatus().getCode()).isEqualTo(204);
  }

  @Test
  void aSecondUseWithinTheGraceGetsASuccessorOfItsOwnAndKeepsTheChain() {
    // A second tab, or a retry after the answer was lost on a weak connection.
    AccountsApi.Session first = AccountsApi.session(api.signIn(activeMember(), PASSWORD));
    AccountsApi.Session second = AccountsApi.session(api.refresh(first.refreshCookie()));

    AccountsApi.Session retried = AccountsApi.session(api.refresh(first.refreshCookie()));

    assertThat(retried.refreshCookie()).isNotIn(first.refreshCookie(), second.refreshCookie());
    assertThat(api.meStatus(retried.accessToken())).isEqualTo(200);
    assertThat(api.refresh(second.refreshCookie()).getStatus().getCode()).isEqualTo(200);
    assertThat(api.refresh(retried.refreshCookie()).getStatus().getCode()).isEqualTo(200);
  }

  @Test
  void tabsRefreshingWithOneCookieAtTheSameMomentAllStaySignedIn() throws Exception {
    AccountsApi.Session first = AccountsApi.session(api.signIn(activeMember(), PASSWORD));
    int tabs = 8;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(tabs);
    try {
      java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
      List<java.util.concurrent.Callable<HttpResponse<Map>>> calls = new java.util.ArrayList<>();
      for (int i = 0; i < tabs; i++) {
        calls.add(
            () -> {
              start.await();
              return api.refresh(first.refreshCookie());
            });
      }
      List<java.util.concurrent.Future<HttpResponse<Map>>> futures = new java.util.ArrayList<>();
      for (var call : calls) {
        futures.add(pool.submit(call));
      }
      start.countDown();
      java.util.Set<String> cookies = new java.util.HashSet<>();
      for (var future : futures) {
        HttpResponse<Map> response = future.get();
        assertThat(response.getStatus().getCode()).isEqualTo(200);
        cookies.add(AccountsApi.session(response).refreshCookie());
      }
      assertThat(cookies).hasSize(tabs);
      for (String cookie : cookies) {
        assertThat(api.refresh(cookie).getStatus().getCode()).isEqualTo(200);
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Moves a used refresh token's first use back in time. */
  private void usedSecondsAgo(String cookie, int seconds) throws Exception {
    String raw = cookie.substring(cookie.indexOf('=') + 1);
    sql(
        "UPDATE refresh_tokens SET used_at = used_at - INTERVAL ? SECOND WHERE token_hash = ?",
        seconds,
        Secrets.sha256(raw));
  }

  @Test
  void refreshWithoutACookieAnswersNoContent() {
    HttpResponse<Map> response =
        http.toBlocking().exchange(csrf(HttpRequest.POST("/api/v1/auth/refresh", "")), Map.class);

    assertThat(response.getStatus().getCode()).isEqualTo(204);
  }

  @Test
  void signOutRevokesTheRefreshTokenOnTheServer() {
    AccountsApi.Session session = AccountsApi.session(api.signIn(activeMember(), PASSWORD));

    http.toBlocking()
        .exchange(
            csrf(
                HttpRequest.POST("/api/v1/auth/sign-out", "")
                    .header("Cookie", session.refreshCookie())));

    assertThat(api.refresh(session.refreshCookie()).getStatus().getCode()).isEqualTo(204);
  }

  @Test
  void signOutEverywhereStopsEveryRefreshAndAccessToken() {
    String email = activeMember();
    AccountsApi.Session phone = AccountsApi.session(api.signIn(email, PASSWORD));
    AccountsApi.Session laptop = AccountsApi.session(api.signIn(email, PASSWORD));

    http.toBlocking()
        .exchange(
            csrf(
                HttpRequest.POST("/api/v1/auth/sign-out-everywhere", "")
                    .bearerAuth(laptop.accessToken())));

    assertThat(api.refresh(phone.refreshCookie()).getStatus().getCode()).isEqualTo(204);
    assertThat(api.meStatus(phone.accessToken())).isEqualTo(401);
    assertThat(api.meStatus(laptop.accessToken())).isEqualTo(401);
    AccountsApi.Session again = AccountsApi.session(api.signIn(email, PASSWORD));
    assertThat(api.meStatus(again.accessToken())).isEqualTo(200);
  }

  @Test
  void aCookieCallWithoutTheCsrfHeaderIsRefused() {
    AccountsApi.Session session = AccountsApi.session(api.signIn(activeMember(), PASSWORD));

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST("/api/v1/auth/refresh", "")
                            .header("Cookie", session.refreshCookie())));

    assertThat(e.getStatus().getCode()).isEqualTo(403);
    assertThat(problem(e)).containsEntry("code", "csrf");
    assertThat(api.refresh(session.refreshCookie()).getStatus().getCode()).isEqualTo(200);
  }

  @Test
  void aCookieCallFromAnotherOriginIsRefused() {
    AccountsApi.Session session = AccountsApi.session(api.signIn(activeMember(), PASSWORD));

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        csrf(HttpRequest.POST("/api/v1/auth/refresh", ""))
                            .header("Cookie", session.refreshCookie())
                            .header("Origin", "https://evil.example")));

    assertThat(e.getStatus().getCode()).isEqualTo(403);
  }

  @Test
  void aSuspendedMembersAccessTokenStopsWorkingWithinSeconds() throws Exception {
    AccountsApi.Session session = AccountsApi.session(api.signIn(activeMember(), PASSWORD));
    assertThat(api.meStatus(session.accessToken())).isEqualTo(200);

    sql(
        "UPDATE members SET status = 'SUSPENDED', suspended_until = NULL WHERE id = ?",
        session.member().get("id"));

    assertThat(meStatusWithin6Seconds(session.accessToken(), 401)).isEqualTo(401);
    AccountsApi.Session refreshed = AccountsApi.session(api.refresh(session.refreshCookie()));
    assertThat(refreshed.member())
        .containsEntry("status", "SUSPENDED")
        .containsEntry("roles", List.of("SUSPENDED"));
  }

  @Test
  void aDeletedMembersAccessTokenStopsWorkingWithinSeconds() throws Exception {
    AccountsApi.Session session = AccountsApi.session(api.signIn(activeMember(), PASSWORD));

    sql(
        "UPDATE members SET status = 'DELETED', email = NULL WHERE id = ?",
        session.member().get("id"));

    assertThat(meStatusWithin6Seconds(session.accessToken(), 401)).isEqualTo(401);
    assertThat(api.refresh(session.refreshCookie()).getStatus().getCode()).isEqualTo(204);
  }
}
