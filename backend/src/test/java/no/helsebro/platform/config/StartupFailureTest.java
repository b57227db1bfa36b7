package no.helsebro.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.helsebro.testing.ChildJvm;
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

  private ChildJvm.Outcome start(Map<String, String> env) throws Exception {
    // Each case names the database it wants (or none); the user and password stay inherited.
    Map<String, String> all = new HashMap<>(env);
    all.put("HELSEBRO_DATA_DIR", dataDir.toString());
    return ChildJvm.main("no.helsebro.Application")
        .env(all)
        .logsIn(dataDir)
        .run(Duration.ofSeconds(120));
  }

  private static void assertOneClearLine(ChildJvm.Outcome outcome, String expected) {
    assertThat(outcome.exitCode()).isEqualTo(1);
    assertThat(outcome.stderr()).hasSize(1);
    assertThat(outcome.stderr().get(0)).startsWith("Helsebro could not start: ").contains(expected);
    assertThat(outcome.stdout())
        .noneMatch(line -> line.startsWith("\tat ") || line.contains("Exception"));
  }

  @Test
  void anUnreachableDatabaseEndsTheStartWithOneLineNamingTheUrl() throws Exception {
    ChildJvm.Outcome outcome =
        start(Map.of("DATASOURCES_DEFAULT_URL", "jdbc:mariadb://127.0.0.1:1/helsebro"));

    assertOneClearLine(outcome, "cannot reach the database at jdbc:mariadb://127.0.0.1:1/helsebro");
    assertThat(outcome.stderr().get(0)).contains("DATASOURCES_DEFAULT_URL");
  }

  @Test
  void productionModeWithoutASigningSecretRefusesToStart() throws Exception {
    ChildJvm.Outcome outcome =
        start(Map.of("MICRONAUT_ENVIRONMENTS", "prod", "DATASOURCES_DEFAULT_URL", databaseUrl));

    assertOneClearLine(outcome, "HELSEBRO_JWT_SECRET is not set");
  }

  @Test
  void productionModeWithoutADatabaseRefusesToStartTheEmbeddedOne() throws Exception {
    ChildJvm.Outcome outcome =
        start(
            Map.of(
                "MICRONAUT_ENVIRONMENTS", "prod",
                "HELSEBRO_JWT_SECRET", "a-production-secret-that-is-long-enough-0123"));

    assertOneClearLine(outcome, "DATASOURCES_DEFAULT_URL is not set");
  }

  @Test
  void productionModeWithNeitherSecretNorDatabaseNamesBothInOneLine() throws Exception {
    ChildJvm.Outcome outcome = start(Map.of("MICRONAUT_ENVIRONMENTS", "prod"));

    assertOneClearLine(outcome, "HELSEBRO_JWT_SECRET is not set");
    assertThat(outcome.stderr().get(0)).contains("DATASOURCES_DEFAULT_URL is not set");
  }

  @Test
  void productionModeChecksItsConfigurationBeforeConnectingToTheDatabase() throws Exception {
    // The test database, reached through a counting proxy: Helsebro must refuse the missing
    // secret without connecting (before, it migrated a reachable database first).
    try (CountingProxy proxy = CountingProxy.to(databaseUrl)) {
      ChildJvm.Outcome outcome =
          start(
              Map.of("MICRONAUT_ENVIRONMENTS", "prod", "DATASOURCES_DEFAULT_URL", proxy.jdbcUrl()));

      assertOneClearLine(outcome, "HELSEBRO_JWT_SECRET is not set");
      assertThat(proxy.connections()).as("connections made to the database").isZero();
    }
  }

  /** Forwards TCP connections to the database of a JDBC URL and counts them. */
  static final class CountingProxy implements AutoCloseable {
    private final ServerSocket server;
    private final String jdbcUrl;
    private final AtomicInteger connections = new AtomicInteger();

    private CountingProxy(String targetUrl) throws IOException {
      Matcher m = Pattern.compile("^(jdbc:[a-z]+://)([^/:]+):(\\d+)(/.*)$").matcher(targetUrl);
      if (!m.matches()) {
        throw new IllegalArgumentException("Not a JDBC URL with host and port: " + targetUrl);
      }
      String host = m.group(2);
      int port = Integer.parseInt(m.group(3));
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
      jdbcUrl = m.group(1) + "127.0.0.1:" + server.getLocalPort() + m.group(4);
      Thread acceptor =
          new Thread(
              () -> {
                while (!server.isClosed()) {
                  try {
                    Socket client = server.accept();
                    connections.incrementAndGet();
                    Socket target = new Socket(host, port);
                    pipe(client, target);
                    pipe(target, client);
                  } catch (IOException closed) {
                    return;
                  }
                }
              },
              "counting-proxy");
      acceptor.setDaemon(true);
      acceptor.start();
    }

    static CountingProxy to(String targetUrl) throws IOException {
      return new CountingProxy(targetUrl);
    }

    private static void pipe(Socket from, Socket to) {
      Thread t =
          new Thread(
              () -> {
                try (from;
                    to) {
                  from.getInputStream().transferTo(to.getOutputStream());
                } catch (IOException e) {
                  // One side closed: so does the other.
                }
              });
      t.setDaemon(true);
      t.start();
    }

    String jdbcUrl() {
      return jdbcUrl;
    }

    int connections() {
      return connections.get();
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }

  @Test
  void aPortInUseEndsTheStartWithOneLine() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      ChildJvm.Outcome outcome =
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
