package no.helsebro.platform.errors;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The last word on exceptions no other handler claims. A database that cannot be reached answers
 * 503 {@code database-unavailable} with {@code Retry-After} (issue 9 item 13), a transaction
 * conflict that outlasted its retries 503 {@code database-conflict} (docs/adr/0013); anything else
 * is a 500 without internal detail, logged with its stack trace.
 */
@Singleton
class UnexpectedExceptionHandler
    implements ExceptionHandler<RuntimeException, HttpResponse<Problem>> {

  private static final Logger LOG = LoggerFactory.getLogger(UnexpectedExceptionHandler.class);

  private final DataSource dataSource;

  UnexpectedExceptionHandler(DataSource dataSource) {
    // A plain connection from the pool, not Micronaut Data's transaction-aware proxy.
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  @Override
  public HttpResponse<Problem> handle(HttpRequest request, RuntimeException exception) {
    if (DatabaseFailures.isUnavailable(exception)
        || !DatabaseFailures.isConflict(exception)
            && DatabaseFailures.fromDatabase(exception)
            && !reachable()) {
      LOG.warn(
          "Database unavailable for {} {}: {}",
          request.getMethod(),
          request.getPath(),
          exception.getMessage());
      return Problems.response(
              new Problem(
                  Problem.TYPE_BASE + "database-unavailable",
                  "Service Unavailable",
                  HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                  "Helsebro cannot reach its database right now. Please try again shortly.",
                  "database-unavailable",
                  null,
                  java.util.Map.of("retryAfter", DatabaseFailures.RETRY_AFTER_SECONDS)))
          .header(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
    }
    if (DatabaseFailures.isConflict(exception)) {
      LOG.warn(
          "Transaction conflict outlasted its retries for {} {}: {}",
          request.getMethod(),
          request.getPath(),
          exception.getMessage());
      return Problems.response(
              new Problem(
                  Problem.TYPE_BASE + "database-conflict",
                  "Service Unavailable",
                  HttpStatus.SERVICE_UNAVAILABLE.getCode(),
                  "Helsebro is busy with the same data right now. Please try again.",
                  "database-conflict",
                  null,
                  java.util.Map.of("retryAfter", DatabaseFailures.CONFLICT_RETRY_AFTER_SECONDS)))
          .header(
              HttpHeaders.RETRY_AFTER,
              Integer.toString(DatabaseFailures.CONFLICT_RETRY_AFTER_SECONDS));
    }
    LOG.error("Unexpected error for {} {}", request.getMethod(), request.getPath(), exception);
    return Problems.response(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "internal-server-error",
        HttpStatus.INTERNAL_SERVER_ERROR.getReason(),
        "Something went wrong on our side. Please try again shortly.");
  }

  /**
   * A connection dropped in the middle of a statement is not always reported with a connection SQL
   * state (the driver may say only that the socket closed): an error from the database layer is
   * taken as an outage when a fresh connection cannot be had either.
   */
  private boolean reachable() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(1);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }
}
