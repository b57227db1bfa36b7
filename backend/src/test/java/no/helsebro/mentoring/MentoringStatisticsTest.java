package no.helsebro.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.testing.TestMembers.TestMember;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class MentoringStatisticsTest {

  @Inject MentoringFixtures f;
  @Inject JdbcQueries sql;
  @Inject QuestionRoutingReader routing;
  @Inject ActiveMembers members;

  @Test
  void coordinatorsSeeFeedbackOnlyAsAnAggregateOnceEnoughAnswersExist() {
    TestMember coordinator = f.members().coordinator();
    long existing = sql.count("SELECT COUNT(*) FROM mentorship_feedback");
    // Enough ended mentorships with feedback to pass the threshold whatever is there already.
    for (long i = existing; i < 6; i += 2) {
      MentoringFixtures.Pair p = f.mentorship();
      String base = "/api/v1/mentorships/" + p.mentorshipId();
      f.patch(p.mentor().token(), base, Map.of("status", "ENDED"), MentorshipSummary.class);
      f.put(
          p.mentor().token(),
          base + "/feedback",
          new FeedbackRequest(true, 5, "Fint"),
          FeedbackView.class);
      f.put(
          p.mentee().token(),
          base + "/feedback",
          new FeedbackRequest(false, 2, "Lite tid"),
          FeedbackView.class);
    }

    MentoringStatisticsView stats =
        f.get(coordinator.token(), "/api/v1/mentoring-statistics", MentoringStatisticsView.class);

    assertThat(stats.feedbackResponses()).isGreaterThanOrEqualTo(6);
    assertThat(stats.feedback()).isNotNull();
    assertThat(stats.feedback().ratingCounts()).hasSize(5);
    assertThat(stats.feedback().ratingCounts().stream().mapToLong(Long::longValue).sum())
        .isEqualTo(stats.feedbackResponses());
    assertThat(stats.feedback().averageRating()).isBetween(1.0, 5.0);
    assertThat(stats.endedMentorships()).isPositive();
    assertThat(stats.requestsLast90Days().accepted()).isPositive();
  }

  @Test
  void belowTheThresholdNoFeedbackFiguresAreShown() {
    MentoringStatisticsService service =
        new MentoringStatisticsService(sql, threshold(1_000_000), routing, members);

    MentoringStatisticsView stats = service.statistics();

    assertThat(stats.feedback()).isNull();
    assertThat(stats.feedbackMinResponses()).isEqualTo(1_000_000);
  }

  private static MentoringConfig threshold(int n) {
    MentoringConfig c = new MentoringConfig();
    c.setFeedbackMinResponses(n);
    return c;
  }
}
