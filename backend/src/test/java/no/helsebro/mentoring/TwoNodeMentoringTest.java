package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.SecondNode;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Two nodes on one database: node B's mentor pool (docs/adr/0401) and term catalog follow changes
 * made through node A in other modules within a second.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodeMentoringTest {

  private static final Duration WITHIN = Duration.ofSeconds(1);

  @Inject MentoringFixtures f;
  @Inject JdbcQueries sql;

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
  void aMentorRenamedOnNodeAIsListedSoOnNodeBWithinASecond() {
    long system = f.newTerm("SYSTEM");
    TestMember mentor = f.mentorOf(system, 2);
    nodeB.catchUp();
    assertThat(mentorsOnNodeB(system)).extracting(MentorSummary::id).containsExactly(mentor.id());

    f.patch(mentor.token(), "/api/v1/me", Map.of("displayName", "Mentor Med Nytt Navn"), Map.class);

    SecondNode.within(
        WITHIN,
        () ->
            mentorsOnNodeB(system).stream()
                .anyMatch(m -> m.displayName().equals("Mentor Med Nytt Navn")));
  }

  @Test
  void aMentorSuspendedOnNodeALeavesNodeBsDirectoryWithinASecond() {
    long system = f.newTerm("SYSTEM");
    TestMember mentor = f.mentorOf(system, 2);
    nodeB.catchUp();
    assertThat(mentorsOnNodeB(system)).hasSize(1);

    f.post(
        f.members().coordinator().token(),
        "/api/v1/member-accounts/" + mentor.id() + "/suspension",
        Map.of("reason", "Test"),
        Map.class);

    SecondNode.within(WITHIN, () -> mentorsOnNodeB(system).isEmpty());
  }

  @Test
  void aTermRenamedOnNodeAIsNamedSoOnNodeBWithinASecond() {
    long system = f.newTerm("SYSTEM");
    f.mentorOf(system, 2);
    nodeB.catchUp();
    assertThat(mentorsOnNodeB(system).get(0).systems())
        .extracting(TermView::nameNb)
        .noneMatch(n -> n.equals("Omdøpt system"));
    String code =
        sql.one("SELECT code FROM taxonomy_terms WHERE id = ?", rs -> rs.getString(1), system)
            .orElseThrow();

    f.put(
        f.members().coordinator().token(),
        "/api/v1/taxonomies/" + system,
        Map.of("kind", "SYSTEM", "code", code, "nameNb", "Omdøpt system", "nameEn", "Renamed"),
        Map.class);

    SecondNode.within(
        WITHIN,
        () ->
            mentorsOnNodeB(system).get(0).systems().stream()
                .anyMatch(t -> t.nameNb().equals("Omdøpt system")));
  }

  private List<MentorSummary> mentorsOnNodeB(long system) {
    return nodeB
        .http()
        .retrieve(
            HttpRequest.GET("/api/v1/mentors?system=" + system)
                .bearerAuth(f.members().advisor().token()),
            MentorPage.class)
        .items();
  }
}
