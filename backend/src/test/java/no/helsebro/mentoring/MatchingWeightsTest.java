package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.mentoring.matching.Factor;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MatchingWeightsTest {

  @Inject MentoringFixtures f;
  @Inject JdbcQueries sql;

  private Map<String, Integer> before;

  private static Map<String, Integer> all(int value) {
    Map<String, Integer> w = new LinkedHashMap<>();
    for (Factor factor : Factor.values()) {
      w.put(factor.name(), value);
    }
    return w;
  }

  @AfterEach
  void restore() {
    if (before != null) {
      f.put(
          f.members().coordinator().token(),
          "/api/v1/matching-weights",
          new MatchingWeightsRequest(before),
          MatchingWeightsView.class);
    }
  }

  @Test
  void aCoordinatorTunesTheWeightsAndTheChangeIsPersistedAndAudited() {
    TestMember coordinator = f.members().coordinator();
    before =
        f.get(coordinator.token(), "/api/v1/matching-weights", MatchingWeightsView.class).weights();
    Map<String, Integer> next = all(3);
    next.put("LANGUAGE", 10);

    MatchingWeightsView saved =
        f.put(
            coordinator.token(),
            "/api/v1/matching-weights",
            new MatchingWeightsRequest(next),
            MatchingWeightsView.class);

    assertThat(saved.weights()).containsEntry("LANGUAGE", 10).containsEntry("SYSTEMS", 3);
    assertThat(saved.updatedBy().id()).isEqualTo(coordinator.id());
    TestMember advisor = f.members().advisor();
    assertThat(
            f.get(advisor.token(), "/api/v1/matching-weights", MatchingWeightsView.class).weights())
        .containsEntry("LANGUAGE", 10);
    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM audit_log WHERE action = 'matching.weights-changed'"
                    + " AND actor_id = ?",
                coordinator.id()))
        .isEqualTo(1);
  }

  @Test
  void weightsChangeTheRanking() {
    TestMember coordinator = f.members().coordinator();
    before =
        f.get(coordinator.token(), "/api/v1/matching-weights", MatchingWeightsView.class).weights();
    long system = f.newTerm("SYSTEM");
    long nb = f.term("LANGUAGE", "nb");
    long pl = f.term("LANGUAGE", "pl");
    // A knows the system but speaks only Norwegian; B speaks Polish but knows another system.
    TestMember a = f.mentorOf(system, 2);
    MentorProfileRequest polish =
        new MentorProfileRequest(
            List.of(f.newTerm("SYSTEM")),
            List.of(),
            List.of(),
            List.of(),
            List.of(pl),
            2,
            List.of(),
            ContactMode.MESSAGES,
            null,
            false);
    TestMember b = f.mentor(polish);
    TestMember mentee = f.members().advisor();
    f.put(
        mentee.token(),
        "/api/v1/me/mentee-needs",
        new MenteeNeedsRequest(
            List.of(system), List.of(), null, null, null, pl, null, false, false, null),
        MenteeNeedsView.class);
    Map<String, Integer> systemsFirst = all(0);
    systemsFirst.put("SYSTEMS", 10);
    systemsFirst.put("LANGUAGE", 1);
    Map<String, Integer> languageFirst = all(0);
    languageFirst.put("SYSTEMS", 1);
    languageFirst.put("LANGUAGE", 10);

    f.put(
        coordinator.token(),
        "/api/v1/matching-weights",
        new MatchingWeightsRequest(systemsFirst),
        MatchingWeightsView.class);
    SuggestionsView bySystem =
        f.get(mentee.token(), "/api/v1/me/mentor-suggestions?limit=50", SuggestionsView.class);
    f.put(
        coordinator.token(),
        "/api/v1/matching-weights",
        new MatchingWeightsRequest(languageFirst),
        MatchingWeightsView.class);
    SuggestionsView byLanguage =
        f.get(mentee.token(), "/api/v1/me/mentor-suggestions?limit=50", SuggestionsView.class);

    assertThat(position(bySystem, a)).isLessThan(position(bySystem, b));
    assertThat(position(byLanguage, b)).isLessThan(position(byLanguage, a));
    assertThat(nb).isNotEqualTo(pl);
  }

  @Test
  void everyFactorNeedsAWeightFromZeroToTen() {
    TestMember coordinator = f.members().coordinator();
    Map<String, Integer> tooHigh = all(3);
    tooHigh.put("LOAD", 11);
    Map<String, Integer> missing = all(3);
    missing.remove("REGION");

    MentoringFixtures.Refusal high =
        f.refusal(
            HttpRequest.PUT("/api/v1/matching-weights", new MatchingWeightsRequest(tooHigh))
                .bearerAuth(coordinator.token()));
    MentoringFixtures.Refusal incomplete =
        f.refusal(
            HttpRequest.PUT("/api/v1/matching-weights", new MatchingWeightsRequest(missing))
                .bearerAuth(coordinator.token()));

    assertThat(high.status()).isEqualTo(400);
    assertThat(high.problem().get("errors").toString()).contains("weights.LOAD");
    assertThat(incomplete.code()).isEqualTo("weights-incomplete");
    assertThat(incomplete.problem().get("errors").toString()).contains("weights.REGION");
  }

  private static int position(SuggestionsView s, TestMember m) {
    for (int i = 0; i < s.items().size(); i++) {
      if (s.items().get(i).mentor().id() == m.id()) {
        return i;
      }
    }
    return Integer.MAX_VALUE;
  }
}
