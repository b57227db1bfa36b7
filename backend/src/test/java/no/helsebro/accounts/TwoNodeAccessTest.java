package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import no.helsebro.platform.security.Roles;
import no.helsebro.testing.SecondNode;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;
import no.helsebro.testing.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two nodes on one database: what a coordinator or a member changes through node A about a member's
 * access is refused on node B within a second, though node B had just checked (and cached) that
 * member's state (docs/adr/0102).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeAccessTest {

  private static final Duration WITHIN = Duration.ofSeconds(1);

  @Inject
  @Client("/")
  HttpClient nodeA;

  @Inject TestMembers members;
  @Inject TestTokens tokens;

  SecondNode nodeB;

  @BeforeAll
  void startNodeB() {
    nodeB = SecondNode.start();
  }

  @AfterAll
  void stopNodeB() {
    nodeB.close();
  }

  @Test
  void aSuspensionMadeOnNodeARefusesTheMemberOnNodeBWithinASecond() {
    TestMember member = members.advisor();
    assertThat(status(nodeB.http(), HttpRequest.GET("/api/v1/me"), member)).isEqualTo(200);

    send(
        nodeA.toBlocking(),
        HttpRequest.POST(
            "/api/v1/member-accounts/" + member.id() + "/suspension",
            Map.of("reason", "Delte pasientopplysninger")),
        members.coordinator());

    SecondNode.within(
        WITHIN, () -> status(nodeB.http(), HttpRequest.GET("/api/v1/me"), member) == 401);
  }

  @Test
  void signingOutEverywhereOnNodeAEndsTheMembersTokensOnNodeBWithinASecond() {
    TestMember member = members.advisor();
    assertThat(status(nodeB.http(), HttpRequest.GET("/api/v1/me"), member)).isEqualTo(200);

    send(
        nodeA.toBlocking(),
        AccountsApi.csrf(HttpRequest.POST("/api/v1/auth/sign-out-everywhere", "")),
        member);

    SecondNode.within(
        WITHIN, () -> status(nodeB.http(), HttpRequest.GET("/api/v1/me"), member) == 401);
  }

  @Test
  void aCoordinatorDemotedOnNodeAIsRefusedCoordinatorsPagesOnNodeBWithinASecond() {
    TestMember demoted = members.coordinator();
    MutableHttpRequest<?> coordinatorsPage = HttpRequest.GET("/api/v1/member-accounts");
    assertThat(status(nodeB.http(), coordinatorsPage, demoted)).isEqualTo(200);

    send(
        nodeA.toBlocking(),
        HttpRequest.DELETE("/api/v1/member-accounts/" + demoted.id() + "/coordinator"),
        members.coordinator());

    SecondNode.within(
        WITHIN,
        () -> status(nodeB.http(), HttpRequest.GET("/api/v1/member-accounts"), demoted) == 401);
  }

  @Test
  void aLiftedSuspensionLetsTheMemberBackOnNodeBWithinASecond() {
    TestMember member = members.suspended();
    String advisorToken = tokens.accessToken(member.id(), Roles.ADVISOR);
    assertThat(status(nodeB.http(), HttpRequest.GET("/api/v1/me"), advisorToken)).isEqualTo(401);

    send(
        nodeA.toBlocking(),
        HttpRequest.DELETE("/api/v1/member-accounts/" + member.id() + "/suspension"),
        members.coordinator());

    SecondNode.within(
        WITHIN, () -> status(nodeB.http(), HttpRequest.GET("/api/v1/me"), advisorToken) == 200);
  }

  private static void send(BlockingHttpClient http, MutableHttpRequest<?> request, TestMember as) {
    http.exchange(request.bearerAuth(as.token()));
  }

  private static int status(BlockingHttpClient http, MutableHttpRequest<?> request, TestMember as) {
    return status(http, request, as.token());
  }

  private static int status(BlockingHttpClient http, MutableHttpRequest<?> request, String token) {
    try {
      return http.exchange(request.bearerAuth(token)).getStatus().getCode();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
