package no.helsebro.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import no.helsebro.accounts.TestMailServer;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every insights and groups endpoint for every role and state: guests 401, pending and suspended
 * members 403; the dashboard, radar and making groups are for coordinators; a member's report is
 * theirs alone (403 for another's), a coordinator's for anyone.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InsightsAuthorizationTest implements TestPropertyProvider {

  @Inject InsightsFixtures f;

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    return TestMailServer.properties();
  }

  enum Level {
    MEMBER,
    COORDINATOR,
    /** The member's own (allowed), anybody else's (403 unless coordinator). */
    OWN_REPORT
  }

  enum Actor {
    ANONYMOUS,
    PENDING,
    SUSPENDED,
    ADVISOR,
    MENTOR,
    COORDINATOR
  }

  record Endpoint(String name, Level level, Function<TestMember, MutableHttpRequest<?>> request) {}

  TestMember actor(Actor a) {
    return switch (a) {
      case ANONYMOUS -> null;
      case PENDING -> f.members.pending();
      case SUSPENDED -> f.members.suspended();
      case ADVISOR -> f.members.advisor();
      case MENTOR -> f.members.mentor();
      case COORDINATOR -> f.members.coordinator();
    };
  }

  long groupId() {
    long region = f.term("REGION");
    TestMember m = f.member(region, null, Instant.parse("2024-01-01T00:00:00Z"));
    return f.sql.insert(
        "INSERT INTO peer_groups (kind, term_id, created_at) VALUES ('REGION', ?, ?)",
        region,
        Instant.now());
  }

  long someoneOnTheRadar() {
    return f.member(f.term("REGION"), null, Instant.parse("2024-01-01T00:00:00Z")).id();
  }

  List<Endpoint> endpoints() {
    List<Endpoint> e = new ArrayList<>();
    e.add(
        new Endpoint(
            "GET health", Level.COORDINATOR, m -> HttpRequest.GET("/api/v1/insights/health")));
    e.add(
        new Endpoint(
            "POST refresh",
            Level.COORDINATOR,
            m -> HttpRequest.POST("/api/v1/insights/refresh", "")));
    e.add(
        new Endpoint(
            "GET radar", Level.COORDINATOR, m -> HttpRequest.GET("/api/v1/insights/radar")));
    e.add(
        new Endpoint(
            "GET radar options",
            Level.COORDINATOR,
            m -> HttpRequest.GET("/api/v1/insights/radar/" + someoneOnTheRadar() + "/options")));
    e.add(
        new Endpoint(
            "POST radar action",
            Level.COORDINATOR,
            m ->
                HttpRequest.POST(
                    "/api/v1/insights/radar/" + someoneOnTheRadar() + "/actions",
                    Map.of("action", "WELCOME"))));
    e.add(
        new Endpoint(
            "POST radar dismissal",
            Level.COORDINATOR,
            m ->
                HttpRequest.POST(
                    "/api/v1/insights/radar/" + someoneOnTheRadar() + "/dismissals",
                    Map.of("reason", "NO_PEER_IN_REGION"))));
    e.add(
        new Endpoint(
            "GET own report",
            Level.MEMBER,
            m ->
                HttpRequest.GET(
                    "/api/v1/contribution-reports/" + (m == null ? 1 : m.id()) + "?format=csv")));
    e.add(
        new Endpoint(
            "GET another member's report",
            Level.OWN_REPORT,
            m ->
                HttpRequest.GET(
                    "/api/v1/contribution-reports/" + f.members.advisor().id() + "?format=csv")));
    e.add(new Endpoint("GET groups", Level.MEMBER, m -> HttpRequest.GET("/api/v1/groups")));
    e.add(new Endpoint("GET my groups", Level.MEMBER, m -> HttpRequest.GET("/api/v1/groups/mine")));
    e.add(
        new Endpoint(
            "GET group", Level.MEMBER, m -> HttpRequest.GET("/api/v1/groups/" + groupId())));
    e.add(
        new Endpoint(
            "GET group members",
            Level.MEMBER,
            m -> HttpRequest.GET("/api/v1/groups/" + groupId() + "/members")));
    e.add(
        new Endpoint(
            "GET group topics",
            Level.MEMBER,
            m -> HttpRequest.GET("/api/v1/groups/" + groupId() + "/topics")));
    e.add(
        new Endpoint(
            "PUT membership",
            Level.MEMBER,
            m -> HttpRequest.PUT("/api/v1/groups/" + groupId() + "/membership", "")));
    e.add(
        new Endpoint(
            "DELETE membership",
            Level.MEMBER,
            m -> HttpRequest.DELETE("/api/v1/groups/" + groupId() + "/membership")));
    e.add(
        new Endpoint(
            "PUT follow",
            Level.MEMBER,
            m -> HttpRequest.PUT("/api/v1/groups/" + groupId() + "/follow", "")));
    e.add(
        new Endpoint(
            "DELETE follow",
            Level.MEMBER,
            m -> HttpRequest.DELETE("/api/v1/groups/" + groupId() + "/follow")));
    e.add(
        new Endpoint(
            "POST group question",
            Level.MEMBER,
            m ->
                HttpRequest.POST(
                    "/api/v1/groups/" + groupId() + "/questions",
                    Map.of(
                        "categoryId",
                        f.sql.count("SELECT MIN(id) FROM forum_categories"),
                        "title",
                        "Et spørsmål til gruppen",
                        "body",
                        "Hvordan gjør dere det?"))));
    e.add(
        new Endpoint(
            "POST group",
            Level.COORDINATOR,
            m ->
                HttpRequest.POST("/api/v1/groups", Map.of("nameNb", "Gruppe", "nameEn", "Group"))));
    return e;
  }

  @TestFactory
  Stream<DynamicTest> everyNewEndpointAnswersEveryRoleAndStateAsItShould() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Actor a : Actor.values()) {
        tests.add(
            DynamicTest.dynamicTest(
                endpoint.name() + " as " + a,
                () -> {
                  TestMember member = actor(a);
                  int status = status(member, endpoint.request().apply(member));
                  int expected =
                      switch (a) {
                        case ANONYMOUS -> 401;
                        case PENDING, SUSPENDED -> 403;
                        case ADVISOR, MENTOR -> endpoint.level() == Level.MEMBER ? 200 : 403;
                        case COORDINATOR -> 200;
                      };
                  if (expected == 200) {
                    assertThat(status).as(endpoint.name() + " as " + a).isBetween(200, 299);
                  } else {
                    assertThat(status).as(endpoint.name() + " as " + a).isEqualTo(expected);
                  }
                }));
      }
    }
    return tests.stream();
  }

  private int status(TestMember m, MutableHttpRequest<?> request) {
    try {
      @SuppressWarnings("unchecked")
      HttpRequest<Object> r =
          (HttpRequest<Object>) (m == null ? request : request.bearerAuth(m.token()));
      return http.toBlocking().exchange(r, Argument.STRING, Argument.STRING).code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
