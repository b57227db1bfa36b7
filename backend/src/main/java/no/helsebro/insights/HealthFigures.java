package no.helsebro.insights;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.helsebro.insights.model.Median;
import no.helsebro.insights.model.Periods;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Reads the community health figures from the insights tables (docs/adr/0550). Filters choose the
 * members counted, by their profile: questions, stories and requests of members in the region,
 * answers to their questions, and so on. Each query reads an index range of the period columns.
 */
@Singleton
class HealthFigures {

  private static final long DAY = 24 * 3600;

  // Hand-written SQL: aggregates (COUNT, SUM, GROUP BY period) under optional filters (ADR 0550).
  private final JdbcQueries sql;
  private final InsightsRebuildRepository rebuilds;
  private final InsightsConfig config;

  HealthFigures(JdbcQueries sql, InsightsRebuildRepository rebuilds, InsightsConfig config) {
    this.sql = sql;
    this.rebuilds = rebuilds;
    this.config = config;
  }

  /** Running sums for one period. */
  private static final class Sums {
    Long active;
    long newMembers;
    long questions;
    long within24;
    long within48;
    long[] firstAnswer = new long[16];
    int firstAnswers;
    long[] accepted = new long[16];
    int acceptedAnswers;
    long stories;
    long training;
    long requests;
    long matches;
    long ended;
    long responses;
    long helped;
    long ratingSum;

    void addFirst(long seconds) {
      if (firstAnswers == firstAnswer.length)
        firstAnswer = java.util.Arrays.copyOf(firstAnswer, firstAnswers * 2);
      firstAnswer[firstAnswers++] = seconds;
    }

    void addAccepted(long seconds) {
      if (acceptedAnswers == accepted.length)
        accepted = java.util.Arrays.copyOf(accepted, acceptedAnswers * 2);
      accepted[acceptedAnswers++] = seconds;
    }

    void addAll(Sums s) {
      newMembers += s.newMembers;
      questions += s.questions;
      within24 += s.within24;
      within48 += s.within48;
      for (int i = 0; i < s.firstAnswers; i++) addFirst(s.firstAnswer[i]);
      for (int i = 0; i < s.acceptedAnswers; i++) addAccepted(s.accepted[i]);
      stories += s.stories;
      training += s.training;
      requests += s.requests;
      matches += s.matches;
      ended += s.ended;
      responses += s.responses;
      helped += s.helped;
      ratingSum += s.ratingSum;
    }
  }

  HealthView read(HealthQuery q) {
    List<LocalDate> periods = Periods.between(q.by(), q.from(), q.to());
    LocalDate first = periods.get(0);
    LocalDate last = periods.get(periods.size() - 1);
    Map<LocalDate, Sums> sums = new LinkedHashMap<>();
    periods.forEach(p -> sums.put(p, new Sums()));

    HealthFacts.Query topics =
        HealthFacts.TOPICS.select(
            "t.kind, t.created_at, t.first_answer_at, t.accepted_answer_at", q, first, last, false);
    for (Object[] r :
        sql.list(
            topics.sql(),
            rs ->
                new Object[] {
                  rs.getObject(1, LocalDate.class),
                  rs.getString(2),
                  JdbcQueries.instant(rs, "created_at"),
                  JdbcQueries.instant(rs, "first_answer_at"),
                  JdbcQueries.instant(rs, "accepted_answer_at")
                },
            topics.args())) {
      Sums s = sums.get((LocalDate) r[0]);
      switch ((String) r[1]) {
        case "QUESTION" -> {
          s.questions++;
          Instant asked = (Instant) r[2];
          if (r[3] != null) {
            long secs = ((Instant) r[3]).getEpochSecond() - asked.getEpochSecond();
            s.addFirst(secs);
            if (secs <= DAY) s.within24++;
            if (secs <= 2 * DAY) s.within48++;
          }
          if (r[4] != null) {
            s.addAccepted(Math.max(0, ((Instant) r[4]).getEpochSecond() - asked.getEpochSecond()));
          }
        }
        case "STORY" -> s.stories++;
        case "TRAINING" -> s.training++;
        default -> {
          // discussions are not counted
        }
      }
    }

    counts(HealthFacts.NEW_MEMBERS, q, first, last).forEach((p, n) -> sums.get(p).newMembers = n);
    counts(HealthFacts.REQUESTS, q, first, last).forEach((p, n) -> sums.get(p).requests = n);
    counts(HealthFacts.STARTED_MENTORSHIPS, q, first, last)
        .forEach((p, n) -> sums.get(p).matches = n);
    HealthFacts.Query ended =
        HealthFacts.ENDED_MENTORSHIPS.select(
            "COUNT(*), SUM(s.responses), SUM(s.helped), SUM(s.rating_sum)", q, first, last, true);
    for (long[] r :
        sql.list(
            ended.sql(),
            rs ->
                new long[] {
                  rs.getObject(1, LocalDate.class).toEpochDay(),
                  rs.getLong(2),
                  rs.getLong(3),
                  rs.getLong(4),
                  rs.getLong(5)
                },
            ended.args())) {
      Sums s = sums.get(LocalDate.ofEpochDay(r[0]));
      s.ended = r[1];
      s.responses = r[2];
      s.helped = r[3];
      s.ratingSum = r[4];
    }

    List<Object> activeArgs = new ArrayList<>();
    activeArgs.add(q.by().code());
    activeArgs.add(q.system() == null ? 0L : q.system());
    activeArgs.add(first);
    activeArgs.add(last);
    StringBuilder activeWhere = new StringBuilder();
    if (q.region() != null) {
      activeWhere.append(" AND region_id = ?");
      activeArgs.add(q.region());
    }
    if (q.workplaceType() != null) {
      activeWhere.append(" AND workplace_type_id = ?");
      activeArgs.add(q.workplaceType());
    }
    for (Object[] r :
        sql.list(
            "SELECT period, SUM(members) FROM insights_active_counts WHERE granularity = ?"
                + " AND system_id = ? AND period BETWEEN ? AND ?"
                + activeWhere
                + " GROUP BY period",
            rs -> new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)},
            activeArgs.toArray())) {
      sums.get((LocalDate) r[0]).active = (Long) r[1];
    }

    Instant updatedAt = rebuilds.finishedAt().orElse(null);
    List<HealthPeriod> rows = new ArrayList<>();
    Sums all = new Sums();
    sums.forEach(
        (p, s) -> {
          if (updatedAt != null && s.active == null && !p.isAfter(Periods.day(updatedAt))) {
            s.active = 0L;
          }
          rows.add(period(p, s));
          all.addAll(s);
        });
    all.active = null;
    return new HealthView(
        q.by(),
        q.from(),
        q.to(),
        q.region(),
        q.workplaceType(),
        q.system(),
        updatedAt,
        config.getFeedbackMinResponses(),
        rows,
        period(first, all));
  }

  private HealthPeriod period(LocalDate start, Sums s) {
    HealthPeriod.Feedback feedback = null;
    if (s.responses > 0 && s.responses >= config.getFeedbackMinResponses()) {
      feedback =
          new HealthPeriod.Feedback(
              Math.round(1000.0 * s.helped / s.responses) / 1000.0,
              Math.round(10.0 * s.ratingSum / s.responses) / 10.0);
    }
    return new HealthPeriod(
        start,
        s.active,
        s.newMembers,
        s.questions,
        s.within24,
        s.within48,
        Median.hours(s.firstAnswer, s.firstAnswers),
        Median.hours(s.accepted, s.acceptedAnswers),
        s.stories,
        s.training,
        s.requests,
        s.matches,
        s.ended,
        s.responses,
        feedback);
  }

  /** Rows per period of the fact table under the query's filters. */
  private Map<LocalDate, Long> counts(
      HealthFacts facts, HealthQuery q, LocalDate first, LocalDate last) {
    HealthFacts.Query count = facts.select("COUNT(*)", q, first, last, true);
    Map<LocalDate, Long> out = new LinkedHashMap<>();
    for (Object[] r :
        sql.list(
            count.sql(),
            rs -> new Object[] {rs.getObject(1, LocalDate.class), rs.getLong(2)},
            count.args())) {
      out.put((LocalDate) r[0], (Long) r[1]);
    }
    return out;
  }
}
