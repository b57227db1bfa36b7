package no.helsebro.insights.model;

import java.util.Arrays;

/** The median of a list of durations, in hours with one decimal. */
public final class Median {

  private Median() {}

  /** Null for no values; the mean of the two middle values for an even count. */
  public static Double hours(long[] seconds, int n) {
    if (n == 0) {
      return null;
    }
    long[] sorted = Arrays.copyOf(seconds, n);
    Arrays.sort(sorted);
    double middle = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + (double) sorted[n / 2]) / 2.0;
    return Math.round(middle / 360.0) / 10.0;
  }
}
