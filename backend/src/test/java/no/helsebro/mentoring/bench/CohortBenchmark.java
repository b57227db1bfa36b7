package no.helsebro.mentoring.bench;

import java.util.List;
import no.helsebro.mentoring.matching.CohortAssignment;
import no.helsebro.mentoring.matching.MatchingEngine;
import no.helsebro.mentoring.matching.MenteeNeeds;
import no.helsebro.mentoring.matching.MentorCandidate;
import no.helsebro.mentoring.matching.Populations;
import no.helsebro.mentoring.matching.Weights;

/**
 * Times cohort matching on generated populations: scoring every pair, the optimal assignment and
 * the greedy baseline, and how much better the optimum is. Not a test: run it by hand
 * (docs/adr/0403) with
 *
 * <pre>
 * ./mvnw -q -pl backend -am test-compile -Dskip.frontend
 * java -cp "backend/target/test-classes:backend/target/classes" \
 *   no.helsebro.mentoring.bench.CohortBenchmark [mentors] [mentees] [runs]
 * </pre>
 */
public final class CohortBenchmark {

  public static void main(String[] args) {
    int mentors = args.length > 0 ? Integer.parseInt(args[0]) : 500;
    int mentees = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    System.out.printf("cohort: %d mentees x %d mentors, %d runs%n", mentees, mentors, runs);
    for (int run = 1; run <= runs; run++) {
      List<MentorCandidate> ms = Populations.mentors(mentors, run);
      List<MenteeNeeds> ns = Populations.mentees(mentees, run + 1000);
      long t0 = System.nanoTime();
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
      long t1 = System.nanoTime();
      CohortAssignment.Result optimal = CohortAssignment.optimal(scores, capacity);
      long t2 = System.nanoTime();
      CohortAssignment.Result greedy = CohortAssignment.greedy(scores, capacity);
      long t3 = System.nanoTime();
      int places = 0;
      for (int c : capacity) {
        places += c;
      }
      System.out.printf(
          "run %d: %d free places; scoring %d ms, optimal %d ms, greedy %d ms;"
              + " total optimal %d (%d assigned) vs greedy %d (%d assigned): +%.2f%%%n",
          run,
          places,
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000,
          optimal.total(),
          optimal.assigned(),
          greedy.total(),
          greedy.assigned(),
          100.0 * (optimal.total() - greedy.total()) / Math.max(1, greedy.total()));
    }
  }
}
