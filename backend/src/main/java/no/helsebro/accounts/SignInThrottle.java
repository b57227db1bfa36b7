package no.helsebro.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import no.helsebro.platform.errors.ApiException;

/**
 * Slows down and then locks repeated failed sign-ins, per account (the e-mail as typed, whether or
 * not it belongs to a member, so the answer never tells) and per client address. Refusals are 429
 * with {@code Retry-After} seconds in the problem ({@code retryAfter}).
 */
@Singleton
class SignInThrottle {

  private final JdbcOperations jdbc;

  SignInThrottle(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  void checkAllowed(String email, String clientIp) {
    Instant now = Instant.now();
    check(accountKey(email), ThrottlePolicy.PER_ACCOUNT, now);
    check(addressKey(clientIp), ThrottlePolicy.PER_ADDRESS, now);
  }

  void recordFailure(String email, String clientIp) {
    Instant now = Instant.now();
    record(accountKey(email), ThrottlePolicy.PER_ACCOUNT, now);
    record(addressKey(clientIp), ThrottlePolicy.PER_ADDRESS, now);
  }

  void recordSuccess(String email) {
    jdbc.execute(
        c -> {
          try (var ps = c.prepareStatement("DELETE FROM sign_in_failures WHERE key_hash = ?")) {
            ps.setString(1, accountKey(email));
            return ps.executeUpdate();
          }
        });
  }

  private void check(String key, ThrottlePolicy policy, Instant now) {
    jdbc.execute(
        c -> {
          try (var ps =
              c.prepareStatement(
                  "SELECT failures, last_failure_at FROM sign_in_failures WHERE key_hash = ?")) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
              if (rs.next()) {
                var decision = policy.decide(rs.getInt(1), rs.getTimestamp(2).toInstant(), now);
                if (decision instanceof ThrottlePolicy.Locked locked) {
                  throw refusal("sign-in-locked", locked.until(), now);
                }
                if (decision instanceof ThrottlePolicy.Wait wait) {
                  throw refusal("sign-in-throttled", wait.until(), now);
                }
              }
            }
          }
          return null;
        });
  }

  private void record(String key, ThrottlePolicy policy, Instant now) {
    jdbc.execute(
        c -> {
          int failures = 1;
          try (var ps =
              c.prepareStatement(
                  "SELECT failures, last_failure_at FROM sign_in_failures WHERE key_hash = ?"
                      + " FOR UPDATE")) {
            ps.setString(1, key);
            try (var rs = ps.executeQuery()) {
              if (rs.next()) {
                failures = policy.next(rs.getInt(1), rs.getTimestamp(2).toInstant(), now);
              }
            }
          }
          try (var ps =
              c.prepareStatement(
                  "INSERT INTO sign_in_failures (key_hash, failures, last_failure_at) VALUES (?, ?, ?)"
                      + " ON DUPLICATE KEY UPDATE failures = VALUES(failures),"
                      + " last_failure_at = VALUES(last_failure_at)")) {
            ps.setString(1, key);
            ps.setInt(2, failures);
            ps.setTimestamp(3, Timestamp.from(now));
            return ps.executeUpdate();
          }
        });
  }

  private static ApiException refusal(String code, Instant until, Instant now) {
    long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
    return new ApiException(
            HttpStatus.TOO_MANY_REQUESTS,
            code,
            "Too Many Requests",
            "Too many failed sign-ins: try again in " + seconds + " seconds")
        .with("retryAfter", seconds);
  }

  private static String accountKey(String email) {
    return Secrets.sha256("account:" + email.trim().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String clientIp) {
    return Secrets.sha256("ip:" + clientIp);
  }
}
