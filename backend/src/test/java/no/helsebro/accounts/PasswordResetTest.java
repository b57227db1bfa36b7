package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.csrf;
import static no.helsebro.accounts.AccountsApi.problem;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordResetTest implements TestPropertyProvider {

  static final String NEW_PASSWORD = "et nytt og enda lengre passord 7";

  @Inject
  @Client("/")
  HttpClient http;

  AccountsApi api;

  @Override
  public Map<String, String> getProperties() {
    return TestMailServer.properties();
  }

  @Inject
  void setUp() {
    api = new AccountsApi(http);
  }

  private int requestReset(String email) {
    return http.toBlocking()
        .exchange(csrf(HttpRequest.POST("/api/v1/auth/password-resets", Map.of("email", email))))
        .getStatus()
        .getCode();
  }

  private void reset(String token, String password) {
    http.toBlocking()
        .exchange(
            csrf(
                HttpRequest.POST(
                    "/api/v1/auth/password-resets/confirmations",
                    Map.of("token", token, "password", password))));
  }

  @Test
  void aResetByTheMailedLinkChangesThePasswordAndRevokesEverySession() {
    String email = uniqueEmail("ous-hf.no");
    AccountsApi.Session old = api.registerAndConfirm(email);

    assertThat(requestReset(email)).isEqualTo(202);
    String token = TestMailServer.tokenIn(TestMailServer.waitForMail(email, 2), "/reset-password");
    reset(token, NEW_PASSWORD);

    assertThat(api.refresh(old.refreshCookie()).getStatus().getCode()).isEqualTo(204);
    assertThat(api.meStatus(old.accessToken())).isEqualTo(401);
    assertThrows(HttpClientResponseException.class, () -> api.signIn(email, PASSWORD));
    assertThat(api.signIn(email, NEW_PASSWORD).getStatus().getCode()).isEqualTo(200);
  }

  @Test
  void aMemberWhoSwitchedToNynorskGetsTheResetMailInNynorsk() throws Exception {
    String email = uniqueEmail("ous-hf.no");
    AccountsApi.Session session = api.registerAndConfirm(email);
    Map<?, ?> me =
        http.toBlocking()
            .retrieve(
                HttpRequest.PATCH("/api/v1/me", Map.of("language", "nn"))
                    .bearerAuth(session.accessToken()),
                Map.class);
    assertThat(me.get("language")).isEqualTo("nn");

    requestReset(email);
    var mail = TestMailServer.waitForMail(email, 2);

    assertThat(mail.getSubject()).isEqualTo("Nytt passord i Helsebro");
    assertThat(mail.getHeader("Content-Language")).containsExactly("nn");
    assertThat((String) mail.getContent()).contains("Vel eit nytt passord");
  }

  @Test
  void aResetLinkWorksOnlyOnce() {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);
    requestReset(email);
    String token = TestMailServer.tokenIn(TestMailServer.waitForMail(email, 2), "/reset-password");
    reset(token, NEW_PASSWORD);

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class, () -> reset(token, "yet another long one 8"));

    assertThat(problem(e)).containsEntry("code", "token-invalid");
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNoMail() {
    String email = uniqueEmail("ous-hf.no");

    assertThat(requestReset(email)).isEqualTo(202);
    assertThat(TestMailServer.mailsToAfterTheOutboxRan(email)).isEmpty();
  }

  @Test
  void aWeakNewPasswordIsRefusedAndTheLinkStillWorks() {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);
    requestReset(email);
    String token = TestMailServer.tokenIn(TestMailServer.waitForMail(email, 2), "/reset-password");

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> reset(token, "qwertyuiop123"));
    reset(token, NEW_PASSWORD);

    assertThat(problem(e)).containsEntry("code", "password-common");
    assertThat(api.signIn(email, NEW_PASSWORD).getStatus().getCode()).isEqualTo(200);
  }

  @Test
  void repeatedFailuresSlowDownThenRefuseWithoutRevealingTheAddress() {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);
    String unknown = uniqueEmail("ous-hf.no");

    int[] known = new int[6];
    int[] stranger = new int[6];
    for (int i = 0; i < 6; i++) {
      String wrong = "feil passord nummer " + i;
      known[i] = statusOf(() -> api.signIn(email, wrong));
      stranger[i] = statusOf(() -> api.signIn(unknown, wrong));
    }

    assertThat(known).containsExactly(401, 401, 401, 401, 429, 429);
    assertThat(stranger).containsExactly(known);
    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> api.signIn(email, PASSWORD));
    assertThat(problem(e)).containsEntry("code", "sign-in-throttled").containsKey("retryAfter");
  }

  private static int statusOf(Runnable call) {
    try {
      call.run();
      return 200;
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
