package no.helsebro.insights;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import no.helsebro.platform.changes.ChangeFeed;
import no.helsebro.platform.database.JdbcQueries;
import no.helsebro.profiles.TaxonomyChanged;
import no.helsebro.profiles.TaxonomyKind;
import no.helsebro.testing.TestMembers;
import no.helsebro.testing.TestMembers.TestMember;

/**
 * Hand-built data for insights tests, written straight into the tables with chosen times (the API
 * always writes "now"). Each test makes its own region and system terms, so filters on them see
 * only the test's own members whatever else the database holds.
 */
@Singleton
class InsightsFixtures {

  final TestMembers members;
  final JdbcQueries sql;

  final ChangeFeed feed;

  InsightsFixtures(TestMembers members, JdbcQueries sql, ChangeFeed feed) {
    this.feed = feed;
    this.members = members;
    this.sql = sql;
  }

  long term(String kind) {
    String code = "t-" + UUID.randomUUID().toString().substring(0, 8);
    long id =
        sql.insert(
            "INSERT INTO taxonomy_terms (kind, code, name_nb, name_en, sort_order)"
                + " VALUES (?, ?, ?, ?, 50)",
            kind,
            code,
            "Test " + code,
            "Test " + code);
    // As the taxonomy service does: the term caches (profiles' TermCache) forget on the event.
    feed.publish(new TaxonomyChanged(TaxonomyKind.valueOf(kind), id));
    return id;
  }

  /** An active advisor in the region (and with the systems), approved at the given time. */
  TestMember member(long region, @Nullable Long workplace, Instant approvedAt, long... systems) {
    TestMember m = members.advisor();
    sql.update("UPDATE members SET approved_at = ? WHERE id = ?", approvedAt, m.id());
    sql.update(
        "INSERT INTO member_profiles (member_id, region_id, workplace_type_id) VALUES (?, ?, ?)",
        m.id(),
        region,
        workplace);
    for (long s : systems) {
      sql.update(
          "INSERT INTO member_profile_terms (member_id, relation, term_id) VALUES (?, 'SYSTEM_USED', ?)",
          m.id(),
          s);
    }
    return m;
  }

  long topic(String kind, long author, Instant at) {
    long id =
        sql.insert(
            "INSERT INTO forum_topics (category_id, kind, title, author_id, created_at,"
                + " last_activity_at, last_poster_id) VALUES"
                + " ((SELECT MIN(id) FROM forum_categories), ?, 'Et testemne', ?, ?, ?, ?)",
            kind,
            author,
            at,
            at,
            author);
    post(id, 1, author, at);
    return id;
  }

  long post(long topic, int number, long author, Instant at) {
    return sql.insert(
        "INSERT INTO forum_posts (topic_id, post_number, author_id, body_md, body_html, created_at)"
            + " VALUES (?, ?, ?, 'tekst', '<p>tekst</p>', ?)",
        topic,
        number,
        author,
        at);
  }

  void accept(long topic, long post) {
    sql.update(
        "UPDATE forum_topics SET solved = TRUE, accepted_post_id = ? WHERE id = ?", post, topic);
  }

  /** A request that was accepted, its mentorship that ended, and one feedback answer. */
  void mentorship(long mentee, long mentor, Instant asked, Instant started, Instant ended) {
    long request =
        sql.insert(
            "INSERT INTO mentor_requests (mentee_id, mentor_id, message, status, origin,"
                + " created_at, expires_at, decided_at) VALUES (?, ?, 'Hei', 'ACCEPTED', 'MEMBER', ?, ?, ?)",
            mentee,
            mentor,
            asked,
            asked.plusSeconds(14 * 86400),
            started);
    long ship =
        sql.insert(
            "INSERT INTO mentorships (mentor_id, mentee_id, request_id, status, started_at,"
                + " ended_at) VALUES (?, ?, ?, 'ENDED', ?, ?)",
            mentor,
            mentee,
            request,
            started,
            ended);
    sql.update(
        "INSERT INTO mentorship_feedback (mentorship_id, member_id, side, helped, rating)"
            + " VALUES (?, ?, 'MENTEE', TRUE, 4)",
        ship,
        mentee);
  }
}
