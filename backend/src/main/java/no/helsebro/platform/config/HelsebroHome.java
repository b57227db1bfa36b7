package no.helsebro.platform.config;

import io.micronaut.context.env.Environment;
import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import no.helsebro.platform.database.EmbeddedMariaDb;

/**
 * Where Helsebro keeps its files on this machine: the embedded database, the generated signing
 * secret and the development mail outbox. {@code HELSEBRO_DATA_DIR} (property {@code
 * helsebro.data-dir}) overrides the default {@code ~/.helsebro}.
 *
 * <p>In the {@code test} environment with no data directory configured, each JVM gets a fresh
 * temporary one (so test runs never see each other's data, nor write mail into the member's own
 * outbox), deleted again when the JVM exits.
 */
public final class HelsebroHome {

  public static final String DATA_DIR_PROPERTY = "helsebro.data-dir";

  private static Path testDataDir;

  private HelsebroHome() {}

  public static Path dataDir(PropertyResolver properties) {
    if (properties.get(DATA_DIR_PROPERTY, String.class).filter(s -> !s.isBlank()).isEmpty()
        && isTest(properties)) {
      return testDataDir();
    }
    return properties
        .get(DATA_DIR_PROPERTY, String.class)
        .filter(s -> !s.isBlank())
        .map(Path::of)
        .orElseGet(() -> Path.of(System.getProperty("user.home"), ".helsebro"))
        .toAbsolutePath();
  }

  /**
   * Unpacked database binaries are shared by every data directory of this user, so a fresh data
   * directory (a test run, a second instance) does not unpack 366 MB again.
   */
  public static Path binariesCache() {
    String override = System.getenv("HELSEBRO_BINARIES_DIR");
    if (override != null && !override.isBlank()) {
      return Path.of(override).toAbsolutePath();
    }
    return Path.of(System.getProperty("user.home"), ".helsebro", "binaries").toAbsolutePath();
  }

  private static boolean isTest(PropertyResolver properties) {
    return properties instanceof Environment env && env.getActiveNames().contains(Environment.TEST);
  }

  private static synchronized Path testDataDir() {
    if (testDataDir == null) {
      try {
        testDataDir = Files.createTempDirectory("helsebro-test-");
      } catch (IOException e) {
        throw new StartupException("Cannot create a temporary data directory for tests", e);
      }
      Path dir = testDataDir;
      // ~160 MB per test JVM: stop the database that lives in it, then remove it (issue 8, 22).
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    EmbeddedMariaDb.stopIfRunning();
                    deleteQuietly(dir);
                  },
                  "helsebro-test-data-cleanup"));
    }
    return testDataDir;
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | RuntimeException e) {
      // Best effort at exit: the operating system's temp cleaning takes the rest.
    }
  }
}
