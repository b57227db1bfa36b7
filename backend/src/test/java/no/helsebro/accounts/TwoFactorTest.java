package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.csrf;
import static no.helsebro.accounts.AccountsApi.problem;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoFactorTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject CoordinatorBootstrap bootstrap;

  AccountsApi api;

  @Override
  public Map<String, String> getProperties() {
    return TestMailServer.properties();
  }

  @Inject
  void setUp() {
    api = new AccountsApi(http);
  }

  record Enrolled(String email, String secret, List<String> recoveryCodes) {}

  @SuppressWarnings("unchecked")
  private Enrolled enrol(String email, String accessToken) {
    Map<String, Object> setup =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/me/two-factor", "").bearerAuth(accessToken), Map.class);
    String secret = (String) setup.get("secret");
    assertThat((String) setup.get("otpauthUri")).startsWith("otpauth://totp/Helsebro");
    // Confirm with the previous step's code, leaving the current one for sign-in.
    String code = Totp.code(secret, Totp.step(Instant.now()) - 1);
    Map<String, Object> codes =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/me/two-factor/confirmation", Map.of("code", code))
                    .bearerAuth(accessToken),
                Map.class);
    return new Enrolled(email, secret, (List<String>) codes.get("recoveryCodes"));
  }

  private HttpResponse<Map> signIn(String email, String password, String code) {
    Map<String, Object> body = new HashMap<>(Map.of("email", email, "password", password));
    if (code != null) {
      body.put("code", code);
    }
    return http.toBlocking()
        .exchange(csrf(HttpRequest.POST("/api/v1/auth/sign-in", body)), Map.class);
  }

  private Enrolled enrolledAdvisor() {
    String email = uniqueEmail("ous-hf.no");
    AccountsApi.Session session = api.registerAndConfirm(email);
    return enrol(email, session.accessToken());
  }

  @Test
  void withTwoFactorOnAPasswordAloneAsksForTheCodeAndGivesNoSession() {
    Enrolled member = enrolledAdvisor();

    HttpResponse<Map> response = signIn(member.email(), PASSWORD, null);

    assertThat(response.body()).isEqualTo(Map.of("secondFactorRequired", true));
    assertThat(AccountsApi.refreshCookie(response)).isEmpty();
  }

  @Test
  void theCurrentCodeSignsInOnceAndNeverAgain() {
    Enrolled member = enrolledAdvisor();
    String code = Totp.code(member.secret(), Totp.step(Instant.now()));

    HttpResponse<Map> first = signIn(member.email(), PASSWORD, code);
    HttpClientResponseException replay =
        assertThrows(
            HttpClientResponseException.class, () -> signIn(member.email(), PASSWORD, code));

    assertThat(first.getStatus().getCode()).isEqualTo(200);
    assertThat(problem(replay)).containsEntry("code", "second-factor-invalid");
  }

  @Test
  void aRecoveryCodeWorksOnce() {
    Enrolled member = enrolledAdvisor();
    String recovery = member.recoveryCodes().get(0);

    HttpResponse<Map> first = signIn(member.email(), PASSWORD, recovery);
    HttpClientResponseException again =
        assertThrows(
            HttpClientResponseException.class, () -> signIn(member.email(), PASSWORD, recovery));

    assertThat(member.recoveryCodes()).hasSize(10).doesNotHaveDuplicates();
    assertThat(first.getStatus().getCode()).isEqualTo(200);
    assertThat(again.getStatus().getCode()).isEqualTo(401);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCoordinatorGetsTheCoordinatorRoleOnlyWithASecondFactor() {
    String email = uniqueEmail("helsebro.no");
    assertThat(bootstrap.create(email, PASSWORD, "Kari Koordinator")).isPresent();

    AccountsApi.Session withoutFactor = AccountsApi.session(api.signIn(email, PASSWORD));
    Enrolled enrolled = enrol(email, withoutFactor.accessToken());
    String code = Totp.code(enrolled.secret(), Totp.step(Instant.now()));
    Map<String, Object> withFactor =
        (Map<String, Object>) signIn(email, PASSWORD, code).body().get("member");

    assertThat(withoutFactor.member()).containsEntry("roles", List.of("ADVISOR"));
    assertThat(withFactor).containsEntry("roles", List.of("ADVISOR", "COORDINATOR"));
  }
}
