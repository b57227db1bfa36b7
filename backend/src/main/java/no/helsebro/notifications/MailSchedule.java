package no.helsebro.notifications;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a member's mail may go (framework-free; unit-tested): quiet hours and the time of the latest
 * daily and weekly digest, in Norwegian time. DST-safe: a digest hour that does not exist on the
 * day clocks go forward (02:00) moves to the first moment after it, and one that exists twice
 * (02:00 in autumn) counts once, at its first occurrence.
 */
record MailSchedule(int digestHour, int weeklyDay, Integer quietFrom, Integer quietTo) {

  static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** Whether {@code now} is inside the quiet hours {@code [quietFrom, quietTo)}. */
  boolean quiet(Instant now) {
    if (quietFrom == null || quietTo == null) {
      return false;
    }
    int hour = now.atZone(OSLO).getHour();
    return quietFrom < quietTo
        ? hour >= quietFrom && hour < quietTo
        : hour >= quietFrom || hour < quietTo;
  }

  /** The latest daily digest time at or before {@code now}. */
  Instant latestDaily(Instant now) {
    LocalDate day = now.atZone(OSLO).toLocalDate();
    Instant slot = at(day);
    return slot.isAfter(now) ? at(day.minusDays(1)) : slot;
  }

  /** The latest weekly digest time (on {@code weeklyDay}, 1 = Monday) at or before {@code now}. */
  Instant latestWeekly(Instant now) {
    LocalDate day = now.atZone(OSLO).toLocalDate();
    DayOfWeek want = DayOfWeek.of(weeklyDay);
    while (day.getDayOfWeek() != want) {
      day = day.minusDays(1);
    }
    Instant slot = at(day);
    return slot.isAfter(now) ? at(day.minusWeeks(1)) : slot;
  }

  private Instant at(LocalDate day) {
    return ZonedDateTime.of(day, LocalTime.of(digestHour, 0), OSLO).toInstant();
  }
}
