package no.helsebro.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChildJvmTest {

  @Test
  void aChildJvmIgnoresTheJavaOptionsThisJvmWasStartedWith() throws Exception {
    // With JAVA_TOOL_OPTIONS set, a JVM prints "Picked up JAVA_TOOL_OPTIONS: ..." on stderr before
    // anything else; tests that expect exactly one line of stderr then failed (issue 8, item 20).
    ChildJvm.Outcome outcome =
        ChildJvm.main("no.helsebro.accounts.CreateCoordinatorCommand")
            .inheriting(
                Map.of(
                    "JAVA_TOOL_OPTIONS", "-Dhelsebro.example=1",
                    "JDK_JAVA_OPTIONS", "-Dhelsebro.example=2",
                    "_JAVA_OPTIONS", "-Dhelsebro.example=3"))
            .run(Duration.ofSeconds(60));

    assertThat(outcome.stderr())
        .containsExactly("Usage: CreateCoordinatorCommand <e-mail> [\"Display Name\"]");
    assertThat(outcome.exitCode()).isEqualTo(2);
  }
}
