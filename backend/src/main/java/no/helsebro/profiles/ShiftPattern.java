package no.helsebro.profiles;

/** When a member usually works, so peers and mentors know when they can answer. */
public enum ShiftPattern {
  DAY,
  EVENING,
  NIGHT,
  ROTATING,
  OFFICE_HOURS,
  PART_TIME
}
