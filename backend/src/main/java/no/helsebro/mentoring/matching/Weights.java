package no.helsebro.mentoring.matching;

import java.util.EnumMap;
import java.util.Map;

/** How much each {@link Factor} counts, 0 to {@link #MAX}. A weight of 0 switches a factor off. */
public final class Weights {

  public static final int MAX = 10;

  private final int[] byFactor = new int[Factor.values().length];

  private Weights(Map<Factor, Integer> weights) {
    for (Factor f : Factor.values()) {
      Integer w = weights.get(f);
      if (w == null) {
        throw new IllegalArgumentException("No weight for " + f);
      }
      if (w < 0 || w > MAX) {
        throw new IllegalArgumentException("Weight of " + f + " must be 0.." + MAX);
      }
      byFactor[f.ordinal()] = w;
    }
  }

  public static Weights of(Map<Factor, Integer> weights) {
    return new Weights(weights);
  }

  /** The defaults Helsebro starts with: systems and language first, load a tie-breaker. */
  public static Weights defaults() {
    Map<Factor, Integer> w = new EnumMap<>(Factor.class);
    w.put(Factor.SYSTEMS, 5);
    w.put(Factor.TOPICS, 3);
    w.put(Factor.WORKPLACE_TYPE, 3);
    w.put(Factor.REGION, 2);
    w.put(Factor.BACKGROUND, 2);
    w.put(Factor.LANGUAGE, 4);
    w.put(Factor.AVAILABILITY, 2);
    w.put(Factor.LOAD, 1);
    return new Weights(w);
  }

  /** The default weight of one factor. */
  public static int defaultOf(Factor factor) {
    return defaults().of(factor);
  }

  public int of(Factor factor) {
    return byFactor[factor.ordinal()];
  }

  public Map<Factor, Integer> asMap() {
    Map<Factor, Integer> w = new EnumMap<>(Factor.class);
    for (Factor f : Factor.values()) {
      w.put(f, byFactor[f.ordinal()]);
    }
    return w;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Weights other && java.util.Arrays.equals(byFactor, other.byFactor);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(byFactor);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
