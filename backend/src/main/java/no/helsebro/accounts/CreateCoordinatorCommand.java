package no.helsebro.accounts;

import io.micronaut.context.ApplicationContext;
import java.io.Console;
import java.util.Optional;

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
 * When a member with the address exists and is active, it makes them a coordinator instead and
 * leaves their password alone. Either way the action is written to the audit log. The new
 * coordinator must turn on two-factor sign-in (Settings) to use the coordinator tools.
 */
public final class CreateCoordinatorCommand {

  private CreateCoordinatorCommand() {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("Usage: CreateCoordinatorCommand <e-mail> [\"Display Name\"]");
      System.exit(2);
    }
    String email = args[0];
    String name = args.length == 2 ? args[1] : "Koordinator";
    try (ApplicationContext context = ApplicationContext.run()) {
      CoordinatorBootstrap bootstrap = context.getBean(CoordinatorBootstrap.class);
      if (bootstrap.promote(email)) {
        System.out.println(email + " is now a coordinator.");
        return;
      }
      String password = password();
      if (password.length() < PasswordPolicy.MIN_LENGTH) {
        System.err.println(
            "The password needs at least " + PasswordPolicy.MIN_LENGTH + " characters.");
        System.exit(1);
      }
      Optional<Long> id = bootstrap.create(email, password, name);
      if (id.isPresent()) {
        System.out.println("Created coordinator " + email + " (member " + id.get() + ").");
      } else {
        System.err.println(email + " belongs to a member who is not active; approve them first.");
        System.exit(1);
      }
    }
  }

  private static String password() {
    String fromEnv = System.getenv("HELSEBRO_NEW_COORDINATOR_PASSWORD");
    if (fromEnv != null && !fromEnv.isBlank()) {
      return fromEnv;
    }
    Console console = System.console();
    if (console == null) {
      System.err.println("No terminal: set HELSEBRO_NEW_COORDINATOR_PASSWORD instead.");
      System.exit(2);
    }
    char[] chars = console.readPassword("Password for the new coordinator: ");
    return chars == null ? "" : new String(chars);
  }
}
