package no.helsebro.forum;

/** How long the implementation an implementation story tells of took. */
enum ImplementationDuration {
  UNDER_3_MONTHS,
  MONTHS_3_12,
  YEARS_1_2,
  OVER_2_YEARS
}
