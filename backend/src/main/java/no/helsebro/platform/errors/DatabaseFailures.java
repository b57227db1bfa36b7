package no.helsebro.platform.errors;

import java.net.ConnectException;
import java.net.SocketException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/**
 * Which failures from the database layer mean "try again shortly" rather than "we have a bug". The
 * one place that decides it, so every path (controllers, the security filter's member-state check,
 * scheduled work) answers the same. Kinds that are retried before they get here (deadlocks,
 * certification conflicts on a cluster) belong next to {@link #isUnavailable}.
 */
public final class DatabaseFailures {

  /** Seconds a client is asked to wait before trying again when the database is unreachable. */
  public static final int RETRY_AFTER_SECONDS = 5;

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
}
