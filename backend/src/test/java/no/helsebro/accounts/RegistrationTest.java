package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.problem;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistrationTest implements TestPropertyProvider {

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

  @Test
  void registeringWithAnAllowListedDomainAndConfirmingSignsTheMemberInAsAnAdvisor() {
    String email = uniqueEmail("ous-hf.no");

    HttpResponse<Map> accepted = api.register(email, PASSWORD, "nb");
    MimeMessage mail = TestMailServer.waitForMail(email, 1);
    AccountsApi.Session session =
        AccountsApi.session(api.confirm(TestMailServer.tokenIn(mail, "/register/confirm")));

    assertThat(accepted.getStatus().getCode()).isEqualTo(202);
    assertThat(TestMailServer.text(mail)).contains("https://helsebro.test/register/confirm?token=");
    assertThat(session.member())
        .containsEntry("email", email)
        .containsEntry("status", "ACTIVE")
        .containsEntry("roles", List.of("ADVISOR"));
    assertThat(api.me(session.accessToken()).body()).containsEntry("status", "ACTIVE");
  }

  @Test
  void manyMembersRegisteringAtTheSameMomentAreAllAccepted() throws Exception {
    int n = 12;
    java.util.concurrent.ExecutorService pool =
        java.util.concurrent.Executors.newFixedThreadPool(n);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      String email = uniqueEmail(i % 2 == 0 ? "ous-hf.no" : "example.org");
      answers.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  return api.register(email, PASSWORD, "nb").getStatus().getCode();
                } catch (HttpClientResponseException e) {
                  return e.getStatus().getCode();
                }
              }));
    }
    start.countDown();
    List<Integer> statuses = new java.util.ArrayList<>();
    for (java.util.concurrent.Future<Integer> answer : answers) {
      statuses.add(answer.get(60, java.util.concurrent.TimeUnit.SECONDS));
    }
    pool.shutdown();

    assertThat(statuses).hasSize(n).allMatch(status -> status == 202);
  }

  @Test
  void aSubdomainOfAnAllowListedDomainIsApprovedAtOnce() {
    AccountsApi.Session session = api.registerAndConfirm(uniqueEmail("avd.ahus.no"));

    assertThat(session.member()).containsEntry("status", "ACTIVE");
  }

  @Test
  void registeringWithAnUnknownDomainLeavesTheMemberWaitingWithOnlyThePendingRole() {
    AccountsApi.Session session = api.registerAndConfirm(uniqueEmail("example.org"));

    assertThat(session.member())
        .containsEntry("status", "PENDING_APPROVAL")
        .containsEntry("roles", List.of("PENDING"));
  }

  @Test
  void theConfirmationMailIsInTheLanguageTheMemberChose() throws Exception {
    String email = uniqueEmail("ous-hf.no");

    api.register(email, PASSWORD, "en");
    MimeMessage mail = TestMailServer.waitForMail(email, 1);

    assertThat(mail.getSubject()).isEqualTo("Confirm your e-mail address for Helsebro");
    assertThat(mail.getHeader("Content-Language")).containsExactly("en");
  }

  @Test
  void aMemberWhoChoseNynorskGetsTheConfirmationMailInNynorsk() throws Exception {
    String email = uniqueEmail("ous-hf.no");

    api.register(email, PASSWORD, "nn");
    MimeMessage mail = TestMailServer.waitForMail(email, 1);

    assertThat(mail.getSubject()).isEqualTo("Stadfest e-postadressa di i Helsebro");
    assertThat(mail.getHeader("Content-Language")).containsExactly("nn");
  }

  @Test
  void aConfirmationLinkWorksOnlyOnce() {
    String email = uniqueEmail("ous-hf.no");
    api.register(email, PASSWORD, "nb");
    String token =
        TestMailServer.tokenIn(TestMailServer.waitForMail(email, 1), "/register/confirm");
    api.confirm(token);

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> api.confirm(token));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(problem(e)).containsEntry("code", "token-invalid");
    assertThat(problem(e).get("errors").toString()).contains("field=token");
  }

  @Test
  void registeringATakenAddressAnswersTheSameAndTellsTheOwnerByMail() {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);

    HttpResponse<Map> again = api.register(email, "et helt annet passord 99", "nb");

    assertThat(again.getStatus().getCode()).isEqualTo(202);
    assertThat(TestMailServer.waitForMail(email, 2))
        .satisfies(
            m -> assertThat(m.getSubject()).isEqualTo("Du har allerede en konto i Helsebro"));
  }

  @Test
  void aShortPasswordIsRefusedNamingThePasswordField() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> api.register(uniqueEmail("ous-hf.no"), "kortpassord", "nb"));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(problem(e)).containsEntry("code", "password-too-short");
    assertThat(problem(e).get("errors").toString()).contains("field=password");
  }

  @Test
  void aCommonPasswordIsRefusedEvenWhenLongEnough() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> api.register(uniqueEmail("ous-hf.no"), "1q2w3e4r5t6y", "nb"));

    assertThat(problem(e)).containsEntry("code", "password-common");
  }

  @Test
  void anInvalidEmailIsRefusedAndNothingIsMailed() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> api.register("ikke-en-adresse", PASSWORD, "nb"));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(problem(e).get("errors").toString()).contains("email");
    assertThat(TestMailServer.mailsToAfterTheOutboxRan("ikke-en-adresse")).isEmpty();
  }

  @Test
  void signingInBeforeConfirmingIsRefusedAndSendsANewLink() {
    String email = uniqueEmail("ous-hf.no");
    api.register(email, PASSWORD, "nb");
    TestMailServer.waitForMail(email, 1);

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> api.signIn(email, PASSWORD));

    assertThat(e.getStatus().getCode()).isEqualTo(403);
    assertThat(problem(e)).containsEntry("code", "email-unconfirmed");
    TestMailServer.waitForMail(email, 2);
  }
}
