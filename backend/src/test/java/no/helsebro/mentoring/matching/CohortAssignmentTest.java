package no.helsebro.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class CohortAssignmentTest {

  @RepeatedTest(300)
  void onSmallCasesTheTotalEqualsTheExactOptimumFoundByTryingEveryAssignment(TestInfo info) {
    Random r = new Random(info.getDisplayName().hashCode() * 31L + 7);
    int n = 1 + r.nextInt(7);
    int m = 1 + r.nextInt(4);
    int[][] scores = new int[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        // Few distinct values make ties, which is where shortest-path bookkeeping goes wrong.
        scores[i][j] =
            r.nextInt(6) == 0
                ? CohortAssignment.FORBIDDEN
                : r.nextInt(r.nextBoolean() ? 5 : 10_000);
      }
    }
    int[] capacity = new int[m];
    for (int j = 0; j < m; j++) {
      capacity[j] = r.nextInt(4);
    }

    CohortAssignment.Result result = CohortAssignment.optimal(scores, capacity);

    assertThat(result.total()).isEqualTo(bruteForce(scores, capacity));
    assertWithinCapacity(result, capacity);
    assertOnlyAllowedPairs(result, scores);
  }

  @Test
  void onGeneratedPopulationsOf500MentorsAnd2000MenteesNoMentorGoesOverCapacity() {
    Cohort c = cohort(500, 2_000, 1);

    CohortAssignment.Result optimal = CohortAssignment.optimal(c.scores, c.capacity);

    assertWithinCapacity(optimal, c.capacity);
    assertOnlyAllowedPairs(optimal, c.scores);
    assertThat(optimal.total()).isEqualTo(CohortAssignment.total(c.scores, optimal.mentorOf()));
  }

  @Test
  void onLargePopulationsTheOptimumIsAtLeastAsGoodAsGreedyAndReportsTheGap() {
    for (long seed = 1; seed <= 3; seed++) {
      Cohort c = cohort(500, 2_000, seed);

      CohortAssignment.Result optimal = CohortAssignment.optimal(c.scores, c.capacity);
      CohortAssignment.Result greedy = CohortAssignment.greedy(c.scores, c.capacity);

      assertWithinCapacity(greedy, c.capacity);
      assertThat(optimal.total()).isGreaterThanOrEqualTo(greedy.total());
      System.out.printf(
          "seed %d: optimal %d (%d assigned), greedy %d (%d assigned), gain %.2f%%%n",
          seed,
          optimal.total(),
          optimal.assigned(),
          greedy.total(),
          greedy.assigned(),
          100.0 * (optimal.total() - greedy.total()) / greedy.total());
    }
  }

  @Test
  void greedyCanBeBeatenAndTheOptimumFindsTheBetterPairing() {
    // Greedy takes 10 for mentee 0 with mentor 0 and leaves mentee 1 with 1; optimal: 9 + 9.
    int[][] scores = {{10, 9}, {9, 1}};
    int[] capacity = {1, 1};

    assertThat(CohortAssignment.greedy(scores, capacity).total()).isEqualTo(11);
    CohortAssignment.Result optimal = CohortAssignment.optimal(scores, capacity);
    assertThat(optimal.total()).isEqualTo(18);
    assertThat(optimal.mentorOf()).containsExactly(1, 0);
  }

  @Test
  void aMenteeIsLeftWithoutAMentorWhenThePlaceIsWorthMoreToSomeoneElse() {
    int[][] scores = {{5}, {8}, {CohortAssignment.FORBIDDEN}};
    int[] capacity = {1};

    CohortAssignment.Result optimal = CohortAssignment.optimal(scores, capacity);

    assertThat(optimal.mentorOf()).containsExactly(-1, 0, -1);
  }

  @Test
  void mentorsWithoutFreePlacesGetNobody() {
    int[][] scores = {{5, 3}, {8, 2}};
    int[] capacity = {0, 2};

    CohortAssignment.Result optimal = CohortAssignment.optimal(scores, capacity);

    assertThat(optimal.mentorOf()).containsExactly(1, 1);
    assertThat(optimal.total()).isEqualTo(5);
  }

  record Cohort(int[][] scores, int[] capacity) {}

  /** Scores every generated mentee against every generated mentor with the default weights. */
  static Cohort cohort(int mentors, int mentees, long seed) {
    List<MentorCandidate> ms = Populations.mentors(mentors, seed);
    List<MenteeNeeds> ns = Populations.mentees(mentees, seed + 1000);
    MatchingEngine engine = new MatchingEngine(Weights.defaults());
    List<MatchingEngine.Prepared> prepared = MatchingEngine.prepare(ms);
    int[][] scores = new int[mentees][mentors];
    for (int i = 0; i < mentees; i++) {
      MatchingEngine.PreparedNeeds n = MatchingEngine.prepare(ns.get(i));
      for (int j = 0; j < mentors; j++) {
        scores[i][j] =
            MatchingEngine.eligible(ns.get(i), ms.get(j))
                ? engine.score(n, prepared.get(j))
                : CohortAssignment.FORBIDDEN;
      }
    }
    int[] capacity = ms.stream().mapToInt(m -> m.paused() ? 0 : m.freePlaces()).toArray();
    return new Cohort(scores, capacity);
  }

  private static void assertWithinCapacity(CohortAssignment.Result result, int[] capacity) {
    int[] load = result.loads(capacity.length);
    for (int j = 0; j < capacity.length; j++) {
      assertThat(load[j]).as("load of mentor %d", j).isLessThanOrEqualTo(capacity[j]);
    }
  }

  private static void assertOnlyAllowedPairs(CohortAssignment.Result result, int[][] scores) {
    int[] of = result.mentorOf();
    for (int i = 0; i < of.length; i++) {
      if (of[i] >= 0) {
        assertThat(scores[i][of[i]]).as("score of mentee %d", i).isPositive();
      }
    }
  }

  /** Every way to give each mentee one mentor or none, within capacities: the exact optimum. */
  private static long bruteForce(int[][] scores, int[] capacity) {
    return best(scores, capacity.clone(), 0);
  }

  private static long best(int[][] scores, int[] left, int i) {
    if (i == scores.length) {
      return 0;
    }
    long best = best(scores, left, i + 1);
    for (int j = 0; j < left.length; j++) {
      if (left[j] > 0 && scores[i][j] > 0) {
        left[j]--;
        best = Math.max(best, scores[i][j] + best(scores, left, i + 1));
        left[j]++;
      }
    }
    return best;
  }
}
