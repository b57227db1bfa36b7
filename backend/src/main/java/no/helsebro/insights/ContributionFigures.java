package no.helsebro.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * One member's contribution over a period, with every figure named in the member's language.
 *
 * @param to the last day of the period (inclusive)
 */
record ContributionFigures(
    String memberName, String language, LocalDate from, LocalDate to, List<Line> lines) {

  /** One figure: a stable key (CSV), its label in the report's language and the number. */
  record Line(String key, String label, long value) {}
}
