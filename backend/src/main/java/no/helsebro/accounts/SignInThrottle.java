package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import no.helsebro.platform.errors.ApiException;

/**
 * Slows down and then locks repeated failures to prove who one is (ADR 0107). Failed passwords are
 * counted per account (the e-mail as typed, whether or not it belongs to a member, so the answer
 * never tells) and per client address; wrong second-factor codes per member; wrong current
 * passwords when changing it per member. A browser the member has signed in from before (a {@link
 * KnownDevice}) is counted on its own instead: failures from elsewhere never lock it, and its own
 * failures are limited just the same. Refusals are 429 with the seconds to wait ({@code
 * retryAfter}).
 */
@Singleton
class SignInThrottle {

  /** Who is trying: the account as typed, the client's address, and a known device, if any. */
  record Attempt(String email, String clientIp, @Nullable KnownDevice device) {
    Attempt {
      email = email.trim().toLowerCase(Locale.ROOT);
    }
  }

  private final SignInFailureRepository failures;

  SignInThrottle(SignInFailureRepository failures) {
    this.failures = failures;
  }

  // ---------------------------------------------------------------- passwords at sign-in

  void checkAllowed(Attempt attempt) {
    Instant now = Instant.now();
    if (attempt.device() != null) {
      check(deviceKey(attempt.device()), ThrottlePolicy.PER_ACCOUNT, now, "sign-in");
      return;
    }
    check(accountKey(attempt.email()), ThrottlePolicy.PER_ACCOUNT, now, "sign-in");
    check(addressKey(attempt.clientIp()), ThrottlePolicy.PER_ADDRESS, now, "sign-in");
  }

  /**
   * Counts a failed password. True when this failure locked the account for other devices (the
   * member is then told by mail).
   */
  boolean recordFailure(Attempt attempt) {
    Instant now = Instant.now();
    if (attempt.device() != null) {
      record(deviceKey(attempt.device()), ThrottlePolicy.PER_ACCOUNT, now);
      return false;
    }
    record(addressKey(attempt.clientIp()), ThrottlePolicy.PER_ADDRESS, now);
    return record(accountKey(attempt.email()), ThrottlePolicy.PER_ACCOUNT, now);
  }

  /** The right password: forgets the failures counted against this browser or account. */
  void recordSuccess(Attempt attempt) {
    delete(attempt.device() != null ? deviceKey(attempt.device()) : accountKey(attempt.email()));
  }

  // ---------------------------------------------------------------- second factor

  void checkSecondFactorAllowed(long memberId, @Nullable KnownDevice device) {
    check(
        secondFactorKey(memberId, device),
        ThrottlePolicy.SECOND_FACTOR,
        Instant.now(),
        "second-factor");
  }

  /** Counts a wrong code. True when this failure locked the second factor for other devices. */
  boolean recordSecondFactorFailure(long memberId, @Nullable KnownDevice device) {
    boolean locked =
        record(secondFactorKey(memberId, device), ThrottlePolicy.SECOND_FACTOR, Instant.now());
    return locked && device == null;
  }

  void recordSecondFactorSuccess(long memberId, @Nullable KnownDevice device) {
    delete(secondFactorKey(memberId, device));
  }

  // ---------------------------------------------------------------- changing the password

  void checkPasswordCheckAllowed(long memberId) {
    check(passwordCheckKey(memberId), ThrottlePolicy.PER_ACCOUNT, Instant.now(), "password-check");
  }

  void recordPasswordCheckFailure(long memberId) {
    record(passwordCheckKey(memberId), ThrottlePolicy.PER_ACCOUNT, Instant.now());
  }

  void recordPasswordCheckSuccess(long memberId) {
    delete(passwordCheckKey(memberId));
  }

  /**
   * A password reset through the mailed link proves the member owns the address: every lock on the
   * account is lifted.
   */
  void liftLocks(long memberId, String email) {
    delete(accountKey(email.trim().toLowerCase(Locale.ROOT)));
    delete(secondFactorKey(memberId, null));
    delete(passwordCheckKey(memberId));
  }

  // ---------------------------------------------------------------- storage

  private void check(String key, ThrottlePolicy policy, Instant now, String what) {
    failures
        .findByKeyHash(key)
        .ifPresent(
            row -> {
              var decision = policy.decide(row.failures(), row.lastFailureAt(), now);
              if (decision instanceof ThrottlePolicy.Locked locked) {
                throw refusal(what + "-locked", locked.until(), now);
              }
              if (decision instanceof ThrottlePolicy.Wait wait) {
                throw refusal(what + "-throttled", wait.until(), now);
              }
            });
  }

  /** Counts one failure; true when it is the one that reaches the lock. */
  private boolean record(String key, ThrottlePolicy policy, Instant now) {
    int count =
        failures
            .lockByKeyHash(key)
            .map(row -> policy.next(row.failures(), row.lastFailureAt(), now))
            .orElse(1);
    failures.put(key, count, now);
    return count == policy.lockAfter();
  }

  private void delete(String key) {
    failures.deleteByKeyHash(key);
  }

  private static ApiException refusal(String code, Instant until, Instant now) {
    long seconds = Math.max(1, Duration.between(now, until).toSeconds() + 1);
    return new ApiException(
            HttpStatus.TOO_MANY_REQUESTS,
            code,
            "Too Many Requests",
            "Too many failed attempts: try again in " + seconds + " seconds")
        .with("retryAfter", seconds);
  }

  static String accountKey(String email) {
    return Secrets.sha256("account:" + email);
  }

  private static String addressKey(String clientIp) {
    return Secrets.sha256("ip:" + clientIp);
  }

  private static String deviceKey(KnownDevice device) {
    return Secrets.sha256("device:" + device.memberId() + ":" + device.id());
  }

  static String secondFactorKey(long memberId, @Nullable KnownDevice device) {
    return Secrets.sha256(
        device == null
            ? "second-factor:" + memberId
            : "second-factor:" + memberId + ":" + device.id());
  }

  private static String passwordCheckKey(long memberId) {
    return Secrets.sha256("password-check:" + memberId);
  }
}
