package no.helsebro.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A connection cut in the middle of a statement may reach us as an SQL error without a connection
 * SQL state (seen in CI: a 500 in 55 ms during an outage). Such an error is an outage (503) when a
 * fresh connection cannot be had, and a bug (500) when the database answers.
 */
@MicronautTest(transactional = false)
class UnexpectedExceptionHandlerTest {

  @Inject DataSource dataSource;

  private static RuntimeException socketClosedMidStatement() {
    return new RuntimeException(
        "Error executing SQL query", new SQLException("Socket closed unexpectedly", "HY000"));
  }

  @Test
  void anSqlErrorWhileTheDatabaseCannotBeReachedIs503() throws SQLException {
    MariaDbDataSource unreachable = new MariaDbDataSource();
    // Port 9 (discard) is closed on test machines: the connection is refused at once.
    unreachable.setUrl("jdbc:mariadb://127.0.0.1:9/none?connectTimeout=500");
    HttpResponse<Problem> response =
        new UnexpectedExceptionHandler(unreachable)
            .handle(HttpRequest.GET("/api/v1/categories"), socketClosedMidStatement());
    assertThat(response.code()).isEqualTo(503);
    assertThat(response.header("Retry-After")).isNotNull();
    assertThat(response.body().code()).isEqualTo("database-unavailable");
  }

  @Test
  void anSqlErrorWhileTheDatabaseAnswersIs500() {
    HttpResponse<Problem> response =
        new UnexpectedExceptionHandler(dataSource)
            .handle(HttpRequest.GET("/api/v1/categories"), socketClosedMidStatement());
    assertThat(response.code()).isEqualTo(500);
    assertThat(response.body().code()).isEqualTo("internal-server-error");
  }

  @Test
  void aBugWithoutTheDatabaseIs500WithoutProbing() {
    MariaDbDataSource unreachable = new MariaDbDataSource();
    HttpResponse<Problem> response =
        new UnexpectedExceptionHandler(unreachable)
            .handle(HttpRequest.GET("/x"), new IllegalStateException("a bug"));
    assertThat(response.code()).isEqualTo(500);
  }
}
