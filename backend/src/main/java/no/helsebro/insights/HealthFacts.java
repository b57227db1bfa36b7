package no.helsebro.insights;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The fact tables health figures count (docs/adr/0550), each owning its fixed SQL: the table and
 * alias, the week and month columns, and the member column its filters go through. Queries are
 * built from these pieces only, never from names passed in.
 */
enum HealthFacts {
  TOPICS(
      "insights_topics t",
      "t.week",
      "t.month",
      "t.region_id",
      "t.workplace_type_id",
      "t.author_id"),
  NEW_MEMBERS(
      "insights_members m",
      "m.joined_week",
      "m.joined_month",
      "m.region_id",
      "m.workplace_type_id",
      "m.member_id"),
  REQUESTS(
      "insights_requests r",
      "r.week",
      "r.month",
      "r.region_id",
      "r.workplace_type_id",
      "r.mentee_id"),
  STARTED_MENTORSHIPS(
      "insights_mentorships s",
      "s.started_week",
      "s.started_month",
      "s.region_id",
      "s.workplace_type_id",
      "s.mentee_id"),
  ENDED_MENTORSHIPS(
      "insights_mentorships s",
      "s.ended_week",
      "s.ended_month",
      "s.region_id",
      "s.workplace_type_id",
      "s.mentee_id");

  /** A statement and its parameters. */
  record Query(String sql, Object[] args) {}

  private final String table;
  private final String week;
  private final String month;
  private final String region;
  private final String workplace;
  private final String member;

  HealthFacts(
      String table, String week, String month, String region, String workplace, String member) {
    this.table = table;
    this.week = week;
    this.month = month;
    this.region = region;
    this.workplace = workplace;
    this.member = member;
  }

  /**
   * {@code SELECT period, what FROM table WHERE period BETWEEN first AND last} and the query's
   * region, workplace and system filters, grouped by period when {@code grouped}.
   */
  Query select(String what, HealthQuery q, LocalDate first, LocalDate last, boolean grouped) {
    String period = q.by() == no.helsebro.insights.model.Periods.Granularity.WEEK ? week : month;
    StringBuilder sql =
        new StringBuilder("SELECT ")
            .append(period)
            .append(", ")
            .append(what)
            .append(" FROM ")
            .append(table)
            .append(" WHERE ")
            .append(period)
            .append(" BETWEEN ? AND ?");
    List<Object> args = new ArrayList<>(List.of(first, last));
    if (q.region() != null) {
      sql.append(" AND ").append(region).append(" = ?");
      args.add(q.region());
    }
    if (q.workplaceType() != null) {
      sql.append(" AND ").append(workplace).append(" = ?");
      args.add(q.workplaceType());
    }
    if (q.system() != null) {
      sql.append(" AND EXISTS (SELECT 1 FROM insights_member_systems x WHERE x.member_id = ")
          .append(member)
          .append(" AND x.system_id = ?)");
      args.add(q.system());
    }
    if (grouped) {
      sql.append(" GROUP BY 1");
    }
    return new Query(sql.toString(), args.toArray());
  }
}
