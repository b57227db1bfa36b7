package no.helsebro.platform.config;

import io.micronaut.core.value.PropertyResolver;
import java.nio.file.Path;

/**
 * Where Helsebro keeps its files on this machine: the embedded database, the generated signing
 * secret and the development mail outbox. {@code HELSEBRO_DATA_DIR} (property {@code
 * helsebro.data-dir}) overrides the default {@code ~/.helsebro}.
 */
public final class HelsebroHome {

  public static final String DATA_DIR_PROPERTY = "helsebro.data-dir";

  private HelsebroHome() {}

  public static Path dataDir(PropertyResolver properties) {
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
}
