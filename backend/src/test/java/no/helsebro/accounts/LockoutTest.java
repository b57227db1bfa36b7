package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9 item 4 (ADR 0107): an attacker who knows an address is slowed and then locked out, but
 * cannot lock its owner out: a browser the owner has signed in from before still gets in, a reset
 * through the mailed link lifts the lock, and the owner is told by mail. Each browser is a machine
 * of its own behind a trusted proxy.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LockoutTest implements TestPropertyProvider {

  static final String LOCK_SUBJECT_NB = "Mange mislykkede innlogginger på Helsebro-kontoen din";

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

  private String member() {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);
    return email;
  }

  /**
   * Nine failures from elsewhere, the last long enough ago that the tenth is not held back by the
   * growing waits: the next failure locks the account (the waits before it are
   * ThrottlePolicyTest's).
   */
  private void nineFailuresSoFar(String email) throws Exception {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "REPLACE INTO sign_in_failures (key_hash, failures, last_failure_at)"
                    + " VALUES (?, 9, ?)")) {
      ps.setString(1, Secrets.sha256("account:" + email));
      ps.setTimestamp(2, Timestamp.from(Instant.now().minusSeconds(70)));
      ps.executeUpdate();
    }
  }

  private Browser lockedAccount(String email) throws Exception {
    nineFailuresSoFar(email);
    Browser attacker = new Browser(http);
    assertThat(attacker.signIn(email, "gjetting nummer ti").status()).isEqualTo(401);
    return attacker;
  }

  private static List<MimeMessage> lockMails(String email) {
    return TestMailServer.mailsToAfterTheOutboxRan(email).stream()
        .filter(
            m -> {
              try {
                return LOCK_SUBJECT_NB.equals(m.getSubject());
              } catch (Exception e) {
                return false;
              }
            })
        .toList();
  }

  @Test
  void wrongPasswordsFromElsewhereAreSlowedDown() {
    String email = member();
    Browser attacker = new Browser(http);
    int[] statuses = new int[6];
    for (int i = 0; i < 6; i++) {
      statuses[i] = attacker.signIn(email, "gjetting " + i).status();
    }

    assertThat(statuses).containsExactly(401, 401, 401, 401, 429, 429);
  }

  @Test
  void tenFailuresLockTheAccountAgainstTheRightPasswordFromANewDevice() throws Exception {
    String email = member();
    Browser attacker = lockedAccount(email);

    Browser.Answer withRightPassword = attacker.signIn(email, PASSWORD);
    Browser.Answer newDevice = new Browser(http).signIn(email, PASSWORD);

    assertThat(withRightPassword.status()).isEqualTo(429);
    assertThat(withRightPassword.code()).isEqualTo("sign-in-locked");
    assertThat(withRightPassword.body()).containsKey("retryAfter");
    assertThat(newDevice.status()).isEqualTo(429);
  }

  @Test
  void theOwnerSignsInFromABrowserUsedBeforeWhileTheAccountIsLocked() throws Exception {
    String email = member();
    Browser owner = new Browser(http);
    assertThat(owner.signIn(email, PASSWORD).status()).isEqualTo(200);
    assertThat(owner.hasCookie(DEVICE_COOKIE)).isTrue();
    lockedAccount(email);

    Browser.Answer answer = owner.signIn(email, PASSWORD);

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.body()).containsKey("accessToken");
  }

  @Test
  void theOwnerIsToldByMailOnceHoweverOftenTheLockIsRenewed() throws Exception {
    String email = member();
    lockedAccount(email);
    TestMailServer.waitForMail(email, 2);
    // The attacker waits out the lock and locks the account again.
    lockedAccount(email);

    List<MimeMessage> mails = lockMails(email);
    assertThat(mails).hasSize(1);
    assertThat(TestMailServer.text(mails.get(0)))
        .contains("https://helsebro.test/forgot-password")
        .contains("nettleser du har logget inn fra før");
  }

  @Test
  void aResetThroughTheMailedLinkLiftsTheLockAndMarksTheBrowserAsKnown() throws Exception {
    String email = member();
    lockedAccount(email);
    Browser owner = new Browser(http);
    assertThat(owner.signIn(email, PASSWORD).status()).isEqualTo(429);
    owner.post("/api/v1/auth/password-resets", Map.of("email", email));
    MimeMessage resetMail = TestMailServer.waitForMail(email, 3);
    String token = TestMailServer.tokenIn(resetMail, "/reset-password");

    Browser.Answer reset = owner.resetPassword(token, PasswordResetTest.NEW_PASSWORD);
    // The attacker locks the account again at once.
    lockedAccount(email);

    assertThat(reset.status()).isEqualTo(204);
    assertThat(owner.hasCookie(DEVICE_COOKIE)).isTrue();
    assertThat(owner.signIn(email, PasswordResetTest.NEW_PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void aResetLiftsTheLockForEveryDevice() throws Exception {
    String email = member();
    lockedAccount(email);
    Browser owner = new Browser(http);
    owner.post("/api/v1/auth/password-resets", Map.of("email", email));
    String token = TestMailServer.tokenIn(TestMailServer.waitForMail(email, 3), "/reset-password");
    owner.resetPassword(token, PasswordResetTest.NEW_PASSWORD);

    assertThat(new Browser(http).signIn(email, PasswordResetTest.NEW_PASSWORD).status())
        .isEqualTo(200);
  }

  @Test
  void failuresFromAKnownBrowserAreLimitedOnTheirOwn() {
    String email = member();
    Browser known = new Browser(http);
    assertThat(known.signIn(email, PASSWORD).status()).isEqualTo(200);

    int[] statuses = new int[5];
    for (int i = 0; i < 5; i++) {
      statuses[i] = known.signIn(email, "feil fra kjent nettleser " + i).status();
    }

    assertThat(statuses).containsExactly(401, 401, 401, 401, 429);
    assertThat(new Browser(http).signIn(email, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void anotherMembersOrAForgedDeviceCookieDoesNotOpenALockedAccount() throws Exception {
    String victim = uniqueEmail("ous-hf.no");
    long victimId = ((Number) api.registerAndConfirm(victim).member().get("id")).longValue();
    Browser attacker = new Browser(http);
    String own = member();
    assertThat(attacker.signIn(own, PASSWORD).status()).isEqualTo(200);
    lockedAccount(victim);

    int withOwnCookie = attacker.signIn(victim, PASSWORD).status();
    // The attacker's genuine cookie, rewritten to name the victim: the signature no longer fits.
    String[] parts = attacker.cookie(DEVICE_COOKIE).split("\\.");
    attacker.setCookie(DEVICE_COOKIE, parts[0] + "." + victimId + "." + parts[2] + "." + parts[3]);
    int withForgedCookie = attacker.signIn(victim, PASSWORD).status();

    assertThat(withOwnCookie).isEqualTo(429);
    assertThat(withForgedCookie).isEqualTo(429);
  }
}
