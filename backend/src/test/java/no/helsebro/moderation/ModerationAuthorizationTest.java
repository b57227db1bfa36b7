package no.helsebro.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every moderation endpoint for every role and state: guests 401, pending and suspended members
 * 403, advisors and mentors may flag but not see the queue or the audit log, coordinators may do
 * everything. Each request is one the actor could legitimately make (someone else's post to flag, a
 * post with an open flag to decide on), so a refusal comes from the role check.
 */
@Property(name = "micronaut.server.port", value = "-1")
@MicronautTest(transactional = false)
class ModerationAuthorizationTest {

  @Inject ModerationApi api;

  enum Level {
    MEMBER,
    COORDINATOR
  }

  enum Actor {
    ANONYMOUS,
    PENDING,
    SUSPENDED,
    ADVISOR,
    MENTOR,
    COORDINATOR
  }

  record Endpoint(String name, Level level, Supplier<MutableHttpRequest<?>> request) {}

  private TestMember actor(Actor a) {
    return switch (a) {
      case ANONYMOUS -> null;
      case PENDING -> api.members.pending();
      case SUSPENDED -> api.members.suspended();
      case ADVISOR -> api.members.advisor();
      case MENTOR -> api.members.mentor();
      case COORDINATOR -> api.members.coordinator();
    };
  }

  /** A reply by someone else with one open flag by a third member. */
  private long flaggedPost() {
    long post = api.flaggableReply(api.veteran())[1];
    api.flag(api.newcomer(), post, "SPAM");
    return post;
  }

  private List<Endpoint> endpoints() {
    List<Endpoint> e = new ArrayList<>();
    e.add(
        new Endpoint(
            "POST flag",
            Level.MEMBER,
            () ->
                HttpRequest.POST(
                    "/api/v1/posts/" + api.flaggableReply(api.veteran())[1] + "/flags",
                    Map.of("reason", "OFF_TOPIC"))));
    e.add(
        new Endpoint(
            "GET queue", Level.COORDINATOR, () -> HttpRequest.GET("/api/v1/moderation/queue")));
    e.add(
        new Endpoint(
            "POST queue restore",
            Level.COORDINATOR,
            () ->
                HttpRequest.POST(
                    "/api/v1/moderation/queue/" + flaggedPost() + "/restore", Map.of())));
    e.add(
        new Endpoint(
            "POST queue hide",
            Level.COORDINATOR,
            () ->
                HttpRequest.POST(
                    "/api/v1/moderation/queue/" + flaggedPost() + "/hide",
                    Map.of("reason", "Spam"))));
    e.add(
        new Endpoint(
            "GET audit",
            Level.COORDINATOR,
            () -> HttpRequest.GET("/api/v1/moderation/audit?action=post.hidden")));
    e.add(
        new Endpoint(
            "GET audit actions",
            Level.COORDINATOR,
            () -> HttpRequest.GET("/api/v1/moderation/audit/actions")));
    return e;
  }

  @TestFactory
  Stream<DynamicTest> everyModerationEndpointAnswersEveryRoleAndStateAsItShould() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Endpoint endpoint : endpoints()) {
      for (Actor a : Actor.values()) {
        tests.add(
            DynamicTest.dynamicTest(
                endpoint.name() + " as " + a,
                () -> {
                  TestMember member = actor(a);
                  int status = status(member, endpoint.request().get());
                  int expected =
                      switch (a) {
                        case ANONYMOUS -> 401;
                        case PENDING, SUSPENDED -> 403;
                        case ADVISOR, MENTOR -> endpoint.level() == Level.COORDINATOR ? 403 : 200;
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
      return api.http.toBlocking().exchange(r, Argument.STRING, Argument.STRING).code();
    } catch (HttpClientResponseException e) {
      return e.getStatus().getCode();
    }
  }
}
