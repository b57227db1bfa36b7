package no.helsebro.mentoring;

import jakarta.inject.Singleton;
import no.helsebro.platform.database.JdbcQueries;

/**
 * A counter bumped by every transaction that changes what matching reads (mentor profiles, their
 * load, weights). Each instance compares it with the revision its in-memory pool was built from, so
 * instances behind a load balancer see each other's changes on the next request.
 */
@Singleton
class MentoringRevision {

  private final JdbcQueries sql;

  MentoringRevision(JdbcQueries sql) {
    this.sql = sql;
  }

  long current() {
    return sql.count("SELECT revision FROM mentoring_revision WHERE id = 1");
  }

  /** Call last in a writing transaction: the row lock is then held only until commit. */
  void bump() {
    sql.update("UPDATE mentoring_revision SET revision = revision + 1 WHERE id = 1");
  }
}
