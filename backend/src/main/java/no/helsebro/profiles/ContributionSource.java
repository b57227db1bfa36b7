package no.helsebro.profiles;

import java.util.List;
import java.util.Map;

/**
 * Shows a member's contributions on their member page. The forum module (and any other module with
 * member content) implements it as a singleton bean; the profile asks every source and shows the
 * newest first. Return only what any active member may see (no hidden or private content).
 */
public interface ContributionSource {

  /**
   * @param memberId whose contributions
   * @param limit at most this many, newest first
   */
  List<Contribution> contributions(long memberId, int limit);

  /**
   * The member's totals by a stable code the front end translates (e.g. {@code topics}, {@code
   * helpfulReceived}); shown on the member page. None by default.
   */
  default Map<String, Integer> totals(long memberId) {
    return Map.of();
  }

  /** How many contributions of this source the member has in total (shown as a count). */
  default long count(long memberId) {
    return contributions(memberId, Integer.MAX_VALUE).size();
  }
}
