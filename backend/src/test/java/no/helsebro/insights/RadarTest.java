package no.helsebro.insights;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import no.helsebro.accounts.TestMailServer;
import no.helsebro.groups.PeerGroups;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RadarTest implements TestPropertyProvider {

  @Inject InsightsFixtures f;
  @Inject PeerGroups groups;

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  public Map<String, String> getProperties() {
    return TestMailServer.properties();
  }

  RadarPage radar(TestMember coordinator, String query) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/v1/insights/radar?size=100&" + query)
                .bearerAuth(coordinator.token()),
            RadarPage.class);
  }

  RadarEntryView entry(TestMember coordinator, String reason, long memberId) {
    return radar(coordinator, "reason=" + reason).items().stream()
        .filter(e -> e.memberId() == memberId)
        .findFirst()
        .orElse(null);
  }

  @Test
  void theOnlyMemberOnASystemInTheirRegionIsOfferedTheNearestGroups() {
    TestMember coordinator = f.members.coordinator();
    long north = f.term("REGION");
    long middle = f.term("REGION");
    long system = f.term("SYSTEM");
    Instant old = Instant.parse("2024-01-01T00:00:00Z");
    TestMember alone = f.member(north, null, old, system);
    f.member(north, null, old); // a peer in the region, on other systems
    TestMember peer = f.member(middle, null, old, system);
    groups.profileChanged(alone.id());
    groups.profileChanged(peer.id());

    RadarEntryView e = entry(coordinator, "ALONE_ON_SYSTEM_IN_REGION", alone.id());

    assertThat(e).isNotNull();
    assertThat(e.reasons().get(0).termIds()).containsExactly(north, system);
    assertThat(entry(coordinator, "NO_PEER_IN_REGION", alone.id())).isNull();
    RadarOptionsView options =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/v1/insights/radar/" + alone.id() + "/options")
                    .bearerAuth(coordinator.token()),
                RadarOptionsView.class);
    RadarOptionsView.NearestGroup systemGroup =
        options.groups().stream()
            .filter(g -> groups.memberIds(g.groupId()).contains(peer.id()))
            .findFirst()
            .orElseThrow();
    assertThat(systemGroup.peers()).isEqualTo(1);
    assertThat(systemGroup.distance()).isEqualTo(0); // both test regions sort at 50
  }

  @Test
  void anUnansweredQuestionPutsItsAskerOnTheRadarAndADismissalIsRememberedAndAudited() {
    TestMember coordinator = f.members.coordinator();
    TestMember asker = f.member(f.term("REGION"), null, Instant.parse("2024-01-01T00:00:00Z"));
    long question = f.topic("QUESTION", asker.id(), Instant.now().minus(3, ChronoUnit.DAYS));

    RadarEntryView e = entry(coordinator, "UNANSWERED", asker.id());
    assertThat(e).isNotNull();
    assertThat(e.reasons().get(0).topicIds()).containsExactly(question);

    http.toBlocking()
        .exchange(
            HttpRequest.POST(
                    "/api/v1/insights/radar/" + asker.id() + "/dismissals",
                    Map.of("reason", "UNANSWERED"))
                .bearerAuth(coordinator.token()));

    assertThat(entry(coordinator, "UNANSWERED", asker.id())).isNull();
    assertThat(
            f.sql.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'radar.dismissed' AND target_id = ?",
                asker.id()))
        .isEqualTo(1);
    // A question asked after the dismissal brings the member back.
    f.sql.update(
        "UPDATE insights_radar_dismissals SET dismissed_at = ? WHERE member_id = ?",
        Instant.now().minus(4, ChronoUnit.DAYS),
        asker.id());
    assertThat(entry(coordinator, "UNANSWERED", asker.id())).isNotNull();
  }

  @Test
  void aWelcomeMessageIsMailedInTheMembersLanguageRecordedAndAudited() throws Exception {
    TestMember coordinator = f.members.coordinator();
    TestMember asker = f.member(f.term("REGION"), null, Instant.parse("2024-01-01T00:00:00Z"));
    f.sql.update("UPDATE members SET language = 'en' WHERE id = ?", asker.id());
    f.topic("QUESTION", asker.id(), Instant.now().minus(3, ChronoUnit.DAYS));

    http.toBlocking()
        .exchange(
            HttpRequest.POST(
                    "/api/v1/insights/radar/" + asker.id() + "/actions",
                    Map.of("action", "WELCOME", "note", "Ask me anything."))
                .bearerAuth(coordinator.token()));

    var mail = TestMailServer.waitForMail(asker.email(), 1);
    assertThat(mail.getSubject()).isEqualTo("Welcome to Helsebro");
    assertThat(TestMailServer.text(mail)).contains("Ask me anything.", coordinator.displayName());
    RadarEntryView e = entry(coordinator, "UNANSWERED", asker.id());
    assertThat(e.actions()).hasSize(1);
    assertThat(e.actions().get(0).action()).isEqualTo(RadarAction.WELCOME);
    assertThat(e.actions().get(0).takenBy()).isEqualTo(coordinator.displayName());
    assertThat(
            f.sql.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'radar.welcome' AND target_id = ?",
                asker.id()))
        .isEqualTo(1);
  }
}
