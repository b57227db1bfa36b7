package no.helsebro.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Runs a main class of Helsebro in a JVM of its own, as a member of the public would start it: with
 * the main classes and dependencies (not the test classes, whose logback-test.xml would show traces
 * the real start hides) and an environment cleaned of this JVM's own configuration.
 *
 * <p>Variables that change how a JVM starts ({@code JAVA_TOOL_OPTIONS} and friends) are removed:
 * with them the child prints "Picked up JAVA_TOOL_OPTIONS: …" before anything else, which is not
 * what the tests look at (issue 8, item 20).
 */
public final class ChildJvm {

  /** Variables every JVM reads at start (and announces on stderr). */
  public static final List<String> JVM_OPTION_VARIABLES =
      List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");

  /** Configuration of this JVM that must not leak into the child unless a test names it. */
  private static final List<String> OWN_CONFIGURATION =
      List.of(
          "HELSEBRO_JWT_SECRET",
          "HELSEBRO_DATA_DIR",
          "MICRONAUT_ENVIRONMENTS",
          "MICRONAUT_SERVER_PORT",
          "DATASOURCES_DEFAULT_URL");

  /** How a child ended. */
  public record Outcome(int exitCode, List<String> stdout, List<String> stderr, long millis) {}

  private final String mainClass;
  private final List<String> args = new ArrayList<>();
  private final Map<String, String> inherited = new LinkedHashMap<>();
  private final Map<String, String> env = new LinkedHashMap<>();
  private Path logDir;

  private ChildJvm(String mainClass) {
    this.mainClass = mainClass;
  }

  public static ChildJvm main(String mainClass) {
    return new ChildJvm(mainClass);
  }

  public ChildJvm args(String... more) {
    args.addAll(List.of(more));
    return this;
  }

  /** Variables for this run (they win over everything inherited). */
  public ChildJvm env(Map<String, String> variables) {
    env.putAll(variables);
    return this;
  }

  /**
   * Variables as if this JVM had been started with them: they go through the same cleaning as the
   * real inherited environment (for testing the cleaning itself).
   */
  public ChildJvm inheriting(Map<String, String> variables) {
    inherited.putAll(variables);
    return this;
  }

  /** Where stdout and stderr are written (a temporary directory of the test). */
  public ChildJvm logsIn(Path dir) {
    this.logDir = dir;
    return this;
  }

  /** The command and environment a run uses. */
  ProcessBuilder builder() throws IOException {
    String classpath =
        Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
            .filter(entry -> !entry.endsWith("test-classes"))
            .collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xshare:auto");
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> environment = builder.environment();
    environment.putAll(inherited);
    JVM_OPTION_VARIABLES.forEach(environment::remove);
    OWN_CONFIGURATION.forEach(environment::remove);
    environment.putAll(env);
    if (logDir == null) {
      logDir = Files.createTempDirectory("helsebro-child-");
    }
    return builder;
  }

  /** Starts the child and leaves it running (stop it with {@link Running#stop}). */
  public Running start() throws IOException {
    ProcessBuilder builder = builder();
    Path out = Files.createTempFile(logDir, "out", ".log");
    Path err = Files.createTempFile(logDir, "err", ".log");
    builder.redirectOutput(out.toFile()).redirectError(err.toFile());
    return new Running(builder.start(), out, err, System.nanoTime());
  }

  /** Runs the child until it ends by itself; a child still running after {@code limit} fails. */
  public Outcome run(Duration limit) throws IOException, InterruptedException {
    Running running = start();
    boolean ended = running.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    if (!ended) {
      running.stop();
      throw new AssertionError(
          mainClass
              + " did not end by itself within "
              + limit.toSeconds()
              + " s; its output:\n"
              + String.join("\n", running.stdout())
              + "\n"
              + String.join("\n", running.stderr()));
    }
    return running.outcome();
  }

  /** A child that runs. */
  public static final class Running {
    private final Process process;
    private final Path out;
    private final Path err;
    private final long started;

    private Running(Process process, Path out, Path err, long started) {
      this.process = process;
      this.out = out;
      this.err = err;
      this.started = started;
    }

    public long pid() {
      return process.pid();
    }

    public boolean alive() {
      return process.isAlive();
    }

    public List<String> stdout() {
      return lines(out);
    }

    public List<String> stderr() {
      return lines(err);
    }

    Outcome outcome() {
      return new Outcome(
          process.exitValue(), stdout(), stderr(), (System.nanoTime() - started) / 1_000_000);
    }

    /** Ends the child as a SIGTERM would (its shutdown hooks run), forcibly if it hangs. */
    public void stop() throws InterruptedException {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    }

    private static List<String> lines(Path file) {
      try {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        return List.of("(could not read " + file + ": " + e.getMessage() + ")");
      }
    }
  }
}
