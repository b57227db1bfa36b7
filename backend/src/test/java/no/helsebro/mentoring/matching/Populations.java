package no.helsebro.mentoring.matching;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Generated mentors and mentees with realistic spreads: a few popular systems, most people in one
 * or two workplace types, four health regions, mostly Norwegian speakers. Term ids are made up per
 * kind (systems 1-24, topics 101-112, workplace types 201-209, regions 301-304, backgrounds
 * 401-411, languages 501-506). Mentor ids start at 1,000,000 so they never equal a mentee id.
 */
public final class Populations {

  private Populations() {}

  public static List<MentorCandidate> mentors(int count, long seed) {
    Random r = new Random(seed);
    List<MentorCandidate> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      int capacity = 1 + r.nextInt(5);
      out.add(
          new MentorCandidate(
              1_000_000L + k,
              pick(r, 1, 24, 1 + r.nextInt(5), true),
              pick(r, 101, 112, 1 + r.nextInt(4), false),
              pick(r, 201, 209, 1 + r.nextInt(2), true),
              pick(r, 301, 304, 1 + r.nextInt(2), false),
              401 + skewed(r, 11),
              languages(r),
              1 + r.nextInt(63),
              capacity,
              r.nextInt(3) == 0 ? r.nextInt(capacity) : 0,
              r.nextInt(40) == 0));
    }
    return out;
  }

  public static List<MenteeNeeds> mentees(int count, long seed) {
    Random r = new Random(seed);
    List<MenteeNeeds> out = new ArrayList<>(count);
    for (int k = 0; k < count; k++) {
      out.add(
          new MenteeNeeds(
              1L + k,
              pick(r, 1, 24, 1 + r.nextInt(3), true),
              pick(r, 101, 112, r.nextInt(3), false),
              201 + skewed(r, 9),
              301 + r.nextInt(4),
              401 + skewed(r, 11),
              r.nextInt(10) < 8 ? 501 : 501 + r.nextInt(6),
              r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(63),
              r.nextBoolean(),
              r.nextInt(3) == 0));
    }
    return out;
  }

  /** Distinct ids in [from, to], the low ones more likely when skewed (popular systems). */
  private static Set<Long> pick(Random r, int from, int to, int howMany, boolean skew) {
    Set<Long> ids = new HashSet<>();
    int size = to - from + 1;
    while (ids.size() < Math.min(howMany, size)) {
      ids.add((long) from + (skew ? skewed(r, size) : r.nextInt(size)));
    }
    return ids;
  }

  private static int skewed(Random r, int size) {
    double x = r.nextDouble();
    return (int) Math.min(size - 1, Math.floor(size * x * x));
  }

  private static Set<Long> languages(Random r) {
    Set<Long> ids = new HashSet<>();
    ids.add(501L);
    if (r.nextInt(3) == 0) {
      ids.add(502L + r.nextInt(5));
    }
    return ids;
  }
}
