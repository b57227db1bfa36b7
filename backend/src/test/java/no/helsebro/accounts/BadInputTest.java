package no.helsebro.accounts;

import static no.helsebro.accounts.AccountsApi.PASSWORD;
import static no.helsebro.accounts.AccountsApi.csrf;
import static no.helsebro.accounts.AccountsApi.problem;
import static no.helsebro.accounts.AccountsApi.uniqueEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import no.helsebro.testing.TestMembers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Bad input gets a 4xx problem naming the field, and leaves nothing half-written. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject DataSource dataSource;
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

  private HttpClientResponseException registerRaw(String json) {
    return assertThrows(
        HttpClientResponseException.class,
        () ->
            http.toBlocking()
                .exchange(
                    csrf(HttpRequest.POST("/api/v1/auth/registrations", json))
                        .contentType(MediaType.APPLICATION_JSON_TYPE)));
  }

  private int membersWithEmail(String email) throws Exception {
    try (Connection c = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM members WHERE email = ?")) {
      ps.setString(1, email);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
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

  private Map<String, Object> registration(String email) {
    Map<String, Object> body = new HashMap<>();
    body.put("displayName", "Kari Nordmann");
    body.put("email", email);
    body.put("password", PASSWORD);
    body.put("organisation", "Testsykehuset");
    return body;
  }

  @Test
  void malformedJsonIsABadRequestProblem() {
    HttpClientResponseException e = registerRaw("{\"email\": ");

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(e.getResponse().getContentType().map(MediaType::toString))
        .hasValue("application/problem+json");
  }

  @Test
  void anOverLongNameIsRefusedNamingTheFieldAndNoMemberIsCreated() throws Exception {
    String email = uniqueEmail("ous-hf.no");
    Map<String, Object> body = registration(email);
    body.put("displayName", "N".repeat(101));

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(csrf(HttpRequest.POST("/api/v1/auth/registrations", body))));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(problem(e)).containsEntry("code", "validation");
    assertThat(problem(e).get("errors").toString()).contains("displayName");
    assertThat(membersWithEmail(email)).isZero();
  }

  @Test
  void anOverLongOrganisationIsRefusedNamingTheField() {
    Map<String, Object> body = registration(uniqueEmail("ous-hf.no"));
    body.put("organisation", "O".repeat(201));

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(csrf(HttpRequest.POST("/api/v1/auth/registrations", body))));

    assertThat(problem(e).get("errors").toString()).contains("organisation");
  }

  @Test
  void aRefusedPasswordLeavesNoMemberBehind() throws Exception {
    String email = uniqueEmail("ous-hf.no");
    Map<String, Object> body = registration(email);
    body.put("password", "passwordpassword");

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(csrf(HttpRequest.POST("/api/v1/auth/registrations", body))));

    assertThat(problem(e)).containsEntry("code", "password-common");
    assertThat(membersWithEmail(email)).isZero();
  }

  @Test
  void anExpiredConfirmationLinkIsRefusedNamingTheToken() throws Exception {
    String email = uniqueEmail("ous-hf.no");
    api.register(email, PASSWORD, "nb");
    String token =
        TestMailServer.tokenIn(TestMailServer.waitForMail(email, 1), "/register/confirm");
    sql(
        "UPDATE account_mail_tokens SET expires_at = created_at WHERE token_hash = ?",
        Secrets.sha256(token));

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> api.confirm(token));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(problem(e)).containsEntry("code", "token-expired");
    assertThat(problem(e).get("errors").toString()).contains("field=token");
  }

  @Test
  void anOverLongTokenIsRefusedNamingTheField() {
    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> api.confirm("x".repeat(101)));

    assertThat(problem(e).get("errors").toString()).contains("token");
  }

  @Test
  void anUnknownLanguageIsRefusedNamingTheField() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.PATCH("/api/v1/me", Map.of("language", "de"))
                            .bearerAuth(members.advisor().token())));

    assertThat(e.getStatus().getCode()).isEqualTo(400);
    assertThat(problem(e).get("errors").toString()).contains("language");
  }

  @Test
  void aSuspensionWithoutAReasonIsRefusedAndTheMemberStaysActive() throws Exception {
    var target = members.advisor();

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST(
                                "/api/v1/member-accounts/" + target.id() + "/suspension",
                                Map.of("reason", " "))
                            .bearerAuth(members.coordinator().token())));

    assertThat(problem(e).get("errors").toString()).contains("reason");
    assertThat(api.meStatus(target.token())).isEqualTo(200);
  }

  @Test
  void aSuspensionEndingInThePastIsRefused() {
    var target = members.advisor();

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST(
                                "/api/v1/member-accounts/" + target.id() + "/suspension",
                                Map.of("reason", "test", "until", "2020-01-01T00:00:00Z"))
                            .bearerAuth(members.coordinator().token())));

    assertThat(problem(e).get("errors").toString()).contains("until");
  }

  @Test
  void anInvalidDomainForTheAllowListIsRefusedNamingTheField() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST(
                                "/api/v1/email-domains",
                                Map.of("domain", "not a domain", "organisation", "X"))
                            .bearerAuth(members.coordinator().token())));

    assertThat(problem(e).get("errors").toString()).contains("domain");
  }
}
