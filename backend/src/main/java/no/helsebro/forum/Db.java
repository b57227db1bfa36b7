package no.helsebro.forum;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import no.helsebro.platform.database.JdbcQueries;

/**
 * Hand-written SQL for the forum (see docs/adr/0201): every hot query is written out so its index
 * use can be read and checked with EXPLAIN. The platform's {@link JdbcQueries} runs the statements;
 * this adds that every write raises the forum's generation ({@link ForumChanges}), which the read
 * caches depend on (docs/adr/0207).
 */
@Singleton
final class Db {

  private final JdbcQueries sql;
  private final ForumChanges changes;

  Db(JdbcQueries sql, ForumChanges changes) {
    this.sql = sql;
    this.changes = changes;
  }

  <T> List<T> list(String query, JdbcQueries.Row<T> row, Object... params) {
    return sql.list(query, row, params);
  }

  <T> Optional<T> one(String query, JdbcQueries.Row<T> row, Object... params) {
    return sql.one(query, row, params);
  }

  long count(String query, Object... params) {
    return sql.count(query, params);
  }

  int update(String query, Object... params) {
    int n = sql.update(query, params);
    changes.wrote(query);
    return n;
  }

  long insert(String query, Object... params) {
    long id = sql.insert(query, params);
    changes.wrote(query);
    return id;
  }

  /** "?, ?, ?" for an IN list of n values. */
  static String marks(int n) {
    return JdbcQueries.marks(n);
  }

  static Object[] params(Object... parts) {
    return JdbcQueries.params(parts);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    return JdbcQueries.instant(rs, column);
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    return JdbcQueries.nullableLong(rs, column);
  }

  static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    return JdbcQueries.nullableInt(rs, column);
  }
}
