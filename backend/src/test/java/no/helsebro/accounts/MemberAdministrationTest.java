package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.problem;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

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
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import no.helsebro.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemberAdministrationTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject TestMembers members;
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

  private List<String> auditActions(Object memberId) throws Exception {
    List<String> actions = new ArrayList<>();
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT action FROM audit_log WHERE target_type = 'member' AND target_id = ? ORDER BY id")) {
      ps.setLong(1, ((Number) memberId).longValue());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          actions.add(rs.getString(1));
        }
      }
    }
    return actions;
  }

  private Map<String, Object> post(String path, Object body, String token) {
    return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), Map.class);
  }

  @Test
  @SuppressWarnings("unchecked")
  void aCoordinatorApprovesAWaitingMemberWhoIsToldByMailAndCanThenActAsAdvisor() throws Exception {
    String email = uniqueEmail("example.org");
    AccountsApi.Session waiting = api.registerAndConfirm(email);
    Object id = waiting.member().get("id");
    String coordinator = members.coordinator().token();

    Map<String, Object> queue =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(
                        "/api/v1/member-accounts?status=PENDING_APPROVAL&size=100&q=" + email)
                    .bearerAuth(coordinator),
                Map.class);
    Map<String, Object> approved =
        post("/api/v1/member-accounts/" + id + "/approval", "", coordinator);
    AccountsApi.Session after = AccountsApi.session(api.refresh(waiting.refreshCookie()));

    assertThat((List<Map<String, Object>>) queue.get("items"))
        .anySatisfy(
            m ->
                assertThat(m)
                    .containsEntry("email", email)
                    .containsEntry("organisation", "Testsykehuset"));
    assertThat(approved).containsEntry("status", "ACTIVE");
    assertThat(after.member()).containsEntry("roles", List.of("ADVISOR"));
    assertThat(TestMailServer.waitForMail(email, 2).getSubject())
        .isEqualTo("Du er godkjent som medlem av Helsebro");
    assertThat(auditActions(id)).containsExactly("member.approved");
  }

  @Test
  void theAccountListFiltersByStatusAndByTextTakenLiterally() {
    String email = uniqueEmail("ous-hf.no");
    api.registerAndConfirm(email);
    String coordinator = members.coordinator().token();

    assertThat(accountTotal("q=" + email, coordinator)).isEqualTo(1);
    assertThat(accountTotal("status=ACTIVE&q=" + email.toUpperCase(), coordinator)).isEqualTo(1);
    assertThat(accountTotal("status=SUSPENDED&q=" + email, coordinator)).isEqualTo(0);
    assertThat(accountTotal("status=PENDING_APPROVAL&q=" + email, coordinator)).isEqualTo(0);
    assertThat(accountTotal("q=" + email.replace("@", "%25"), coordinator)).isEqualTo(0);
  }

  private int accountTotal(String filters, String token) {
    Map<?, ?> page =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/member-accounts?size=100&" + filters).bearerAuth(token),
                Map.class);
    return ((Number) page.get("total")).intValue();
  }

  @Test
  void aSuspendedMemberSeesUntilWhenAndWhyAndALiftRestoresThem() throws Exception {
    AccountsApi.Session member = api.registerAndConfirm(uniqueEmail("ous-hf.no"));
    Object id = member.member().get("id");
    String coordinator = members.coordinator().token();
    Instant until = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);

    post(
        "/api/v1/member-accounts/" + id + "/suspension",
        Map.of("until", until.toString(), "reason", "Delte pasientopplysninger"),
        coordinator);
    AccountsApi.Session suspended = AccountsApi.session(api.refresh(member.refreshCookie()));
    http.toBlocking()
        .exchange(
            HttpRequest.DELETE("/api/v1/member-accounts/" + id + "/suspension")
                .bearerAuth(coordinator));
    AccountsApi.Session lifted = AccountsApi.session(api.refresh(suspended.refreshCookie()));

    assertThat(suspended.member())
        .containsEntry("roles", List.of("SUSPENDED"))
        .containsEntry("suspensionReason", "Delte pasientopplysninger");
    assertThat(Instant.parse((String) suspended.member().get("suspendedUntil"))).isEqualTo(until);
    assertThat(lifted.member()).containsEntry("roles", List.of("ADVISOR"));
    assertThat(auditActions(id)).containsExactly("member.suspended", "member.suspension-lifted");
  }

  @Test
  void aSuspensionToAndIncludingADayEndsWhenTheNextNorwegianDayBegins() throws Exception {
    AccountsApi.Session member = api.registerAndConfirm(uniqueEmail("ous-hf.no"));
    Object id = member.member().get("id");
    String coordinator = members.coordinator().token();
    java.time.LocalDate lastDay =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).plusDays(7);

    post(
        "/api/v1/member-accounts/" + id + "/suspension",
        Map.of("lastDay", lastDay.toString(), "reason", "Tenkepause"),
        coordinator);
    AccountsApi.Session suspended = AccountsApi.session(api.refresh(member.refreshCookie()));

    Instant expected =
        lastDay.plusDays(1).atStartOfDay(java.time.ZoneId.of("Europe/Oslo")).toInstant();
    assertThat(Instant.parse((String) suspended.member().get("suspendedUntil")))
        .isEqualTo(expected);
    assertThat(suspended.member()).containsEntry("suspendedThrough", lastDay.toString());
  }

  @Test
  void aSuspensionWhoseLastDayHasPassedIsAFieldErrorOnLastDay() {
    AccountsApi.Session member = api.registerAndConfirm(uniqueEmail("ous-hf.no"));
    Object id = member.member().get("id");
    String yesterday =
        java.time.LocalDate.now(java.time.ZoneId.of("Europe/Oslo")).minusDays(1).toString();
    var e =
        org.junit.jupiter.api.Assertions.assertThrows(
            io.micronaut.http.client.exceptions.HttpClientResponseException.class,
            () ->
                post(
                    "/api/v1/member-accounts/" + id + "/suspension",
                    Map.of("lastDay", yesterday, "reason", "For sent"),
                    members.coordinator().token()));
    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getBody(String.class).orElse(""))
        .contains("\"field\":\"lastDay\"")
        .contains("\"code\":\"future\"");
  }

  @Test
  void aCoordinatorPromotesAnotherMemberAndTheActionIsAudited() throws Exception {
    var advisor = members.advisor();

    Map<String, Object> promoted =
        post(
            "/api/v1/member-accounts/" + advisor.id() + "/coordinator",
            "",
            members.coordinator().token());

    assertThat(promoted).containsEntry("coordinator", true);
    assertThat(auditActions(advisor.id())).containsExactly("member.promoted");
  }

  @Test
  void rejectingAWaitingMemberRemovesTheirPersonalData() throws Exception {
    String email = uniqueEmail("example.org");
    AccountsApi.Session waiting = api.registerAndConfirm(email);
    Object id = waiting.member().get("id");

    http.toBlocking()
        .exchange(
            HttpRequest.POST(
                    "/api/v1/member-accounts/" + id + "/rejection", Map.of("reason", "Ukjent"))
                .bearerAuth(members.coordinator().token()));

    assertThat(api.refresh(waiting.refreshCookie()).getStatus().getCode()).isEqualTo(204);
    assertThrows(HttpClientResponseException.class, () -> api.signIn(email, PASSWORD));
    assertThat(auditActions(id)).containsExactly("member.rejected");
  }

  @Test
  void aCoordinatorCannotSuspendThemselves() {
    var coordinator = members.coordinator();

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                post(
                    "/api/v1/member-accounts/" + coordinator.id() + "/suspension",
                    Map.of("reason", "test"),
                    coordinator.token()));

    assertThat(problem(e)).containsEntry("code", "not-yourself");
  }

  @Test
  void approvingSomeoneWhoIsNotWaitingIsAConflict() {
    var advisor = members.advisor();

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                post(
                    "/api/v1/member-accounts/" + advisor.id() + "/approval",
                    "",
                    members.coordinator().token()));

    assertThat(e.getStatus().getCode()).isEqualTo(409);
    assertThat(problem(e)).containsEntry("code", "not-pending");
  }

  @Test
  @SuppressWarnings("unchecked")
  void aMemberExportsTheirDataWithoutAnySecret() {
    String email = uniqueEmail("ous-hf.no");
    AccountsApi.Session session = api.registerAndConfirm(email);

    String json =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/v1/me/export").bearerAuth(session.accessToken()));
    Map<String, Object> export =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/me/export").bearerAuth(session.accessToken()), Map.class);

    assertThat((Map<String, Object>) export.get("account"))
        .containsEntry("email", email)
        .containsEntry("registeredOrganisation", "Testsykehuset");
    assertThat(json).doesNotContain("argon2").doesNotContain("Hash").doesNotContain("secret");
    assertThat(json).doesNotContain(session.refreshCookie().substring(17));
  }

  @Test
  void deletingMyAccountRemovesMyPersonalDataAtOnceAndKeepsAuditEntries() throws Exception {
    String email = uniqueEmail("example.org");
    AccountsApi.Session session = api.registerAndConfirm(email);
    Object id = session.member().get("id");
    post("/api/v1/member-accounts/" + id + "/approval", "", members.coordinator().token());
    AccountsApi.Session active = AccountsApi.session(api.refresh(session.refreshCookie()));

    http.toBlocking().exchange(HttpRequest.DELETE("/api/v1/me").bearerAuth(active.accessToken()));

    assertThat(api.meStatus(active.accessToken())).isEqualTo(401);
    assertThat(api.refresh(active.refreshCookie()).getStatus().getCode()).isEqualTo(204);
    assertThrows(HttpClientResponseException.class, () -> api.signIn(email, PASSWORD));
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT m.email, m.display_name, m.status, (SELECT COUNT(*) FROM member_profiles p"
                    + " WHERE p.member_id = m.id) FROM members m WHERE m.id = ?")) {
      ps.setLong(1, ((Number) id).longValue());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        assertThat(rs.getString(1)).isNull();
        assertThat(rs.getString(2)).isEmpty();
        assertThat(rs.getString(3)).isEqualTo("DELETED");
        assertThat(rs.getInt(4)).isZero();
      }
    }
    assertThat(auditActions(id)).containsExactly("member.approved");
  }
}
