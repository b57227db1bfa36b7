package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.helsebro.mentoring.matching.Factor;
import no.helsebro.mentoring.matching.Weights;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every mentoring endpoint for every role and state: anonymous callers get 401, pending and
 * suspended members 403, advisors and mentors 403 on coordinator endpoints, and nobody but the two
 * members of a mentorship (coordinators included) reaches its space or a request between others.
 */
@MicronautTest(transactional = false)
class MentoringAuthorizationTest {

  @Inject MentoringFixtures f;

  /** Who may call an endpoint. */
  enum Audience {
    /** Every active member. */
    MEMBERS,
    /** Coordinators only. */
    COORDINATORS,
    /** Only the two members of the mentorship or request in the path: everyone here is outside. */
    PARTIES,
    /** The asker of the question in the path (nobody here) and coordinators. */
    ASKER_AND_COORDINATORS
  }

  record Endpoint(HttpMethod method, String path, Object body, Audience audience) {

    MutableHttpRequest<?> request() {
      return HttpRequest.create(method, path).body(body == null ? Map.of() : body);
    }

    @Override
    public String toString() {
      return method + " " + path.replaceAll("/\\d+", "/{id}");
    }
  }

  @TestFactory
  Stream<DynamicTest> everyEndpointForEveryRoleAndState() {
    long system = f.newTerm("SYSTEM");
    TestMember mentor = f.mentorOf(system, 3);
    MentoringFixtures.Pair pair = f.mentorship();
    long goal =
        f.post(
                pair.mentee().token(),
                "/api/v1/mentorships/" + pair.mentorshipId() + "/goals",
                new NewGoal("Et mål"),
                GoalView.class)
            .id();
    MentorRequestView othersRequest = f.request(f.members().advisor(), mentor);
    TestMember coordinator = f.members().coordinator();
    TestMember menteeForCohort = f.menteeNeeding(system);
    long proposal =
        f.post(
                coordinator.token(),
                "/api/v1/cohort-proposals",
                new NewCohortProposal(List.of(menteeForCohort.id()), "Hei"),
                CohortProposalView.class)
            .id();
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (Factor factor : Factor.values()) {
      weights.put(factor.name(), Weights.defaultOf(factor));
    }
    String space = "/api/v1/mentorships/" + pair.mentorshipId();
    long question = f.question(f.veteran(), system, f.term("WORKPLACE_TYPE", "nursing-home"));

    List<Endpoint> endpoints =
        List.of(
            new Endpoint(HttpMethod.GET, "/api/v1/mentors", null, Audience.MEMBERS),
            new Endpoint(HttpMethod.GET, "/api/v1/mentors/" + mentor.id(), null, Audience.MEMBERS),
            new Endpoint(HttpMethod.GET, "/api/v1/mentoring-options", null, Audience.MEMBERS),
            new Endpoint(HttpMethod.GET, "/api/v1/me/mentor-profile", null, Audience.MEMBERS),
            new Endpoint(
                HttpMethod.PUT,
                "/api/v1/me/mentor-profile",
                MentoringFixtures.mentorProfile(List.of(system), 1),
                Audience.MEMBERS),
            new Endpoint(HttpMethod.DELETE, "/api/v1/me/mentor-profile", null, Audience.MEMBERS),
            new Endpoint(HttpMethod.GET, "/api/v1/me/mentee-needs", null, Audience.MEMBERS),
            new Endpoint(
                HttpMethod.PUT,
                "/api/v1/me/mentee-needs",
                MentoringFixtures.needs(List.of(system)),
                Audience.MEMBERS),
            new Endpoint(HttpMethod.GET, "/api/v1/me/mentor-suggestions", null, Audience.MEMBERS),
            new Endpoint(HttpMethod.GET, "/api/v1/matching-weights", null, Audience.MEMBERS),
            new Endpoint(
                HttpMethod.PUT,
                "/api/v1/matching-weights",
                new MatchingWeightsRequest(weights),
                Audience.COORDINATORS),
            new Endpoint(HttpMethod.GET, "/api/v1/mentor-requests", null, Audience.MEMBERS),
            new Endpoint(
                HttpMethod.POST,
                "/api/v1/mentor-requests",
                new NewMentorRequest(mentor.id(), "Hei"),
                Audience.MEMBERS),
            new Endpoint(
                HttpMethod.GET,
                "/api/v1/mentor-requests/" + othersRequest.id(),
                null,
                Audience.PARTIES),
            new Endpoint(
                HttpMethod.PATCH,
                "/api/v1/mentor-requests/" + othersRequest.id(),
                Map.of("status", "ACCEPTED"),
                Audience.PARTIES),
            new Endpoint(HttpMethod.GET, "/api/v1/mentorships", null, Audience.MEMBERS),
            new Endpoint(HttpMethod.GET, space, null, Audience.PARTIES),
            new Endpoint(HttpMethod.PATCH, space, Map.of("status", "ENDED"), Audience.PARTIES),
            new Endpoint(HttpMethod.GET, space + "/messages", null, Audience.PARTIES),
            new Endpoint(
                HttpMethod.POST, space + "/messages", new NewMessage("Hei"), Audience.PARTIES),
            new Endpoint(HttpMethod.GET, space + "/goals", null, Audience.PARTIES),
            new Endpoint(HttpMethod.POST, space + "/goals", new NewGoal("Mål"), Audience.PARTIES),
            new Endpoint(
                HttpMethod.PATCH,
                space + "/goals/" + goal,
                Map.of("status", "DONE"),
                Audience.PARTIES),
            new Endpoint(HttpMethod.GET, space + "/check-ins", null, Audience.PARTIES),
            new Endpoint(
                HttpMethod.POST,
                space + "/check-ins",
                new NewCheckIn(LocalDate.now(), "Samtale"),
                Audience.PARTIES),
            new Endpoint(HttpMethod.GET, space + "/feedback", null, Audience.PARTIES),
            new Endpoint(
                HttpMethod.PUT,
                space + "/feedback",
                new FeedbackRequest(true, 4, null),
                Audience.PARTIES),
            new Endpoint(HttpMethod.GET, "/api/v1/me/question-offers", null, Audience.MEMBERS),
            new Endpoint(
                HttpMethod.DELETE,
                "/api/v1/me/question-offers/" + question,
                null,
                Audience.MEMBERS),
            new Endpoint(HttpMethod.GET, "/api/v1/me/question-routings", null, Audience.MEMBERS),
            new Endpoint(
                HttpMethod.GET,
                "/api/v1/question-routings/" + question,
                null,
                Audience.ASKER_AND_COORDINATORS),
            new Endpoint(
                HttpMethod.GET, "/api/v1/mentoring-statistics", null, Audience.COORDINATORS),
            new Endpoint(HttpMethod.GET, "/api/v1/cohort-candidates", null, Audience.COORDINATORS),
            new Endpoint(
                HttpMethod.POST,
                "/api/v1/cohort-proposals",
                new NewCohortProposal(List.of(menteeForCohort.id()), "Hei"),
                Audience.COORDINATORS),
            new Endpoint(
                HttpMethod.GET,
                "/api/v1/cohort-proposals/" + proposal,
                null,
                Audience.COORDINATORS),
            new Endpoint(
                HttpMethod.PATCH,
                "/api/v1/cohort-proposals/" + proposal,
                Map.of("status", "DISCARDED"),
                Audience.COORDINATORS));

    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint e : endpoints) {
      tests.add(
          DynamicTest.dynamicTest(
              e + " as anonymous: 401", () -> assertThat(f.status(e.request())).isEqualTo(401)));
      for (String state : List.of("pending", "suspended")) {
        tests.add(
            DynamicTest.dynamicTest(
                e + " as " + state + ": 403",
                () -> {
                  TestMember m =
                      state.equals("pending") ? f.members().pending() : f.members().suspended();
                  assertThat(f.status(e.request().bearerAuth(m.token()))).isEqualTo(403);
                }));
      }
      for (String role : List.of("advisor", "mentor", "coordinator")) {
        tests.add(
            DynamicTest.dynamicTest(
                e + " as " + role + ": " + expectation(e.audience, role),
                () -> {
                  TestMember m =
                      switch (role) {
                        case "advisor" -> f.members().advisor();
                        case "mentor" -> f.mentorOf(system, 2);
                        default -> f.members().coordinator();
                      };
                  int status = f.status(e.request().bearerAuth(m.token()));
                  switch (expectation(e.audience, role)) {
                    case "403" -> assertThat(status).isEqualTo(403);
                    case "404" -> assertThat(status).isEqualTo(404);
                    default -> assertThat(status).isNotIn(401, 403).isLessThan(500);
                  }
                }));
      }
    }
    return tests.stream();
  }

  private static String expectation(Audience audience, String role) {
    return switch (audience) {
      case MEMBERS -> "allowed";
      case PARTIES -> "404";
      case COORDINATORS -> role.equals("coordinator") ? "allowed" : "403";
      case ASKER_AND_COORDINATORS -> role.equals("coordinator") ? "allowed" : "404";
    };
  }
}
