package no.helsebro.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every notification endpoint that needs a member: guests get 401, members waiting for approval and
 * suspended members 403, active members their own data.
 */
@MicronautTest(transactional = false)
class NotificationAuthorizationTest {

  @Inject NotificationsApi api;

  private static final Map<String, Object> SETTINGS =
      Map.of(
          "digestHour",
          7,
          "weeklyDay",
          1,
          "kinds",
          List.of(Map.of("kind", "MENTIONS", "delivery", "IMMEDIATE")));

  private static Stream<Map.Entry<String, Supplier<MutableHttpRequest<?>>>> endpoints() {
    return Stream.of(
        Map.entry("GET list", () -> HttpRequest.GET("/api/v1/notifications")),
        Map.entry("GET unread count", () -> HttpRequest.GET("/api/v1/notifications/unread-count")),
        Map.entry(
            "POST read all", () -> HttpRequest.POST("/api/v1/notifications/read-all", Map.of())),
        Map.entry(
            "POST read one", () -> HttpRequest.POST("/api/v1/notifications/1/read", Map.of())),
        Map.entry(
            "POST stream ticket",
            () -> HttpRequest.POST("/api/v1/notifications/stream-tickets", Map.of())),
        Map.entry("GET settings", () -> HttpRequest.GET("/api/v1/notification-settings")),
        Map.entry(
            "PUT settings", () -> HttpRequest.PUT("/api/v1/notification-settings", SETTINGS)));
  }

  @TestFactory
  Stream<DynamicTest> guestsAreRefusedWith401() {
    return endpoints()
        .map(
            e ->
                DynamicTest.dynamicTest(
                    e.getKey(),
                    () ->
                        assertThat(api.refusal(null, e.getValue().get()).getStatus().getCode())
                            .isEqualTo(401)));
  }

  @TestFactory
  Stream<DynamicTest> pendingAndSuspendedMembersAreRefusedWith403() {
    TestMember pending = api.members.pending();
    TestMember suspended = api.members.suspended();
    return endpoints()
        .flatMap(
            e ->
                Stream.of(pending, suspended)
                    .map(
                        m ->
                            DynamicTest.dynamicTest(
                                e.getKey() + " as " + m.displayName(),
                                () ->
                                    assertThat(
                                            api.refusal(m, e.getValue().get())
                                                .getStatus()
                                                .getCode())
                                        .isEqualTo(403))));
  }

  @TestFactory
  Stream<DynamicTest> activeMembersAreServed() {
    TestMember member = api.veteran();
    return endpoints()
        .filter(e -> !e.getKey().equals("POST read one"))
        .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> api.send(member, e.getValue().get())));
  }

  @TestFactory
  Stream<DynamicTest> settingsOutsideTheirRangesAreFieldErrors() {
    TestMember member = api.veteran();
    return Stream.of(
            Map.<String, Object>of("digestHour", 24, "weeklyDay", 1, "kinds", List.of()),
            Map.<String, Object>of("digestHour", 7, "weeklyDay", 8, "kinds", List.of()),
            Map.<String, Object>of(
                "digestHour", 7, "weeklyDay", 1, "quietFrom", 22, "kinds", List.of()))
        .map(
            body ->
                DynamicTest.dynamicTest(
                    body.toString(),
                    () -> {
                      var refusal =
                          api.refusal(
                              member, HttpRequest.PUT("/api/v1/notification-settings", body));
                      assertThat(refusal.getStatus().getCode()).isEqualTo(400);
                      assertThat(NotificationsApi.problem(refusal).get("errors"))
                          .asList()
                          .isNotEmpty();
                    }));
  }
}
