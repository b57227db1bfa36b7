package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.helsebro.platform.database.JdbcQueries;

/** Aggregates for coordinators; never one member's feedback. */
@Singleton
class MentoringStatisticsService {

  private final JdbcQueries sql;
  private final MentoringConfig config;
  private final QuestionRoutingReader questions;
  private final ActiveMembers members;

  MentoringStatisticsService(
      JdbcQueries sql,
      MentoringConfig config,
      QuestionRoutingReader questions,
      ActiveMembers members) {
    this.sql = sql;
    this.config = config;
    this.questions = questions;
    this.members = members;
  }

  MentoringStatisticsView statistics() {
    record Place(long member, boolean paused, boolean free) {}
    // Hand-written SQL: the coordinators' statistics are counts and GROUP BY aggregates.
    List<Place> places =
        sql.list(
            "SELECT member_id, paused, active_mentees < capacity AS free FROM mentor_profiles",
            rs -> new Place(rs.getLong(1), rs.getBoolean(2), rs.getBoolean(3)));
    Set<Long> activeMentors = members.among(places.stream().map(Place::member).toList());
    places = places.stream().filter(p -> activeMentors.contains(p.member())).toList();
    long mentors = places.size();
    long withPlaces = places.stream().filter(p -> !p.paused() && p.free()).count();
    long paused = places.stream().filter(Place::paused).count();
    long mentees =
        members.among(sql.list("SELECT member_id FROM mentee_needs", rs -> rs.getLong(1))).size();
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
