package no.helsebro.platform.config;

import java.net.BindException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/** Turns whatever stopped the start into one line that says what is wrong and how to fix it. */
public final class StartupFailure {

  private StartupFailure() {}

  public static String explain(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof StartupException) {
        return t.getMessage();
      }
    }
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof BindException) {
        return "the port is already in use ("
            + t.getMessage()
            + "): stop the program that uses it or choose another port with"
            + " MICRONAUT_SERVER_PORT";
      }
      if (t instanceof UnknownHostException) {
        return "the database host is unknown ("
            + t.getMessage()
            + "): check DATASOURCES_DEFAULT_URL";
      }
      if (t instanceof ConnectException
          || (t instanceof SQLException sql && isConnectionProblem(sql))) {
        return "cannot reach the database at "
            + databaseUrl()
            + " ("
            + firstLine(t.getMessage())
            + "): check DATASOURCES_DEFAULT_URL, DATASOURCES_DEFAULT_USERNAME and"
            + " DATASOURCES_DEFAULT_PASSWORD, and that MariaDB is running";
      }
    }
    Throwable root = failure;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return firstLine(root.getMessage() == null ? root.toString() : root.getMessage())
        + " (set HELSEBRO_STARTUP_DEBUG=true for details)";
  }

  private static boolean isConnectionProblem(SQLException e) {
    String state = e.getSQLState();
    String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
    return (state != null && (state.startsWith("08") || state.equals("28000")))
        || message.contains("could not connect")
        || message.contains("access denied")
        || message.contains("socket fail");
  }

  private static String databaseUrl() {
    String url = System.getenv("DATASOURCES_DEFAULT_URL");
    return url == null ? System.getProperty("datasources.default.url", "(embedded)") : url;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
