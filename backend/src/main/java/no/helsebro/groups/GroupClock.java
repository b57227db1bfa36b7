package no.helsebro.groups;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The time groups write: microseconds, as {@code DATETIME(6)} keeps it. */
final class GroupClock {

  private GroupClock() {}

  static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
