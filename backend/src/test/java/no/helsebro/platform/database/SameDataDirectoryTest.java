package no.helsebro.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import no.helsebro.testing.ChildJvm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Helsebro runs on a data directory (in a JVM of its own, as `java -jar` would); a second start
 * and the coordinator command meet it there (issue 8, items 16 and 17).
 */
class SameDataDirectoryTest {

  @TempDir static Path dataDir;

  private static ChildJvm.Running server;
  private static int port;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @BeforeAll
  static void startAServer() throws Exception {
    port = freePort();
    server =
        ChildJvm.main("no.helsebro.Application")
            .env(
                Map.of(
                    "HELSEBRO_DATA_DIR",
                    dataDir.toString(),
                    "MICRONAUT_SERVER_PORT",
                    Integer.toString(port)))
            .logsIn(dataDir)
            .start();
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (!healthy()) {
      if (!server.alive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "The server did not start: " + server.stdout() + "\n" + server.stderr());
      }
      Thread.sleep(500);
    }
  }

  @AfterAll
  static void stopTheServer() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void aSecondHelsebroOnTheSameDataEndsAtOnceWithOneLineNamingTheFirst() throws Exception {
    ChildJvm.Outcome second =
        ChildJvm.main("no.helsebro.Application")
            .env(
                Map.of(
                    "HELSEBRO_DATA_DIR",
                    dataDir.toString(),
                    "MICRONAUT_SERVER_PORT",
                    Integer.toString(freePort())))
            .logsIn(dataDir)
            .run(Duration.ofMinutes(2));

    assertThat(second.exitCode()).isEqualTo(1);
    assertThat(second.stderr())
        .containsExactly(
            "Helsebro could not start: the data directory "
                + dataDir
                + " is in use by another Helsebro (pid "
                + server.pid()
                + "): stop that one first, or give this one its own HELSEBRO_DATA_DIR");
    assertThat(second.stdout()).noneMatch(line -> line.contains("ERROR"));
    // Before, it waited 30 s for a database server that could never start, then printed errors.
    // Now it refuses as soon as it has read its configuration: as fast as a start refused for a
    // missing setting (a second or two on a quiet machine; measured side by side, as this
    // machine may be busy).
    ChildJvm.Outcome refusedForConfiguration =
        ChildJvm.main("no.helsebro.Application")
            .env(Map.of("HELSEBRO_DATA_DIR", dataDir.toString(), "MICRONAUT_ENVIRONMENTS", "prod"))
            .logsIn(dataDir)
            .run(Duration.ofMinutes(2));
    assertThat(refusedForConfiguration.exitCode()).isEqualTo(1);
    assertThat(second.millis()).isLessThan(refusedForConfiguration.millis() + 10_000);
    assertThat(healthy()).as("the first one still serves").isTrue();
  }

  @Test
  void theCoordinatorCommandUsesTheRunningServersDatabaseAndEndsByItself() throws Exception {
    String email = "kari.koordinator@ous-hf.no";
    String password = "Fjordlys-Nattevakt-2031!";

    ChildJvm.Outcome command =
        ChildJvm.main("no.helsebro.accounts.CreateCoordinatorCommand")
            .args(email, "Kari Koordinator")
            .env(
                Map.of(
                    "HELSEBRO_DATA_DIR",
                    dataDir.toString(),
                    "HELSEBRO_NEW_COORDINATOR_PASSWORD",
                    password))
            .logsIn(dataDir)
            .run(Duration.ofMinutes(2));

    assertThat(command.exitCode()).as(String.join("\n", command.stderr())).isZero();
    assertThat(command.stdout()).anyMatch(line -> line.startsWith("Created coordinator " + email));
    HttpResponse<String> signIn =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(base() + "/api/v1/auth/sign-in"))
                .header("Content-Type", "application/json")
                .header("X-Helsebro-Csrf", "1")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(signIn.statusCode()).as(signIn.body()).isEqualTo(200);
  }

  private static String base() {
    return "http://127.0.0.1:" + port;
  }

  private static boolean healthy() {
    try {
      return HTTP.send(
                  HttpRequest.newBuilder(URI.create(base() + "/health"))
                      .timeout(Duration.ofSeconds(5))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .statusCode()
          == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
