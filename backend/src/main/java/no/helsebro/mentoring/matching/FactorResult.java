package no.helsebro.mentoring.matching;

import java.util.Set;

/**
 * How one factor came out for one mentee and mentor: the share that matched (0 to 1), and the facts
 * behind it, so the member sees why a mentor is suggested and what did not match.
 *
 * @param factor the factor
 * @param weight its weight when scored
 * @param share how much of what the mentee asked for the mentor offers, 0 to 1
 * @param matchedTerms taxonomy term ids the mentee asked for that the mentor has
 * @param missingTerms taxonomy term ids the mentee asked for that the mentor lacks
 * @param matchedShifts shifts both can meet (availability only)
 * @param missingShifts shifts the mentee can meet and the mentor cannot (availability only)
 */
public record FactorResult(
    Factor factor,
    int weight,
    double share,
    Set<Long> matchedTerms,
    Set<Long> missingTerms,
    Set<Shift> matchedShifts,
    Set<Shift> missingShifts) {

  public FactorResult {
    matchedTerms = Set.copyOf(matchedTerms);
    missingTerms = Set.copyOf(missingTerms);
    matchedShifts = Set.copyOf(matchedShifts);
    missingShifts = Set.copyOf(missingShifts);
  }

  /** Something matched. */
  public boolean matched() {
    return share > 0;
  }

  /** Something the mentee asked for did not match. */
  public boolean fellShort() {
    return share < 1;
  }
}
