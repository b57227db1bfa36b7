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
  static final int MIN_SECRET_LENGTH = 32;

  private static Path testDataDir;

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
    if (isProduction(properties)) {
      throw new StartupException(
          "DATASOURCES_DEFAULT_URL is not set: production mode needs an external MariaDB"
              + " (e.g. jdbc:mariadb://db:3306/helsebro with DATASOURCES_DEFAULT_USERNAME and"
              + " DATASOURCES_DEFAULT_PASSWORD)");
    }
    return EmbeddedMariaDb.startOnce(dataDir(properties), HelsebroHome.binariesCache()).jdbcUrl();
  }

  static synchronized Path dataDir(PropertyResolver properties) {
    if (properties.getProperty(HelsebroHome.DATA_DIR_PROPERTY, String.class).isEmpty()
        && isTest(properties)) {
      // Each test JVM gets a fresh database of its own, so runs never see each other's data.
      if (testDataDir == null) {
        try {
          testDataDir = Files.createTempDirectory("helsebro-test-");
        } catch (IOException e) {
          throw new StartupException("Cannot create a temporary data directory for tests", e);
        }
      }
      return testDataDir;
    }
    return HelsebroHome.dataDir(properties);
  }

  private static synchronized String jwtSecret(PropertyResolver properties) {
    Optional<String> configured =
        properties.get("helsebro.jwt-secret", String.class).filter(s -> !s.isBlank());
    if (configured.isPresent()) {
      if (configured.get().length() < MIN_SECRET_LENGTH) {
        throw new StartupException(
            "HELSEBRO_JWT_SECRET is too short: use at least "
                + MIN_SECRET_LENGTH
                + " characters (e.g. the output of `openssl rand -base64 48`)");
      }
      return configured.get();
    }
    if (isProduction(properties)) {
      throw new StartupException(
          "HELSEBRO_JWT_SECRET is not set: production mode needs a signing secret of at least "
              + MIN_SECRET_LENGTH
              + " characters (e.g. `export HELSEBRO_JWT_SECRET=$(openssl rand -base64 48)`)");
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

  private static boolean isTest(PropertyResolver properties) {
    return properties instanceof Environment env && env.getActiveNames().contains(Environment.TEST);
  }
}
