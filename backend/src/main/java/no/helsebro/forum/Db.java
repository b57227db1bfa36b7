package no.helsebro.forum;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written SQL for the forum (see docs/adr/0201): every hot query is written out so its index
 * use can be read and checked with EXPLAIN. Runs on the current transaction's connection when there
 * is one. Times go in and out as UTC.
 */
@Singleton
final class Db {

  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final JdbcOperations jdbc;
  private final ForumChanges changes;

  Db(JdbcOperations jdbc, ForumChanges changes) {
    this.jdbc = jdbc;
    this.changes = changes;
  }

  <T> List<T> list(String sql, Row<T> row, Object... params) {
    return jdbc.execute(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
              List<T> out = new ArrayList<>();
              while (rs.next()) {
                out.add(row.map(rs));
              }
              return out;
            }
          }
        });
  }

  <T> Optional<T> one(String sql, Row<T> row, Object... params) {
    List<T> all = list(sql, row, params);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  long count(String sql, Object... params) {
    return one(sql, rs -> rs.getLong(1), params).orElse(0L);
  }

  int update(String sql, Object... params) {
    int n =
        jdbc.execute(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, params);
                return ps.executeUpdate();
              }
            });
    changes.wrote(sql);
    return n;
  }

  long insert(String sql, Object... params) {
    long id =
        jdbc.execute(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                bind(ps, params);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong(1);
                }
              }
            });
    changes.wrote(sql);
    return id;
  }

  /** "?, ?, ?" for an IN list of n values. */
  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(Math.max(1, n), "?"));
  }

  static Object[] params(Object... parts) {
    List<Object> out = new ArrayList<>();
    for (Object p : parts) {
      if (p instanceof Collection<?> c) {
        out.addAll(c);
      } else {
        out.add(p);
      }
    }
    return out.toArray();
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime t = rs.getObject(column, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  static Integer nullableInt(ResultSet rs, String column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant instant) {
        ps.setObject(i + 1, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else if (p instanceof Enum<?> e) {
        ps.setString(i + 1, e.name());
      } else if (p instanceof Timestamp t) {
        ps.setTimestamp(i + 1, t);
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }
}
