package no.helsebro.accounts;

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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import no.helsebro.testing.FeedProbe;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every change to an account that other modules or other nodes react to is on the change feed,
 * written in the changing transaction (docs/adr/0008); a refused change writes nothing.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountFeedEventsTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;
  @Inject FeedProbe feed;

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
  void registeringAndConfirmingAnAllowListedAddressPublishesRegisteredThenActivated() {
    long mark = feed.mark();

    AccountsApi.Session session = api.registerAndConfirm(uniqueEmail("ous-hf.no"));

    long id = memberId(session);
    assertThat(feed.since(mark, MemberRegistered.class))
        .filteredOn(e -> e.memberId() == id)
        .containsExactly(new MemberRegistered(id, "Kari Nordmann", "Testsykehuset"));
    assertThat(feed.typesAbout(mark, id))
        .containsExactly("accounts.member-registered", "accounts.member-activated");
  }

  @Test
  void confirmingAnotherAddressPublishesApprovalRequestedAndApprovalActivates() {
    AccountsApi.Session waiting;
    long mark = feed.mark();
    waiting = api.registerAndConfirm(uniqueEmail("example.org"));
    long id = memberId(waiting);
    long approved = feed.mark();

    post("/api/v1/member-accounts/" + id + "/approval", "", members.coordinator());

    assertThat(feed.typesAbout(mark, id))
        .containsExactly(
            "accounts.member-registered",
            "accounts.approval-requested",
            "accounts.member-activated");
    assertThat(feed.since(approved, MemberActivated.class))
        .containsExactly(new MemberActivated(id));
  }

  @Test
  void approvingSomeoneWhoIsNotWaitingPublishesNothing() {
    TestMember advisor = members.advisor();
    long mark = feed.mark();

    assertThrows(
        HttpClientResponseException.class,
        () ->
            post(
                "/api/v1/member-accounts/" + advisor.id() + "/approval",
                "",
                members.coordinator()));

    assertThat(feed.typesAbout(mark, advisor.id())).isEmpty();
  }

  @Test
  void suspendingAndLiftingPublishesMemberSuspendedThenSuspensionLifted() {
    TestMember advisor = members.advisor();
    TestMember coordinator = members.coordinator();
    Instant until = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    long mark = feed.mark();

    post(
        "/api/v1/member-accounts/" + advisor.id() + "/suspension",
        Map.of("until", until.toString(), "reason", "Pasientdata"),
        coordinator);
    http.toBlocking()
        .exchange(
            HttpRequest.DELETE("/api/v1/member-accounts/" + advisor.id() + "/suspension")
                .bearerAuth(coordinator.token()));

    assertThat(feed.since(mark, MemberSuspended.class))
        .containsExactly(new MemberSuspended(advisor.id(), until));
    assertThat(feed.since(mark, MemberAccessChanged.class))
        .containsExactly(
            new MemberAccessChanged(advisor.id(), MemberAccessChanged.What.SUSPENSION_LIFTED));
  }

  @Test
  void aRefusedSuspensionPublishesNothing() {
    TestMember coordinator = members.coordinator();
    TestMember advisor = members.advisor();
    long mark = feed.mark();

    assertThrows(
        HttpClientResponseException.class,
        () ->
            post(
                "/api/v1/member-accounts/" + coordinator.id() + "/suspension",
                Map.of("reason", "Meg selv"),
                coordinator));
    assertThrows(
        HttpClientResponseException.class,
        () ->
            post(
                "/api/v1/member-accounts/" + coordinator.id() + "/suspension",
                Map.of("reason", "Ikke lov"),
                advisor));

    assertThat(feed.typesAbout(mark, coordinator.id())).isEmpty();
  }

  @Test
  void promotingAndDemotingPublishesRolesChanged() {
    TestMember advisor = members.advisor();
    TestMember coordinator = members.coordinator();
    long mark = feed.mark();

    post("/api/v1/member-accounts/" + advisor.id() + "/coordinator", "", coordinator);
    http.toBlocking()
        .exchange(
            HttpRequest.DELETE("/api/v1/member-accounts/" + advisor.id() + "/coordinator")
                .bearerAuth(coordinator.token()));

    assertThat(feed.since(mark, MemberAccessChanged.class))
        .containsExactly(
            new MemberAccessChanged(advisor.id(), MemberAccessChanged.What.ROLES_CHANGED),
            new MemberAccessChanged(advisor.id(), MemberAccessChanged.What.ROLES_CHANGED));
  }

  @Test
  void signingOutEverywherePublishesSessionsRevoked() {
    AccountsApi.Session session = api.registerAndConfirm(uniqueEmail("ous-hf.no"));
    long id = memberId(session);
    long mark = feed.mark();

    http.toBlocking()
        .exchange(
            AccountsApi.csrf(
                HttpRequest.POST("/api/v1/auth/sign-out-everywhere", "")
                    .bearerAuth(session.accessToken())));

    assertThat(feed.since(mark, MemberAccessChanged.class))
        .containsExactly(new MemberAccessChanged(id, MemberAccessChanged.What.SESSIONS_REVOKED));
  }

  @Test
  void aNewNameOrLanguagePublishesRenamedOrLanguageChangedAndTheSameValuesNothing() {
    TestMember advisor = members.advisor();
    long mark = feed.mark();

    patchMe(advisor, "Nytt Navn", "en");
    long again = feed.mark();
    patchMe(advisor, "Nytt Navn", "en");

    assertThat(feed.since(mark, MemberAccessChanged.class))
        .containsExactly(
            new MemberAccessChanged(advisor.id(), MemberAccessChanged.What.LANGUAGE_CHANGED),
            new MemberAccessChanged(advisor.id(), MemberAccessChanged.What.RENAMED));
    assertThat(feed.typesAbout(again, advisor.id())).isEmpty();
  }

  @Test
  void turningOnTheSecondFactorPublishesSecondFactorChanged() {
    AccountsApi.Session session = api.registerAndConfirm(uniqueEmail("ous-hf.no"));
    long id = memberId(session);
    @SuppressWarnings("unchecked")
    Map<String, Object> setup =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/v1/me/two-factor", "").bearerAuth(session.accessToken()),
                Map.class);
    String secret = (String) setup.get("secret");
    long mark = feed.mark();

    assertThrows(
        HttpClientResponseException.class,
        () -> confirmSecondFactor(session, "000000".equals(code(secret)) ? "111111" : "000000"));
    assertThat(feed.typesAbout(mark, id)).isEmpty();
    confirmSecondFactor(session, code(secret));

    assertThat(feed.since(mark, MemberAccessChanged.class))
        .containsExactly(
            new MemberAccessChanged(id, MemberAccessChanged.What.SECOND_FACTOR_CHANGED));
  }

  @Test
  void deletingMyAccountPublishesMemberDeleted() {
    AccountsApi.Session session = api.registerAndConfirm(uniqueEmail("ous-hf.no"));
    long id = memberId(session);
    long mark = feed.mark();

    http.toBlocking().exchange(HttpRequest.DELETE("/api/v1/me").bearerAuth(session.accessToken()));

    assertThat(feed.since(mark, MemberDeleted.class)).containsExactly(new MemberDeleted(id));
  }

  @Test
  void rejectingAWaitingMemberPublishesMemberDeleted() {
    AccountsApi.Session waiting = api.registerAndConfirm(uniqueEmail("example.org"));
    long id = memberId(waiting);
    long mark = feed.mark();

    post(
        "/api/v1/member-accounts/" + id + "/rejection",
        Map.of("reason", "Ukjent"),
        members.coordinator());

    assertThat(feed.since(mark, MemberDeleted.class)).containsExactly(new MemberDeleted(id));
  }

  // ----------------------------------------------------------------

  private static long memberId(AccountsApi.Session session) {
    return ((Number) session.member().get("id")).longValue();
  }

  private void post(String path, Object body, TestMember as) {
    http.toBlocking().exchange(HttpRequest.POST(path, body).bearerAuth(as.token()));
  }

  private void patchMe(TestMember member, String name, String language) {
    Map<String, Object> body = new HashMap<>();
    body.put("displayName", name);
    body.put("language", language);
    http.toBlocking().exchange(HttpRequest.PATCH("/api/v1/me", body).bearerAuth(member.token()));
  }

  private void confirmSecondFactor(AccountsApi.Session session, String code) {
    http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/v1/me/two-factor/confirmation", Map.of("code", code))
                .bearerAuth(session.accessToken()));
  }

  private static String code(String secret) {
    return Totp.code(secret, Totp.step(Instant.now()));
  }
}
