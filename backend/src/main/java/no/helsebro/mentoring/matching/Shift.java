package no.helsebro.mentoring.matching;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * When someone can meet: weekday or weekend, by day, evening or night. Stored as a bit mask so that
 * overlaps are one AND.
 */
public enum Shift {
  WEEKDAY_DAY,
  WEEKDAY_EVENING,
  WEEKDAY_NIGHT,
  WEEKEND_DAY,
  WEEKEND_EVENING,
  WEEKEND_NIGHT;

  public int bit() {
    return 1 << ordinal();
  }

  public static int mask(Collection<Shift> shifts) {
    int mask = 0;
    for (Shift s : shifts) {
      mask |= s.bit();
    }
    return mask;
  }

  public static Set<Shift> of(int mask) {
    EnumSet<Shift> shifts = EnumSet.noneOf(Shift.class);
    for (Shift s : values()) {
      if ((mask & s.bit()) != 0) {
        shifts.add(s);
      }
    }
    return shifts;
  }
}
