/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.internal;

import java.util.Arrays;

/**
 * The one percentile rule of cx4j: linear interpolation between order statistics, type 7 of Hyndman
 * and Fan (1996), "Sample quantiles in statistical packages", The American Statistician
 * 50(4):361-365 (the default of R's {@code quantile} and NumPy's {@code percentile}), with R's
 * arithmetic {@code h = (n - 1) q} in floating point. Every percentile, quantile cut point and
 * percentile interval in the library goes through {@link #position} and {@link #interpolate} (the
 * selection-based cut points of the segmentation module included).
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The fractional order-statistic position {@code h = (n - 1) q} of a type-7 percentile; the
   * percentile lies between the order statistics {@code floor(h)} and {@code floor(h) + 1}
   * (0-based).
   *
   * @param n the sample size, at least 1
   * @param q the probability in [0, 1]
   * @return {@code h}
   */
  public static double position(int n, double q) {
    return (n - 1) * q;
  }

  /**
   * Interpolates between the order statistics around a position with R's arithmetic {@code (1 - g)
   * low + g high}, kept within {@code [low, high]} against rounding.
   *
   * @param low the order statistic {@code floor(h)}
   * @param high the order statistic {@code floor(h) + 1} (or {@code low} at the top)
   * @param g the fractional part {@code h - floor(h)} of the position, in [0, 1)
   * @return the percentile, exactly {@code low} where {@code g = 0} or {@code low = high}
   */
  public static double interpolate(double low, double high, double g) {
    if (g == 0.0 || low == high) {
      return low;
    }
    double q = (1 - g) * low + g * high;
    return Math.min(high, Math.max(low, q));
  }

  /**
   * A percentile of sorted values.
   *
   * @param sorted the ascending sample, not empty
   * @param q the probability in [0, 1]
   * @return the type-7 percentile
   */
  public static double sorted(double[] sorted, double q) {
    double h = position(sorted.length, q);
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return interpolate(sorted[lo], sorted[hi], h - lo);
  }

  /**
   * The two-sided percentile interval of replicates (for example bootstrap estimates), sorting them
   * in place.
   *
   * @param replicates the replicates, not empty; sorted in place
   * @param level the confidence level in (0, 1)
   * @return {@code [low, high]}, the {@code (1 - level) / 2} and {@code (1 + level) / 2}
   *     percentiles
   */
  public static double[] interval(double[] replicates, double level) {
    Arrays.sort(replicates);
    return new double[] {sorted(replicates, (1 - level) / 2), sorted(replicates, (1 + level) / 2)};
  }

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
    return sorted(sorted, q);
  }

  /**
   * A percentile of sorted values.
   *
   * @param sorted the sorted sample, not empty
   * @param q the probability in [0, 1]
   * @return the type-7 percentile
   */
  public static double sorted(long[] sorted, double q) {
    double h = position(sorted.length, q);
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return interpolate(sorted[lo], sorted[hi], h - lo);
  }

  /**
   * A type-7 percentile by selection (Hoare's quickselect, expected linear time), reordering the
   * first {@code length} values of the array in place.
   *
   * @param values the sample; its first {@code length} values are reordered
   * @param length the sample size, at least 1
   * @param q the probability in [0, 1]
   * @return the type-7 percentile, the same as {@link #sorted(long[], double)} of the sorted sample
   */
  public static double select(long[] values, int length, double q) {
    double h = position(length, q);
    int lo = (int) Math.floor(h);
    long low = selectKth(values, 0, length - 1, lo);
    if (lo + 1 >= length || h == lo) {
      return low;
    }
    long next = Long.MAX_VALUE;
    for (int i = lo + 1; i < length; i++) {
      next = Math.min(next, values[i]);
    }
    return interpolate(low, next, h - lo);
  }

  private static long selectKth(long[] a, int left, int right, int k) {
    int l = left;
    int r = right;
    while (l < r) {
      long pivot = median3(a[l], a[l + (r - l) / 2], a[r]);
      int i = l;
      int j = r;
      while (i <= j) {
        while (a[i] < pivot) {
          i++;
        }
        while (a[j] > pivot) {
          j--;
        }
        if (i <= j) {
          long t = a[i];
          a[i] = a[j];
          a[j] = t;
          i++;
          j--;
        }
      }
      if (k <= j) {
        r = j;
      } else if (k >= i) {
        l = i;
      } else {
        return a[k];
      }
    }
    return a[k];
  }

  private static long median3(long a, long b, long c) {
    return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
  }
}
