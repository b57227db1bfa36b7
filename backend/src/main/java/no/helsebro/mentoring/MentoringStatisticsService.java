package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import no.helsebro.platform.database.JdbcQueries;

/** Aggregates for coordinators; never one member's feedback. */
@Singleton
class MentoringStatisticsService {

  private final JdbcQueries sql;
  private final MentoringConfig config;
  private final QuestionRouting questions;

  MentoringStatisticsService(JdbcQueries sql, MentoringConfig config, QuestionRouting questions) {
    this.sql = sql;
    this.config = config;
    this.questions = questions;
  }

  MentoringStatisticsView statistics() {
    String activeMentor =
        " FROM mentor_profiles p JOIN members m ON m.id = p.member_id"
            + " WHERE m.status = 'ACTIVE'";
    long mentors = sql.count("SELECT COUNT(*)" + activeMentor);
    long withPlaces =
        sql.count(
            "SELECT COUNT(*)"
                + activeMentor
                + " AND NOT p.paused AND p.active_mentees < p.capacity");
    long paused = sql.count("SELECT COUNT(*)" + activeMentor + " AND p.paused");
    long mentees =
        sql.count(
            "SELECT COUNT(*) FROM mentee_needs n JOIN members m ON m.id = n.member_id"
                + " WHERE m.status = 'ACTIVE'");
    long active = sql.count("SELECT COUNT(*) FROM mentorships WHERE status = 'ACTIVE'");
    long ended = sql.count("SELECT COUNT(*) FROM mentorships WHERE status = 'ENDED'");
    long open = sql.count("SELECT COUNT(*) FROM mentor_requests WHERE status = 'OPEN'");
    Instant since = Instant.now().minus(Duration.ofDays(90));
    long[] outcome = new long[6];
    for (Object[] row :
        sql.list(
            "SELECT status, COUNT(*) FROM mentor_requests WHERE created_at >= ? GROUP BY status",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)},
            since)) {
      long n = (Long) row[1];
      outcome[0] += n;
      switch ((String) row[0]) {
        case "ACCEPTED" -> outcome[1] += n;
        case "DECLINED" -> outcome[2] += n;
        case "EXPIRED" -> outcome[3] += n;
        case "WITHDRAWN" -> outcome[4] += n;
        case "OPEN" -> outcome[5] += n;
        default -> {
          // cancelled: counted in "sent" only
        }
      }
    }
    long responses = sql.count("SELECT COUNT(*) FROM mentorship_feedback");
    MentoringStatisticsView.FeedbackSummary feedback = null;
    if (responses >= config.getFeedbackMinResponses() && responses > 0) {
      long helped = sql.count("SELECT COUNT(*) FROM mentorship_feedback WHERE helped");
      double average =
          sql.one("SELECT AVG(rating) FROM mentorship_feedback", rs -> rs.getDouble(1)).orElse(0.0);
      List<Long> counts = new ArrayList<>(List.of(0L, 0L, 0L, 0L, 0L));
      for (long[] row :
          sql.list(
              "SELECT rating, COUNT(*) FROM mentorship_feedback GROUP BY rating",
              rs -> new long[] {rs.getLong(1), rs.getLong(2)})) {
        counts.set((int) row[0] - 1, row[1]);
      }
      feedback =
          new MentoringStatisticsView.FeedbackSummary(
              responses, (double) helped / responses, Math.round(average * 10) / 10.0, counts);
    }
    return new MentoringStatisticsView(
        mentors,
        withPlaces,
        paused,
        mentees,
        active,
        ended,
        open,
        new MentoringStatisticsView.RequestOutcomes(
            outcome[0], outcome[1], outcome[2], outcome[3], outcome[4], outcome[5]),
        responses,
        config.getFeedbackMinResponses(),
        feedback,
        questions.outcomes(Instant.now()));
  }
}
