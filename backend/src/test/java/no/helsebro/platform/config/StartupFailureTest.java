package no.helsebro.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.File;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Starts Helsebro as its own process with a bad configuration and checks that it ends at once with
 * one line that says what is wrong.
 */
@MicronautTest
class StartupFailureTest {

  @Property(name = "datasources.default.url")
  String databaseUrl;

  @TempDir Path dataDir;

  record Outcome(int exitCode, List<String> stdout, List<String> stderr, long millis) {}

  private Outcome start(Map<String, String> env) throws Exception {
    // The test classes carry logback-test.xml, which would show traces the real start hides.
    String classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto",
                "-cp",
                classpath,
                "no.helsebro.Application"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("HELSEBRO_JWT_SECRET");
    builder.environment().remove("MICRONAUT_ENVIRONMENTS");
    // Each case names the database it wants (or none); the user and password stay inherited.
    builder.environment().remove("DATASOURCES_DEFAULT_URL");
    builder.environment().put("HELSEBRO_DATA_DIR", dataDir.toString());
    builder.environment().putAll(env);
    Path out = Files.createTempFile(dataDir, "out", ".log");
    Path err = Files.createTempFile(dataDir, "err", ".log");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    long started = System.nanoTime();
    Process process = builder.start();
    boolean ended = process.waitFor(60, TimeUnit.SECONDS);
    if (!ended) {
      process.destroyForcibly();
    }
    assertThat(ended).as("process ended by itself").isTrue();
    return new Outcome(
        process.exitValue(),
        Files.readAllLines(out, StandardCharsets.UTF_8),
        Files.readAllLines(err, StandardCharsets.UTF_8),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static void assertOneClearLine(Outcome outcome, String expected) {
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.stderr()).hasSize(1);
    assertThat(outcome.stderr().get(0)).startsWith("Helsebro could not start: ").contains(expected);
    assertThat(outcome.stdout())
        .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
  }

  @Test
  void anUnreachableDatabaseEndsTheStartWithOneLineNamingTheUrl() throws Exception {
    Outcome outcome =
        start(Map.of("DATASOURCES_DEFAULT_URL", "jdbc:mariadb://127.0.0.1:1/helsebro"));

    assertOneClearLine(outcome, "cannot reach the database at jdbc:mariadb://127.0.0.1:1/helsebro");
    assertThat(outcome.stderr().get(0)).contains("DATASOURCES_DEFAULT_URL");
  }

  @Test
  void productionModeWithoutASigningSecretRefusesToStart() throws Exception {
    Outcome outcome =
        start(Map.of("MICRONAUT_ENVIRONMENTS", "prod", "DATASOURCES_DEFAULT_URL", databaseUrl));

    assertOneClearLine(outcome, "HELSEBRO_JWT_SECRET is not set");
  }

  @Test
  void productionModeWithoutADatabaseRefusesToStartTheEmbeddedOne() throws Exception {
    Outcome outcome =
        start(
            Map.of(
                "MICRONAUT_ENVIRONMENTS", "prod",
                "HELSEBRO_JWT_SECRET", "a-production-secret-that-is-long-enough-0123"));

    assertOneClearLine(outcome, "DATASOURCES_DEFAULT_URL is not set");
  }

  @Test
  void aPortInUseEndsTheStartWithOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      Outcome outcome =
          start(
              Map.of(
                  "MICRONAUT_SERVER_PORT",
                  Integer.toString(taken.getLocalPort()),
                  "DATASOURCES_DEFAULT_URL",
                  databaseUrl));

      assertOneClearLine(outcome, "port is already in use");
    }
  }
}
