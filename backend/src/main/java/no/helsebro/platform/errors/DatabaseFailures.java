package no.helsebro.platform.errors;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Which failures from the database layer mean "try again shortly" rather than "we have a bug". The
 * one place that decides it, so every path (controllers, the security filter's member-state check,
 * scheduled work) answers the same. Deadlocks and certification conflicts on a Galera cluster
 * ({@link #isConflict}) are retried first (platform/database ConflictRetry, docs/adr/0013); those
 * that reach a handler after the last try answer 503 as well.
 */
public final class DatabaseFailures {

  /** Seconds a client is asked to wait before trying again when the database is unreachable. */
  public static final int RETRY_AFTER_SECONDS = 5;

  /** Seconds a client is asked to wait after a conflict that outlasted every retry. */
  public static final int CONFLICT_RETRY_AFTER_SECONDS = 1;

  /**
   * MariaDB's ER_LOCK_DEADLOCK; Galera reports a lost certification (or a brute-force abort) so.
   */
  private static final int ER_LOCK_DEADLOCK = 1213;

  private DatabaseFailures() {}

  /**
   * Whether the database could not be reached: no connection within the pool's timeout, a
   * connection refused or reset, or an SQL state of class 08 (connection exception).
   */
  public static boolean isUnavailable(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof ConnectException
          || t instanceof SocketException) {
        return true;
      }
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the failure came from the database layer at all (an SQL or socket error inside). */
  public static boolean fromDatabase(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException || t instanceof java.io.IOException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the database rolled the whole transaction back because it conflicted with another: a
   * deadlock (error 1213), a Galera certification failure or brute-force abort (reported as 1213),
   * or any serialization failure (SQL state 40001). Running the transaction again is safe and is
   * what the server asks for.
   */
  public static boolean isConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql
          && (sql.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(sql.getSQLState()))) {
        return true;
      }
    }
    return false;
  }
}
