package no.helsebro.mentoring;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hand-written SQL for the reads that join or aggregate (lists with names, the mentor pool,
 * statistics). Runs in the caller's transaction when there is one, otherwise in its own.
 */
@Singleton
class Sql {

  private final TransactionOperations<Connection> tx;

  Sql(TransactionOperations<Connection> tx) {
    this.tx = tx;
  }

  /** Maps the current row. */
  @FunctionalInterface
  interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  <T> List<T> list(String sql, Row<T> row, Object... params) {
    return tx.executeRead(
        status -> {
          try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
            bind(ps, params);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(row.map(rs));
              }
            }
            return out;
          } catch (SQLException e) {
            throw new IllegalStateException("Query failed: " + sql, e);
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

  /** Runs an INSERT, UPDATE or DELETE; answers the rows affected. */
  int update(String sql, Object... params) {
    return tx.executeWrite(
        status -> {
          try (PreparedStatement ps = status.getConnection().prepareStatement(sql)) {
            bind(ps, params);
            return ps.executeUpdate();
          } catch (SQLException e) {
            if ("23000".equals(e.getSQLState()) && e.getErrorCode() == 1062) {
              throw new DuplicateKey(e);
            }
            throw new IllegalStateException("Update failed: " + sql, e);
          }
        });
  }

  /** Runs an INSERT and answers the generated key. */
  long insert(String sql, Object... params) {
    return tx.executeWrite(
        status -> {
          try (PreparedStatement ps =
              status
                  .getConnection()
                  .prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, params);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              return keys.getLong(1);
            }
          } catch (SQLException e) {
            if ("23000".equals(e.getSQLState()) && e.getErrorCode() == 1062) {
              throw new DuplicateKey(e);
            }
            throw new IllegalStateException("Insert failed: " + sql, e);
          }
        });
  }

  /** A unique key refused an insert (e.g. a second open request to the same mentor). */
  static final class DuplicateKey extends RuntimeException {
    DuplicateKey(SQLException cause) {
      super(cause.getMessage(), cause);
    }
  }

  private static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant instant) {
        ps.setTimestamp(i + 1, Timestamp.from(instant));
      } else if (p instanceof LocalDate date) {
        ps.setObject(i + 1, date);
      } else if (p instanceof Enum<?> e) {
        ps.setString(i + 1, e.name());
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp t = rs.getTimestamp(column);
    return t == null ? null : t.toInstant();
  }

  static Long nullableLong(ResultSet rs, String column) throws SQLException {
    long v = rs.getLong(column);
    return rs.wasNull() ? null : v;
  }

  /** "?, ?, ?" for an IN list of n values. */
  static String marks(int n) {
    return String.join(", ", java.util.Collections.nCopies(Math.max(1, n), "?"));
  }
}
