package no.helsebro.platform.config;

import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertyExpressionResolver;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import no.helsebro.platform.database.EmbeddedMariaDb;

/**
 * Resolves the placeholders that make Helsebro run with no configuration at all.
 *
 * <ul>
 *   <li>{@code ${embedded-mariadb.url}} is the default of {@code datasources.default.url}. It is
 *       only resolved when nothing overrides that property (e.g. {@code DATASOURCES_DEFAULT_URL}),
 *       and then starts the embedded MariaDB.
 *   <li>{@code ${helsebro-secrets.jwt}} is the JWT signing secret: {@code HELSEBRO_JWT_SECRET} when
 *       given; otherwise, outside production, one generated on first start and kept with the data.
 * </ul>
 *
 * <p>Registered through {@code META-INF/services}, because it must work before any bean exists.
 */
public class HelsebroPropertyResolver implements PropertyExpressionResolver {

  static final String EMBEDDED_URL = "embedded-mariadb.url";
  static final String JWT_SECRET = "helsebro-secrets.jwt";
  static final int MIN_SECRET_LENGTH = ConfigurationCheck.MIN_SECRET_LENGTH;

  /**
   * Set by command-line tools: when another Helsebro runs on the same data directory, use its
   * embedded database instead of refusing to start.
   */
  public static final String USE_RUNNING_DATABASE = "helsebro.embedded-database.use-running";

  @Override
  public <T> Optional<T> resolve(
      PropertyResolver properties,
      ConversionService conversionService,
      String expression,
      Class<T> requiredType) {
    return switch (expression) {
      case EMBEDDED_URL -> conversionService.convert(embeddedUrl(properties), requiredType);
      case JWT_SECRET -> conversionService.convert(jwtSecret(properties), requiredType);
      default -> Optional.empty();
    };
  }

  private static String embeddedUrl(PropertyResolver properties) {
    // All configuration first (production: the secret too), then the database.
    ConfigurationCheck.require(properties, false);
    boolean useRunning = properties.get(USE_RUNNING_DATABASE, Boolean.class).orElse(false);
    return EmbeddedMariaDb.startOnce(dataDir(properties), HelsebroHome.binariesCache(), useRunning)
        .jdbcUrl();
  }

  static Path dataDir(PropertyResolver properties) {
    return HelsebroHome.dataDir(properties);
  }

  private static synchronized String jwtSecret(PropertyResolver properties) {
    Optional<String> configured = ConfigurationCheck.secret(properties);
    if (configured.isPresent() || isProduction(properties)) {
      if (isProduction(properties)) {
        // Reading the URL only names a database; when none is given, resolving the embedded
        // default runs the check for the database too, so every problem is named in one line.
        properties.get("datasources.default.url", String.class);
      }
      // A short secret, or none in production, is refused.
      ConfigurationCheck.require(properties, true);
      return configured.orElseThrow();
    }
    Path file = dataDir(properties).resolve("jwt-secret");
    try {
      if (Files.isReadable(file)) {
        String stored = Files.readString(file).trim();
        if (stored.length() >= MIN_SECRET_LENGTH) {
          return stored;
        }
      }
      Files.createDirectories(file.getParent());
      byte[] bytes = new byte[48];
      new SecureRandom().nextBytes(bytes);
      String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
      Files.writeString(file, secret);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException e) {
        // Not a POSIX file system; the data directory's own permissions apply.
      }
      return secret;
    } catch (IOException e) {
      throw new StartupException(
          "Cannot keep the generated signing secret in "
              + file
              + ": make the data directory writable or set HELSEBRO_JWT_SECRET",
          e);
    }
  }

  static boolean isProduction(PropertyResolver properties) {
    return properties instanceof Environment env && env.getActiveNames().contains("prod");
  }
}
