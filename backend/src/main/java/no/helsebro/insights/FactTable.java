package no.helsebro.insights;

/**
 * The fact tables the nightly rebuild fills (docs/adr/0550), each owning its fixed DELETE and
 * INSERT head, in the order the rebuild empties them. {@link BulkInsert} writes rows of one of
 * them, never a table or column name passed as a string.
 */
enum FactTable {
  MEMBERS(
      "DELETE FROM insights_members",
      "INSERT INTO insights_members (member_id, region_id, "
          + "workplace_type_id, joined_at, joined_week, joined_month, posts, "
          + "first_post_at, last_post_at, one_day_only) VALUES ",
      10),
  MEMBER_SYSTEMS(
      "DELETE FROM insights_member_systems",
      "INSERT INTO insights_member_systems (member_id, system_id) VALUES ",
      2),
  TOPICS(
      "DELETE FROM insights_topics",
      "INSERT INTO insights_topics (topic_id, kind, author_id, region_id, "
          + "workplace_type_id, created_at, week, month, first_answer_at, "
          + "accepted_answer_at) VALUES ",
      10),
  ACTIVE_COUNTS(
      "DELETE FROM insights_active_counts",
      "INSERT INTO insights_active_counts (granularity, period, system_id, "
          + "region_id, workplace_type_id, members) VALUES ",
      6),
  REQUESTS(
      "DELETE FROM insights_requests",
      "INSERT INTO insights_requests (request_id, mentee_id, region_id, "
          + "workplace_type_id, created_at, week, month, status) VALUES ",
      8),
  MENTORSHIPS(
      "DELETE FROM insights_mentorships",
      "INSERT INTO insights_mentorships (mentorship_id, mentee_id, "
          + "region_id, workplace_type_id, started_week, started_month, "
          + "ended_week, ended_month, responses, helped, rating_sum) VALUES ",
      11);

  private final String deleteAll;
  private final String insertHead;
  private final int columns;

  FactTable(String deleteAll, String insertHead, int columns) {
    this.deleteAll = deleteAll;
    this.insertHead = insertHead;
    this.columns = columns;
  }

  /** {@code DELETE FROM table}: the rebuild empties every fact table before it fills them. */
  String deleteAll() {
    return deleteAll;
  }

  /** {@code INSERT INTO table (columns) VALUES }, to be followed by the rows' placeholders. */
  String insertHead() {
    return insertHead;
  }

  int columns() {
    return columns;
  }
}
