package no.helsebro.platform.database;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says that one Helsebro uses an embedded database directory: an operating-system lock on the file
 * {@code in-use} next to the data, held for as long as the server runs and released by the
 * operating system when the process ends, however it ends. The file names the holder's process id
 * and, once the server is up, its port, so a second start can refuse at once with a clear line
 * (issue 8, item 17) and a command-line tool can use the running server's database instead of
 * starting its own (item 16).
 *
 * <p>The lock is taken before anything else touches the directory: MariaDB's own InnoDB lock would
 * only be found after a 30-second wait for a server that never says it is ready.
 */
final class DataDirectoryLock {

  static final String FILE = "in-use";

  /** Directories this JVM holds: a second channel on a held file would release the lock. */
  private static final Set<Path> HELD_HERE = new HashSet<>();

  private static final Pattern PID = Pattern.compile("(?m)^pid=(\\d+)$");
  private static final Pattern PORT = Pattern.compile("(?m)^port=(\\d+)$");

  /** Who uses a directory, as far as its lock file says. */
  record Holder(Optional<Long> pid, Optional<Integer> port) {}

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;

  private DataDirectoryLock(Path dir, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
  }

  /** The lock, or the holder of the directory when another process (or this one) uses it. */
  sealed interface Attempt permits Taken, InUse {}

  record Taken(DataDirectoryLock lock) implements Attempt {}

  record InUse(Holder holder, boolean byThisProcess) implements Attempt {}

  static Attempt tryTake(Path dir) throws IOException {
    Path key = dir.toAbsolutePath().normalize();
    synchronized (HELD_HERE) {
      if (HELD_HERE.contains(key)) {
        // Not read: closing another channel on the file would drop this process's lock (POSIX).
        return new InUse(
            new Holder(Optional.of(ProcessHandle.current().pid()), Optional.empty()), true);
      }
      Files.createDirectories(key);
      Path file = key.resolve(FILE);
      FileChannel channel =
          FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        channel.close();
        return new InUse(read(file), false);
      }
      HELD_HERE.add(key);
      DataDirectoryLock taken = new DataDirectoryLock(key, channel, lock);
      taken.write(null);
      return new Taken(taken);
    }
  }

  /** Adds the server's port to the file, for tools that use the running server's database. */
  void publish(int port) throws IOException {
    write(port);
  }

  private void write(Integer port) throws IOException {
    String text =
        "pid="
            + ProcessHandle.current().pid()
            + "\n"
            + (port == null ? "" : "port=" + port + "\n")
            + "# Held by a running Helsebro; the operating system releases it when that ends.\n";
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(false);
  }

  /** Releases the directory (the server has stopped). */
  void release() {
    synchronized (HELD_HERE) {
      try {
        lock.release();
        channel.close();
      } catch (IOException e) {
        // The operating system releases it when the process ends anyway.
      } finally {
        HELD_HERE.remove(dir);
      }
    }
  }

  private static Holder read(Path file) {
    try {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      return new Holder(find(PID, text).map(Long::valueOf), find(PORT, text).map(Integer::valueOf));
    } catch (IOException | RuntimeException e) {
      return new Holder(Optional.empty(), Optional.empty());
    }
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }
}
