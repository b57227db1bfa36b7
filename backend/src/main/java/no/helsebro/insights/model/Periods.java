package no.helsebro.insights.model;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Weeks and months as Norwegians count them: in Norwegian time (Europe/Oslo), weeks start on
 * Monday, months on the 1st. A period is named by its first day.
 */
public final class Periods {

  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** How figures are grouped. */
  public enum Granularity {
    WEEK('W'),
    MONTH('M');

    private final char code;

    Granularity(char code) {
      this.code = code;
    }

    /** The one-letter code stored in the database. */
    public String code() {
      return String.valueOf(code);
    }
  }

  private Periods() {}

  /** The Norwegian calendar day of an instant. */
  public static LocalDate day(Instant at) {
    return at.atZone(OSLO).toLocalDate();
  }

  /** The Monday of the day's week. */
  public static LocalDate weekOf(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  public static LocalDate monthOf(LocalDate day) {
    return day.withDayOfMonth(1);
  }

  public static LocalDate startOf(Granularity g, LocalDate day) {
    return g == Granularity.WEEK ? weekOf(day) : monthOf(day);
  }

  public static LocalDate next(Granularity g, LocalDate start) {
    return g == Granularity.WEEK ? start.plusWeeks(1) : start.plusMonths(1);
  }

  /** The first days of every period that touches [from, to], in order. */
  public static List<LocalDate> between(Granularity g, LocalDate from, LocalDate to) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate p = startOf(g, from); !p.isAfter(to); p = next(g, p)) {
      out.add(p);
    }
    return out;
  }

  /** The instant a Norwegian day starts. */
  public static Instant startOfDay(LocalDate day) {
    return day.atStartOfDay(OSLO).toInstant();
  }
}
