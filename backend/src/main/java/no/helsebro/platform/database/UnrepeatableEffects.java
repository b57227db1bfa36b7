package no.helsebro.platform.database;

/**
 * Marks work a transaction cannot take back: mail handed to the SMTP server (or the outbox) while
 * the transaction is still open. {@link ConflictRetry} does not run such a transaction again after
 * a conflict, so nobody gets the same mail twice; the failure goes on as a 503 instead
 * (docs/adr/0013).
 */
public final class UnrepeatableEffects {

  private static final ThreadLocal<Boolean> HAPPENED = ThreadLocal.withInitial(() -> false);

  private UnrepeatableEffects() {}

  /** Called by code that has just done something outside the database that a retry would repeat. */
  public static void happened() {
    HAPPENED.set(true);
  }

  static void reset() {
    HAPPENED.set(false);
  }

  static boolean any() {
    return HAPPENED.get();
  }
}
