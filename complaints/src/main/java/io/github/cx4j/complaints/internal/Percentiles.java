/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
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

  /**
   * A type-7 percentile by selection (Hoare's quickselect, expected linear time), reordering the
   * first {@code length} values of the array in place.
   *
   * @param values the sample; its first {@code length} values are reordered
   * @param length the sample size, at least 1
   * @param q the probability in [0, 1]
   * @return the type-7 percentile, the same as {@link #sortedPercentile} of the sorted sample
   */
  public static double select(long[] values, int length, double q) {
    double h = (length - 1) * q;
    int lo = (int) Math.floor(h);
    long low = selectKth(values, 0, length - 1, lo);
    if (lo + 1 >= length || h == lo) {
      return low;
    }
    long next = Long.MAX_VALUE;
    for (int i = lo + 1; i < length; i++) {
      next = Math.min(next, values[i]);
    }
    return low + (h - lo) * (next - low);
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
