package no.helsebro.accounts;

/**
 * Not a test: a timing note for bench/results/accounts.md. Run with {@code java -cp
 * backend/target/classes:$(cat cp.txt) no.helsebro.accounts.PasswordHashTiming} or from the IDE.
 * Prints the median time of one Argon2id hash and one verification at the parameters {@link
 * PasswordHasher} uses, after a warm-up.
 */
public final class PasswordHashTiming {

  private PasswordHashTiming() {}

  public static void main(String[] args) {
    PasswordHasher hasher = new PasswordHasher();
    String password = "kaffe på nattevakt klokka tre";
    for (int i = 0; i < 20; i++) {
      hasher.hash(password);
    }
    int runs = 50;
    long[] hash = new long[runs];
    long[] verify = new long[runs];
    String stored = hasher.hash(password);
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      hasher.hash(password);
      long t1 = System.nanoTime();
      hasher.matches(password, stored);
      long t2 = System.nanoTime();
      hash[i] = t1 - t0;
      verify[i] = t2 - t1;
    }
    java.util.Arrays.sort(hash);
    java.util.Arrays.sort(verify);
    System.out.printf(
        "Argon2id m=%d KiB, t=%d, p=%d: hash median %.1f ms (p90 %.1f), verify median %.1f ms%n",
        PasswordHasher.MEMORY_KIB,
        PasswordHasher.ITERATIONS,
        PasswordHasher.PARALLELISM,
        hash[runs / 2] / 1e6,
        hash[runs * 9 / 10] / 1e6,
        verify[runs / 2] / 1e6);
  }
}
