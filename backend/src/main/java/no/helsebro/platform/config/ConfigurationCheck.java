package no.helsebro.platform.config;

import io.micronaut.core.value.PropertyResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What must be configured before Helsebro touches a database (issue 8, item 18): in production mode
 * a signing secret and an external database; in every mode, a given secret long enough. Every
 * problem is named at once, in one line, before a connection is opened or a migration runs.
 */
public final class ConfigurationCheck {

  static final String SECRET_PROPERTY = "helsebro.jwt-secret";
  static final int MIN_SECRET_LENGTH = 32;

  private ConfigurationCheck() {}

  /**
   * Throws a {@link StartupException} naming every problem, if there are any.
   *
   * @param databaseConfigured whether {@code DATASOURCES_DEFAULT_URL} (or its property) names a
   *     database; when not, the embedded one is about to start
   */
  public static void require(PropertyResolver properties, boolean databaseConfigured) {
    List<String> problems = problems(properties, databaseConfigured);
    if (!problems.isEmpty()) {
      throw new StartupException(String.join("; and ", problems));
    }
  }

  static List<String> problems(PropertyResolver properties, boolean databaseConfigured) {
    boolean production = HelsebroPropertyResolver.isProduction(properties);
    List<String> problems = new ArrayList<>();
    Optional<String> secret = secret(properties);
    if (secret.isPresent() && secret.get().length() < MIN_SECRET_LENGTH) {
      problems.add(
          "HELSEBRO_JWT_SECRET is too short: use at least "
              + MIN_SECRET_LENGTH
              + " characters (e.g. the output of `openssl rand -base64 48`)");
    } else if (secret.isEmpty() && production) {
      problems.add(
          "HELSEBRO_JWT_SECRET is not set: production mode needs a signing secret of at least "
              + MIN_SECRET_LENGTH
              + " characters (e.g. `export HELSEBRO_JWT_SECRET=$(openssl rand -base64 48)`)");
    }
    if (!databaseConfigured && production) {
      problems.add(
          "DATASOURCES_DEFAULT_URL is not set: production mode needs an external MariaDB"
              + " (e.g. jdbc:mariadb://db:3306/helsebro with DATASOURCES_DEFAULT_USERNAME and"
              + " DATASOURCES_DEFAULT_PASSWORD)");
    }
    return problems;
  }

  static Optional<String> secret(PropertyResolver properties) {
    return properties.get(SECRET_PROPERTY, String.class).filter(s -> !s.isBlank());
  }
}
