package no.helsebro.accounts;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Suspensions are decided in whole Norwegian days: "to and including 10 December" ends when 11
 * December begins in Oslo, whatever the time zone of the coordinator's browser.
 */
final class SuspensionDays {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  private SuspensionDays() {}

  /** When a suspension whose last day is {@code lastDay} ends. */
  static Instant endOf(LocalDate lastDay) {
    return lastDay.plusDays(1).atStartOfDay(OSLO).toInstant();
  }

  /** The last whole Norwegian day of a suspension that ends at {@code until}. */
  static @Nullable LocalDate lastDay(@Nullable Instant until) {
    if (until == null) {
      return null;
    }
    ZonedDateTime end = until.atZone(OSLO);
    return end.toLocalTime().equals(LocalTime.MIDNIGHT)
        ? end.toLocalDate().minusDays(1)
        : end.toLocalDate();
  }
}
