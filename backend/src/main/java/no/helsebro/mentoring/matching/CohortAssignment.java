package no.helsebro.mentoring.matching;

import java.util.Arrays;

/**
 * Assigns many mentees to mentors at once so that the total score is as high as possible while no
 * mentor gets more mentees than their free places. Plain Java, no framework.
 *
 * <p>{@link #optimal} solves it exactly as a min-cost flow (source → mentee → mentor → sink, cost =
 * −score, with a zero-cost "no mentor" edge from each mentee to the sink, so leaving a mentee out
 * is allowed when every mentor is better used elsewhere). Mentees are added one at a time; for
 * each, Dijkstra with node potentials finds the shortest augmenting path in the residual network
 * (successive shortest paths, the capacitated form of the Hungarian method). Mentors stay single
 * nodes with a capacity rather than one column per place, so a path step costs O(mentors). The
 * search stops at the sink, which early on is reached after a step or two because free places
 * abound.
 *
 * <p>{@link #greedy} is the baseline it is measured against: best remaining pair first.
 */
public final class CohortAssignment {

  /** A pair that must not be assigned (the mentee themself, an existing mentorship). */
  public static final int FORBIDDEN = -1;

  private CohortAssignment() {}

  /**
   * The outcome of an assignment.
   *
   * @param mentorOf for each mentee (row), the index of their mentor, or -1 for none
   * @param total the sum of the scores of the assigned pairs
   */
  public record Result(int[] mentorOf, long total) {

    /** How many mentees got a mentor. */
    public int assigned() {
      int n = 0;
      for (int j : mentorOf) {
        if (j >= 0) {
          n++;
        }
      }
      return n;
    }

    /** How many mentees each mentor got. */
    public int[] loads(int mentors) {
      int[] load = new int[mentors];
      for (int j : mentorOf) {
        if (j >= 0) {
          load[j]++;
        }
      }
      return load;
    }
  }

  /**
   * Checks the input: a rectangular matrix of scores (mentees × mentors), capacities ≥ 0. Scores of
   * 0 or less are never assigned (no better than no mentor).
   */
  private static void check(int[][] scores, int[] capacity) {
    for (int[] row : scores) {
      if (row.length != capacity.length) {
        throw new IllegalArgumentException("Every row needs one score per mentor");
      }
    }
    for (int c : capacity) {
      if (c < 0) {
        throw new IllegalArgumentException("Capacities must not be negative");
      }
    }
  }

  public static long total(int[][] scores, int[] mentorOf) {
    long total = 0;
    for (int i = 0; i < mentorOf.length; i++) {
      if (mentorOf[i] >= 0) {
        total += scores[i][mentorOf[i]];
      }
    }
    return total;
  }

  /** Best remaining pair first, as long as the mentee is free and the mentor has a place. */
  public static Result greedy(int[][] scores, int[] capacity) {
    check(scores, capacity);
    int n = scores.length;
    int m = capacity.length;
    int pairs = 0;
    for (int[] row : scores) {
      for (int s : row) {
        if (s > 0) {
          pairs++;
        }
      }
    }
    if ((long) n * m >= Integer.MAX_VALUE) {
      throw new IllegalArgumentException("Too many pairs for the greedy baseline");
    }
    // (score, pair) packed into longs that sort best score first, then lowest pair index.
    long[] packed = new long[pairs];
    int k = 0;
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        int s = scores[i][j];
        if (s > 0) {
          packed[k++] = ((long) (Integer.MAX_VALUE - s) << 32) | ((long) i * m + j);
        }
      }
    }
    Arrays.sort(packed);
    int[] mentorOf = new int[n];
    Arrays.fill(mentorOf, -1);
    int[] load = new int[m];
    for (long p : packed) {
      int pair = (int) (p & 0xFFFFFFFFL);
      int i = pair / m;
      int j = pair % m;
      if (mentorOf[i] < 0 && load[j] < capacity[j]) {
        mentorOf[i] = j;
        load[j]++;
      }
    }
    return new Result(mentorOf, total(scores, mentorOf));
  }

  /** The assignment with the highest total score; see the class comment for the method. */
  public static Result optimal(int[][] scores, int[] capacity) {
    check(scores, capacity);
    return new Solver(scores, capacity).solve();
  }

  /** Successive shortest paths on the mentee/mentor network with potentials. */
  private static final class Solver {
    private static final long INF = Long.MAX_VALUE / 4;

    private final int[][] score;
    private final int[] capacity;
    private final int n;
    private final int m;
    // Node numbering in the heap: mentors 0..m-1, mentees m..m+n-1, the sink m+n.
    private final int sink;

    private final int[] mentorOf;
    private final int[] load;
    // The mentees on each mentor, and each mentee's position in that list.
    private final int[][] onMentor;
    private final int[] position;

    // Node potentials: reduced costs c(a,b) + pi(a) - pi(b) of residual edges stay >= 0.
    private final long[] piMentor;
    private final long[] piMentee;
    private long piSink;

    private final long[] distMentor;
    private final long[] distMentee;
    private final int[] prevMentor; // the mentee each mentor was reached from
    private final boolean[] doneMentor;
    private final boolean[] doneMentee;
    private final int[] touched; // mentees given a distance in this search
    private int touchedCount;
    private final NodeHeap heap;

    Solver(int[][] score, int[] capacity) {
      this.score = score;
      this.capacity = capacity;
      this.n = score.length;
      this.m = capacity.length;
      this.sink = m + n;
      this.mentorOf = new int[n];
      Arrays.fill(mentorOf, -1);
      this.load = new int[m];
      this.onMentor = new int[m][];
      for (int j = 0; j < m; j++) {
        onMentor[j] = new int[Math.min(capacity[j], n)];
      }
      this.position = new int[n];
      this.piMentor = new long[m];
      this.piMentee = new long[n];
      this.distMentor = new long[m];
      this.distMentee = new long[n];
      Arrays.fill(distMentee, INF);
      this.prevMentor = new int[m];
      this.doneMentor = new boolean[m];
      this.doneMentee = new boolean[n];
      this.touched = new int[n];
      this.heap = new NodeHeap(m + n + 1);
    }

    Result solve() {
      for (int s = 0; s < n; s++) {
        add(s);
      }
      return new Result(mentorOf.clone(), total(score, mentorOf));
    }

    /**
     * Brings mentee s into the flow along the shortest augmenting path from s to the sink. The path
     * alternates mentee → mentor (take a place) and mentor → mentee (that mentee moves on), and
     * ends at a mentor with a free place, or at a mentee who is left without a mentor.
     */
    private void add(int s) {
      int[] row = score[s];
      long p = piSink;
      for (int j = 0; j < m; j++) {
        if (row[j] > 0) {
          p = Math.max(p, piMentor[j] + row[j]);
        }
      }
      piMentee[s] = p; // every edge out of s has a non-negative reduced cost

      Arrays.fill(distMentor, INF);
      Arrays.fill(doneMentor, false);
      touchedCount = 0;
      long distSink = INF;
      int endMentor = -1; // the path ends mentor → sink (a free place) ...
      int endMentee = -1; // ... or mentee → sink (that mentee ends up without a mentor)
      heap.clear();
      touch(s, 0);
      heap.push(m + s, 0);

      while (!heap.isEmpty()) {
        int node = heap.peekNode();
        long d = heap.peekKey();
        heap.pop();
        if (node == sink) {
          break;
        }
        if (node >= m) {
          int u = node - m;
          if (doneMentee[u] || d > distMentee[u]) {
            continue;
          }
          doneMentee[u] = true;
          int[] r = score[u];
          int current = mentorOf[u];
          long base = d + piMentee[u];
          for (int j = 0; j < m; j++) {
            if (r[j] > 0 && j != current && !doneMentor[j]) {
              long nd = base - r[j] - piMentor[j];
              if (nd < distMentor[j]) {
                distMentor[j] = nd;
                prevMentor[j] = u;
                heap.push(j, nd);
              }
            }
          }
          if (u == s || current >= 0) {
            long nd = base - piSink;
            if (nd < distSink) {
              distSink = nd;
              endMentee = u;
              endMentor = -1;
              heap.push(sink, nd);
            }
          }
        } else {
          int j = node;
          if (doneMentor[j] || d > distMentor[j]) {
            continue;
          }
          doneMentor[j] = true;
          long base = d + piMentor[j];
          if (load[j] < capacity[j]) {
            long nd = base - piSink;
            if (nd < distSink) {
              distSink = nd;
              endMentor = j;
              endMentee = -1;
              heap.push(sink, nd);
            }
          }
          int[] list = onMentor[j];
          for (int k = 0; k < load[j]; k++) {
            int u = list[k];
            if (!doneMentee[u]) {
              long nd = base + score[u][j] - piMentee[u];
              if (nd < distMentee[u]) {
                touch(u, nd);
                heap.push(m + u, nd);
              }
            }
          }
        }
      }

      // pi += min(distance, distance to the sink) keeps every reduced cost non-negative.
      for (int j = 0; j < m; j++) {
        piMentor[j] += Math.min(distMentor[j], distSink);
      }
      for (int u = 0; u <= s; u++) {
        piMentee[u] += distSink;
      }
      for (int t = 0; t < touchedCount; t++) {
        int u = touched[t];
        piMentee[u] += Math.min(distMentee[u], distSink) - distSink;
        distMentee[u] = INF;
        doneMentee[u] = false;
      }
      piSink += distSink;

      // Walk the path back from the sink, moving each mentee on it to the next mentor.
      int j;
      if (endMentor >= 0) {
        j = endMentor;
      } else {
        int u = endMentee;
        if (u == s) {
          return; // no mentor is worth more to s than to whoever has the place now
        }
        j = mentorOf[u];
        remove(u);
        mentorOf[u] = -1;
      }
      while (true) {
        int u = prevMentor[j];
        int old = mentorOf[u];
        if (old >= 0) {
          remove(u);
        }
        place(u, j);
        if (u == s) {
          return;
        }
        j = old;
      }
    }

    private void touch(int u, long d) {
      if (distMentee[u] == INF) {
        touched[touchedCount++] = u;
      }
      distMentee[u] = d;
    }

    private void place(int u, int j) {
      int k = load[j];
      onMentor[j][k] = u;
      position[u] = k;
      load[j] = k + 1;
      mentorOf[u] = j;
    }

    private void remove(int u) {
      int j = mentorOf[u];
      int k = position[u];
      int last = load[j] - 1;
      int moved = onMentor[j][last];
      onMentor[j][k] = moved;
      position[moved] = k;
      load[j] = last;
    }
  }
}
