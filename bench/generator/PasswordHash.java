import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * Prints the hash of a password made by Helsebro's own {@code no.helsebro.accounts.PasswordHasher}
 * (Argon2id, the parameters the application uses), for the benchmark members. Run once against
 * the packaged jar; the generator reuses the hash for every member:
 *
 * <pre>
 * java -cp backend/target/helsebro.jar bench/generator/PasswordHash.java bench-password-2026 \
 *   > bench/generator/password-hash.txt
 * </pre>
 */
public class PasswordHash {
  public static void main(String[] args) throws Exception {
    Class<?> hasher = Class.forName("no.helsebro.accounts.PasswordHasher");
    Constructor<?> ctor = hasher.getDeclaredConstructor();
    ctor.setAccessible(true);
    Object h = ctor.newInstance();
    Method hash = hasher.getDeclaredMethod("hash", String.class);
    hash.setAccessible(true);
    Method matches = hasher.getDeclaredMethod("matches", String.class, String.class);
    matches.setAccessible(true);
    String out = (String) hash.invoke(h, args.length > 0 ? args[0] : "bench-password-2026");
    if (!(boolean) matches.invoke(h, args.length > 0 ? args[0] : "bench-password-2026", out)) {
      throw new IllegalStateException("hash does not verify");
    }
    System.out.println(out);
  }
}
