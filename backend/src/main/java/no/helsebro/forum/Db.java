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
 * use can be read and checked with EXPLAIN. The platform's {@link JdbcQueries} runs the statements.
 * The read caches learn of writes from the change feed events the writers publish ({@link
 * ForumChanges}, docs/adr/0207), not from the SQL.
 */
@Singleton
final class Db {

  private final JdbcQueries sql;

  Db(JdbcQueries sql) {
    this.sql = sql;
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
    return sql.update(query, params);
  }

  long insert(String query, Object... params) {
    return sql.insert(query, params);
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
