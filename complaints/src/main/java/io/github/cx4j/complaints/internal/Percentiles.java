package io.github.cx4j.complaints.internal;

import java.util.Arrays;

/** Percentiles of samples, by the linear interpolation of Hyndman and Fan (1996) type 7. */
public final class Percentiles {
  private Percentiles() {}

  /**
   * Sorts a copy and returns a percentile.
   *
   * @param values the sample, not empty
   * @param length how many leading values of the array form the sample
   * @param q the probability in [0, 1]
   * @return the type-7 percentile (R's and NumPy's default)
   */
  public static double of(long[] values, int length, double q) {
    long[] sorted = Arrays.copyOf(values, length);
    Arrays.sort(sorted);
    return sortedPercentile(sorted, q);
  }

  /**
   * A percentile of sorted values.
   *
   * @param sorted the sorted sample, not empty
   * @param q the probability in [0, 1]
   * @return the type-7 percentile
   */
  public static double sortedPercentile(long[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
