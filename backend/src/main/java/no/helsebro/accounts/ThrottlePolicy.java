package no.helsebro.accounts;

import java.time.Duration;
import java.time.Instant;

/**
 * When the next sign-in attempt is allowed after {@code failures} failures in a row. The first few
 * failures cost nothing; then each failure doubles the wait (1, 2, 4 … seconds, at most a minute);
 * from {@code lockAfter} failures the key is locked for {@code lockFor}. Failures older than {@code
 * forgetAfter} are forgotten.
 */
record ThrottlePolicy(int freeFailures, int lockAfter, Duration lockFor, Duration forgetAfter) {

  static final ThrottlePolicy PER_ACCOUNT =
      new ThrottlePolicy(3, 10, Duration.ofMinutes(15), Duration.ofMinutes(15));
  static final ThrottlePolicy PER_ADDRESS =
      new ThrottlePolicy(20, 100, Duration.ofMinutes(15), Duration.ofMinutes(15));

  /**
   * Wrong second-factor codes: whoever sends them knows the password. Remembered for a day, so
   * after the first lock every further wrong code locks again: about one guess per 15 minutes, and
   * a 6-digit code stays out of reach (ADR 0107).
   */
  static final ThrottlePolicy SECOND_FACTOR =
      new ThrottlePolicy(3, 10, Duration.ofMinutes(15), Duration.ofHours(24));

  sealed interface Decision {}

  record Allowed() implements Decision {}

  record Wait(Instant until) implements Decision {}

  record Locked(Instant until) implements Decision {}

  Decision decide(int failures, Instant lastFailureAt, Instant now) {
    if (lastFailureAt.plus(forgetAfter).isBefore(now)) {
      return new Allowed();
    }
    if (failures >= lockAfter) {
      Instant until = lastFailureAt.plus(lockFor);
      return until.isAfter(now) ? new Locked(until) : new Allowed();
    }
    if (failures > freeFailures) {
      long seconds = Math.min(60, 1L << Math.min(6, failures - freeFailures - 1));
      Instant until = lastFailureAt.plusSeconds(seconds);
      return until.isAfter(now) ? new Wait(until) : new Allowed();
    }
    return new Allowed();
  }

  /** The count to store after one more failure: starts again once old failures are forgotten. */
  int next(int failures, Instant lastFailureAt, Instant now) {
    return lastFailureAt.plus(forgetAfter).isBefore(now) ? 1 : failures + 1;
  }
}
