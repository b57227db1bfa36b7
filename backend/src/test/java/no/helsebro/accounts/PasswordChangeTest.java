package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.helsebro.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 9 items 1, 2 and 5, issue 8 item 14: changing the password ends every other session at
 * once, its current-password check is throttled, weak new passwords are refused with their reason,
 * and a suspended member changes nothing others see.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PasswordChangeTest implements TestPropertyProvider {

  static final String NEW_PASSWORD = "et helt nytt og langt passord 9";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;

  AccountsApi api;

  @Override
  public Map<String, String> getProperties() {
    return TestMailServer.properties();
  }

  @Inject
  void setUp() {
    api = new AccountsApi(http);
  }

  private HttpResponse<Map<String, Object>> change(String token, String current, String next) {
    return http.toBlocking()
        .exchange(
            HttpRequest.POST(
                    "/api/v1/me/password", Map.of("currentPassword", current, "newPassword", next))
                .bearerAuth(token),
            Argument.mapOf(String.class, Object.class));
  }

  private Map<String, Object> refused(String token, String current, String next) {
    try {
      change(token, current, next);
      throw new AssertionError("the change was accepted");
    } catch (HttpClientResponseException e) {
      Map<String, Object> problem = new java.util.HashMap<>(AccountsApi.problem(e));
      problem.put("status", e.getStatus().getCode());
      return problem;
    }
  }

  @Test
  void changingThePasswordSignsOutEveryOtherDeviceAndKeepsThisOne() {
    String email = uniqueEmail("ous-hf.no");
    AccountsApi.Session here = api.registerAndConfirm(email);
    AccountsApi.Session phone = AccountsApi.session(api.signIn(email, PASSWORD));

    HttpResponse<Map<String, Object>> changed = change(here.accessToken(), PASSWORD, NEW_PASSWORD);

    assertThat(changed.getStatus().getCode()).isEqualTo(200);
    String newToken = (String) changed.body().get("accessToken");
    String newCookie = AccountsApi.refreshCookie(changed).orElseThrow();
    assertThat(api.meStatus(newToken)).isEqualTo(200);
    assertThat(api.refresh(newCookie).getStatus().getCode()).isEqualTo(200);
    // The other device: its refresh cookie and its access token stop working at once.
    assertThat(api.refresh(phone.refreshCookie()).getStatus().getCode()).isEqualTo(204);
    assertThat(api.meStatus(phone.accessToken())).isEqualTo(401);
    assertThat(api.meStatus(here.accessToken())).isEqualTo(401);
    assertThat(api.signIn(email, NEW_PASSWORD).getStatus().getCode()).isEqualTo(200);
  }

  @Test
  void wrongCurrentPasswordsAreThrottled() {
    String email = uniqueEmail("ous-hf.no");
    AccountsApi.Session session = api.registerAndConfirm(email);
    List<Object> codes = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      codes.add(refused(session.accessToken(), "gjettet passord " + i, NEW_PASSWORD).get("code"));
    }
    Map<String, Object> right = refused(session.accessToken(), PASSWORD, NEW_PASSWORD);

    assertThat(codes)
        .containsExactly(
            "invalid-credentials",
            "invalid-credentials",
            "invalid-credentials",
            "invalid-credentials",
            "password-check-throttled",
            "password-check-throttled");
    assertThat(right).containsEntry("status", 429).containsKey("retryAfter");
  }

  @Test
  void aNewPasswordMadeOfRepeatsOrPersonalWordsIsRefusedWithItsReason() {
    String email = uniqueEmail("ous-hf.no");
    AccountsApi.Session session = api.registerAndConfirm(email);

    assertThat(refused(session.accessToken(), PASSWORD, "passordpassord"))
        .containsEntry("code", "password-repeated");
    assertThat(refused(session.accessToken(), PASSWORD, "KariNordmann2026!"))
        .containsEntry("code", "password-personal");
    assertThat(refused(session.accessToken(), PASSWORD, "helsebrohelsebro"))
        .containsEntry("code", "password-repeated");
    assertThat(refused(session.accessToken(), PASSWORD, "qwertyuiop123"))
        .containsEntry("code", "password-common");
  }

  @Test
  void aSuspendedMemberCannotChangeTheirDisplayName() {
    TestMembers.TestMember suspended = members.suspended();

    HttpClientResponseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.PATCH("/api/v1/me", Map.of("displayName", "Nytt navn"))
                            .bearerAuth(suspended.token())));

    assertThat(e.getStatus().getCode()).isEqualTo(403);
    assertThat(AccountsApi.problem(e)).containsEntry("code", "suspended");
    Map<?, ?> me =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/v1/me").bearerAuth(suspended.token()), Map.class);
    assertThat(me.get("displayName")).isEqualTo(suspended.displayName());
  }

  @Test
  void aSuspendedMemberMayStillSwitchTheirLanguage() {
    TestMembers.TestMember suspended = members.suspended();

    Map<?, ?> me =
        http.toBlocking()
            .retrieve(
                HttpRequest.PATCH("/api/v1/me", Map.of("language", "en"))
                    .bearerAuth(suspended.token()),
                Map.class);

    assertThat(me.get("language")).isEqualTo("en");
  }
}
