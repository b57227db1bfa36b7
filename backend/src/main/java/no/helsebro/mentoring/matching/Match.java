package no.helsebro.mentoring.matching;

import java.util.List;

/**
 * One suggested mentor for one mentee.
 *
 * @param mentorId member id of the mentor
 * @param score 0 to {@link MatchingEngine#FULL_SCORE}: the weighted share of the mentee's needs the
 *     mentor meets
 * @param factors each weighed factor with its facts, in {@link Factor} order
 */
public record Match(long mentorId, int score, List<FactorResult> factors) {

  public Match {
    factors = List.copyOf(factors);
  }

  /** Factors where something matched: the reasons for the suggestion. */
  public List<FactorResult> reasons() {
    return factors.stream().filter(FactorResult::matched).toList();
  }

  /** Factors where something the mentee asked for is missing. */
  public List<FactorResult> shortfalls() {
    return factors.stream().filter(FactorResult::fellShort).toList();
  }
}
