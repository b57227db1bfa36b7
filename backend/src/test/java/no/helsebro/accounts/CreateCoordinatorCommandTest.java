package no.helsebro.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import no.helsebro.testing.ChildJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's command for a first coordinator, run as a newcomer runs it: in a JVM of its own,
 * with no server running, so it starts the embedded database itself. (With a server running on the
 * same data, see {@code platform.database.SameDataDirectoryTest}.)
 */
class CreateCoordinatorCommandTest {

  @TempDir Path dataDir;

  @Test
  void theCommandCreatesACoordinatorAndEndsByItself() throws Exception {
    // Before, a thread watching the embedded mariadbd kept the JVM alive for ever (issue 8, 16).
    ChildJvm.Outcome outcome =
        ChildJvm.main(CreateCoordinatorCommand.class.getName())
            .args("kari.koordinator@ous-hf.no", "Kari Koordinator")
            .env(
                Map.of(
                    "HELSEBRO_DATA_DIR",
                    dataDir.toString(),
                    "HELSEBRO_NEW_COORDINATOR_PASSWORD",
                    "Fjordlys-Nattevakt-2031!"))
            .logsIn(dataDir)
            .run(Duration.ofMinutes(4));

    assertThat(outcome.exitCode()).as(String.join("\n", outcome.stderr())).isZero();
    assertThat(outcome.stdout())
        .anyMatch(line -> line.startsWith("Created coordinator kari.koordinator@ous-hf.no"));
  }
}
