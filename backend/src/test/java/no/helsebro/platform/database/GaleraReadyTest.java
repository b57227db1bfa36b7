package no.helsebro.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Docs/adr/0014: the schema and the code use nothing a MariaDB Galera cluster lacks. Galera
 * replicates only InnoDB rows, needs a primary key on every table (rows without one replicate
 * slowly and may differ between nodes), and does not replicate named locks or table locks.
 */
@MicronautTest(transactional = false)
class GaleraReadyTest {

  private static final Pattern CLUSTER_UNSAFE =
      Pattern.compile(
          "\\bGET_LOCK\\s*\\(|\\bLOCK\\s+TABLES?\\b|FLUSH\\s+TABLES\\s+WITH\\s+READ\\s+LOCK"
              + "|\\)\\s*ENGINE\\s*=\\s*(?!InnoDB)\\w+|\\bXA\\s+(START|BEGIN)\\b",
          Pattern.CASE_INSENSITIVE);

  @Inject JdbcQueries sql;

  @Test
  void everyTableHasAPrimaryKey() {
    List<String> withoutKey =
        sql.list(
            """
            SELECT t.table_name FROM information_schema.tables t
            WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
              AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                              WHERE c.table_schema = t.table_schema
                                AND c.table_name = t.table_name
                                AND c.constraint_type = 'PRIMARY KEY')
            """,
            rs -> rs.getString(1));

    assertThat(
            sql.count(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()"))
        .isGreaterThan(20);
    assertThat(withoutKey).isEmpty();
  }

  @Test
  void everyTableIsInnoDb() {
    List<String> notInnoDb =
        sql.list(
            """
            SELECT table_name FROM information_schema.tables
            WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'
            """,
            rs -> rs.getString(1));

    assertThat(notInnoDb).isEmpty();
  }

  @Test
  void noCodeOrMigrationTakesNamedOrTableLocksOrUsesAnotherEngine() throws IOException {
    Path main = Path.of("src/main");
    try (Stream<Path> files = Files.walk(main)) {
      List<String> offenders =
          files
              .filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return name.endsWith(".java") || name.endsWith(".sql");
                  })
              .filter(p -> CLUSTER_UNSAFE.matcher(read(p)).find())
              .map(Path::toString)
              .toList();

      assertThat(offenders).isEmpty();
    }
    assertThat(CLUSTER_UNSAFE.matcher("SELECT GET_LOCK('x', 1)").find()).isTrue();
    assertThat(CLUSTER_UNSAFE.matcher("CREATE TABLE t (id INT) ENGINE=MyISAM").find()).isTrue();
    assertThat(CLUSTER_UNSAFE.matcher("CREATE TABLE t (id INT) ENGINE=InnoDB").find()).isFalse();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
