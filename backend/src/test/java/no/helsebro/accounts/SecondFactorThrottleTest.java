package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9 item 2: wrong second-factor codes are counted and throttled per member like wrong
 * passwords, so a 6-digit code cannot be guessed by someone who knows the password; the owner is
 * told by mail and still signs in from their own browser.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecondFactorThrottleTest implements TestPropertyProvider {

  static final String ALERT_SUBJECT_NB = "Noen kjenner kanskje passordet ditt i Helsebro";

  static final String DEVICE_COOKIE = "helsebro_device";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject DataSource dataSource;

  AccountsApi api;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(TestMailServer.properties());
    p.put("helsebro.web.trusted-proxies", "127.0.0.0/8");
    return p;
  }

  @Inject
  void setUp() {
    api = new AccountsApi(http);
  }

  record Enrolled(long id, String email, String secret, List<String> recoveryCodes) {}

  @SuppressWarnings("unchecked")
  private Enrolled enrolled() {
    String email = uniqueEmail("ous-hf.no");
    AccountsApi.Session session = api.registerAndConfirm(email);
    Map<String, Object> setup =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/me/two-factor", "").bearerAuth(session.accessToken()),
                Map.class);
    String secret = (String) setup.get("secret");
    String code = Totp.code(secret, Totp.step(Instant.now()) - 1);
    Map<String, Object> codes =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/me/two-factor/confirmation", Map.of("code", code))
                    .bearerAuth(session.accessToken()),
                Map.class);
    return new Enrolled(
        ((Number) session.member().get("id")).longValue(),
        email,
        secret,
        (List<String>) codes.get("recoveryCodes"));
  }

  private static String wrongCode(Enrolled member, int i) {
    long step = Totp.step(Instant.now());
    String code;
    int n = i;
    do {
      code = String.format("%06d", (n++ * 7919 + 123457) % 1_000_000);
    } while (code.equals(Totp.code(member.secret(), step))
        || code.equals(Totp.code(member.secret(), step - 1))
        || code.equals(Totp.code(member.secret(), step + 1)));
    return code;
  }

  private void nineWrongCodesSoFar(long memberId) throws Exception {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "REPLACE INTO sign_in_failures (key_hash, failures, last_failure_at)"
                    + " VALUES (?, 9, ?)")) {
      ps.setString(1, Secrets.sha256("second-factor:" + memberId));
      ps.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(70)));
      ps.executeUpdate();
    }
  }

  @Test
  void wrongCodesAfterTheRightPasswordAreCountedAndThrottled() {
    Enrolled member = enrolled();
    Browser attacker = new Browser(http);
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      statuses.add(attacker.signIn(member.email(), PASSWORD, wrongCode(member, i)).status());
    }
    // The right code straight after a wrong one that was counted: still waiting.
    int counted;
    int i = 30;
    do {
      counted = attacker.signIn(member.email(), PASSWORD, wrongCode(member, i++)).status();
    } while (counted != 401);
    Browser.Answer right =
        attacker.signIn(
            member.email(), PASSWORD, Totp.code(member.secret(), Totp.step(Instant.now())));

    assertThat(statuses.subList(0, 4)).containsOnly(401);
    assertThat(statuses.get(4)).isEqualTo(429);
    assertThat(statuses.stream().filter(s -> s == 401).count())
        .as("wrong codes actually tried out of 30")
        .isLessThanOrEqualTo(7);
    assertThat(statuses).doesNotContain(200);
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.code()).isEqualTo("second-factor-throttled");
  }

  @Test
  void tenWrongCodesLockTheSecondFactorAndTellTheOwner() throws Exception {
    Enrolled member = enrolled();
    nineWrongCodesSoFar(member.id());
    Browser attacker = new Browser(http);

    int tenth = attacker.signIn(member.email(), PASSWORD, wrongCode(member, 1)).status();
    Browser.Answer right = attacker.signIn(member.email(), PASSWORD, member.recoveryCodes().get(0));

    assertThat(tenth).isEqualTo(401);
    assertThat(right.status()).isEqualTo(429);
    assertThat(right.code()).isEqualTo("second-factor-locked");
    String mail = TestMailServer.text(TestMailServer.waitForMail(member.email(), 2));
    assertThat(mail).contains("riktig passord").contains("/forgot-password");
  }

  @Test
  void theOwnerSignsInFromTheirOwnBrowserWhileTheAttackerIsLockedOut() throws Exception {
    Enrolled member = enrolled();
    Browser owner = new Browser(http);
    assertThat(
            owner
                .signIn(
                    member.email(), PASSWORD, Totp.code(member.secret(), Totp.step(Instant.now())))
                .status())
        .isEqualTo(200);
    nineWrongCodesSoFar(member.id());
    new Browser(http).signIn(member.email(), PASSWORD, wrongCode(member, 2));

    Browser.Answer answer = owner.signIn(member.email(), PASSWORD, member.recoveryCodes().get(1));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).containsKey("accessToken");
  }

  @Test
  void wrongCodesWhenTurningTheFactorOffAreThrottledToo() {
    Enrolled member = enrolled();
    String token =
        new AccountsApi.Session(
                (String)
                    new Browser(http)
                        .signIn(member.email(), PASSWORD, member.recoveryCodes().get(2))
                        .body()
                        .get("accessToken"),
                null,
                null)
            .accessToken();
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      try {
        http.toBlocking()
            .exchange(
                HttpRequest.POST(
                        "/api/v1/me/two-factor/disable", Map.of("code", wrongCode(member, i)))
                    .bearerAuth(token));
        statuses.add(204);
      } catch (HttpClientResponseException e) {
        statuses.add(e.getStatus().getCode());
      }
    }

    assertThat(statuses).containsExactly(400, 400, 400, 400, 429, 429);
  }
}
