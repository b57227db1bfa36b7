package no.helsebro.accounts;

import io.micronaut.context.ApplicationContext;
import java.io.Console;
import java.util.Map;
import java.util.Optional;
import no.helsebro.platform.config.HelsebroPropertyResolver;
import no.helsebro.platform.config.StartupFailure;
import no.helsebro.platform.database.EmbeddedMariaDb;

/**
 * The command-line way to get a first coordinator, for installations that do not set {@code
 * HELSEBRO_BOOTSTRAP_COORDINATOR_*}. Run it with the same configuration as the server (database URL
 * etc.), while the server may or may not be running:
 *
 * <pre>
 * java -cp helsebro.jar no.helsebro.accounts.CreateCoordinatorCommand kari@ahus.no "Kari Nordmann"
 * </pre>
 *
 * It asks for the password on the terminal (or reads {@code HELSEBRO_NEW_COORDINATOR_PASSWORD}).
 * While the server runs on the same data directory, the command uses its embedded database; it
 * always ends by itself, and a failure is one line. When a member with the address exists and is
 * active, it makes them a coordinator instead and leaves their password alone. Either way the
 * action is written to the audit log. The new coordinator must turn on two-factor sign-in
 * (Settings) to use the coordinator tools.
 */
public final class CreateCoordinatorCommand {

  private CreateCoordinatorCommand() {}

  public static void main(String[] args) {
    // A command ends its JVM itself: the embedded database's process watcher would keep it alive.
    System.exit(run(args));
  }

  /** Does the work; answers the exit status (0 done, 1 refused or failed, 2 wrong usage). */
  static int run(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("Usage: CreateCoordinatorCommand <e-mail> [\"Display Name\"]");
      return 2;
    }
    String email = args[0];
    String name = args.length == 2 ? args[1] : "Koordinator";
    // While the server runs on the same data directory, its embedded database is used.
    try (ApplicationContext context =
        ApplicationContext.builder()
            .properties(
                Map.of(
                    HelsebroPropertyResolver.USE_RUNNING_DATABASE,
                    true,
                    // The running server holds this node's search index; the command needs none.
                    "helsebro.search.enabled",
                    false))
            .start()) {
      CoordinatorBootstrap bootstrap = context.getBean(CoordinatorBootstrap.class);
      if (bootstrap.promote(email)) {
        System.out.println(email + " is now a coordinator.");
        return 0;
      }
      Optional<String> password = password();
      if (password.isEmpty()) {
        System.err.println("No terminal: set HELSEBRO_NEW_COORDINATOR_PASSWORD instead.");
        return 2;
      }
      if (password.get().length() < PasswordPolicy.MIN_LENGTH) {
        System.err.println(
            "The password needs at least " + PasswordPolicy.MIN_LENGTH + " characters.");
        return 1;
      }
      Optional<Long> id = bootstrap.create(email, password.get(), name);
      if (id.isPresent()) {
        System.out.println("Created coordinator " + email + " (member " + id.get() + ").");
        return 0;
      }
      System.err.println(email + " belongs to a member who is not active; approve them first.");
      return 1;
    } catch (RuntimeException e) {
      System.err.println("Could not create the coordinator: " + StartupFailure.explain(e));
      return 1;
    } finally {
      EmbeddedMariaDb.stopIfRunning();
    }
  }

  private static Optional<String> password() {
    String fromEnv = System.getenv("HELSEBRO_NEW_COORDINATOR_PASSWORD");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return Optional.of(fromEnv);
    }
    Console console = System.console();
    if (console == null) {
      return Optional.empty();
    }
    char[] chars = console.readPassword("Password for the new coordinator: ");
    return Optional.of(chars == null ? "" : new String(chars));
  }
}
