package no.helsebro.platform.database;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written SQL for modules that need more than Micronaut Data's repositories: positional
 * parameters ({@link Instant} stored as UTC {@code DATETIME}, enums by name), rows mapped by a
 * lambda. Runs on the current transaction's connection (or a connection of its own outside one).
 * The one way to write SQL by hand, where an ADR gives the reason: the forum's hot reads, locks and
 * bulk reads (docs/adr/0201, 0211), mentoring's pool and aggregates (docs/adr/0408), insights' bulk
 * fact tables and health aggregates, notification mail's locked claim (docs/adr/0505), the
 * platform's change feed and audit trail (docs/adr/0027); each statement names its reason where it
 * stands. Plain CRUD and simple reads are Micronaut Data repositories, the forum's writes included
 * (docs/adr/0211); accounts, profiles and groups use nothing else (docs/adr/0110, 0152, 0601).
 */
@Singleton
public final class JdbcQueries {

  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private final JdbcOperations jdbc;

  public JdbcQueries(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  public <T> List<T> list(String sql, Row<T> row, Object... params) {
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

  public <T> Optional<T> one(String sql, Row<T> row, Object... params) {
    List<T> all = list(sql, row, params);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  public long count(String sql, Object... params) {
    return one(sql, rs -> rs.getLong(1), params).orElse(0L);
  }

  public int update(String sql, Object... params) {
    return jdbc.execute(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
          }
        });
  }

  /** Runs an INSERT and answers the key it generated. */
  public long insert(String sql, Object... params) {
    return jdbc.execute(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          }
        });
  }

  public static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(Math.max(1, n), "?"));
  }

  public static Object[] params(Object... parts) {
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

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime t = rs.getObject(column, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  public static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  public static Integer nullableInt(ResultSet rs, String column) throws SQLException {
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
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }
}
