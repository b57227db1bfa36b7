package no.helsebro.platform.database;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Reports whether MariaDB answers, and which server it is, on {@code /health}. Unlike the stock
 * JDBC indicator it never shows the connection URL or user to anonymous callers.
 */
@Singleton
class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

  private final DataSource dataSource;

  DatabaseHealthIndicator(DataSource dataSource) {
    // The injected DataSource is Micronaut Data's transaction-aware proxy, which needs a
    // surrounding connection; a health check wants a plain one from the pool.
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  @Override
  protected Map<String, Object> getHealthInformation() {
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(3)) {
        healthStatus = HealthStatus.DOWN;
        return Map.of("error", "connection not valid");
      }
      DatabaseMetaData meta = connection.getMetaData();
      Map<String, Object> details = new LinkedHashMap<>();
      details.put("database", meta.getDatabaseProductName());
      details.put("version", meta.getDatabaseProductVersion());
      healthStatus = HealthStatus.UP;
      return details;
    } catch (SQLException e) {
      healthStatus = HealthStatus.DOWN;
      return Map.of("error", "database not reachable");
    }
  }

  @Override
  protected String getName() {
    return "database";
  }
}
