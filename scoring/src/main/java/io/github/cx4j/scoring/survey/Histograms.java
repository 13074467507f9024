/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

/**
 * The counting loop behind every column path: a histogram of integer scores. Four independent count
 * arrays break the store-to-load dependency between consecutive equal scores, and range checks are
 * folded into one OR per block so the loop body has no branch; a block with any value off the scale
 * (or the {@link Survey#MISSING} marker) is recounted one value at a time by the caller's slow
 * path.
 */
final class Histograms {
  /** Blocks this long keep int counters far from overflow. */
  private static final int BLOCK = 1 << 24;

  private Histograms() {}

  /**
   * Adds the histogram of {@code scores[from, to)} to {@code counts} if every value is within
   * {@code min..min + counts.length - 1}.
   *
   * @return the index of the first block start that holds an off-scale value, or {@code to} if all
   *     were counted; counts before that index have been added
   */
  static int count(int[] scores, int from, int to, int min, long[] counts) {
    int points = counts.length;
    if (points > 16 || min < -(1 << 30) || min > (1 << 30)) {
      // wide scales, and minimums so extreme that score - min could wrap into the scale
      return countWide(scores, from, to, min, counts);
    }
    int[] c0 = new int[16];
    int[] c1 = new int[16];
    int[] c2 = new int[16];
    int[] c3 = new int[16];
    for (int start = from; start < to; start += BLOCK) {
      int end = (int) Math.min((long) start + BLOCK, to);
      int bits = 0;
      int i = start;
      for (; i + 3 < end; i += 4) {
        int v0 = scores[i] - min;
        int v1 = scores[i + 1] - min;
        int v2 = scores[i + 2] - min;
        int v3 = scores[i + 3] - min;
        bits |= v0 | v1 | v2 | v3;
        c0[v0 & 15]++;
        c1[v1 & 15]++;
        c2[v2 & 15]++;
        c3[v3 & 15]++;
      }
      for (; i < end; i++) {
        int v = scores[i] - min;
        bits |= v;
        c0[v & 15]++;
      }
      // a value below the scale or 16 or more above its minimum sets a bit above the low four;
      // one within 0..15 but above the scale lands in a slot past the last point
      boolean bad = (bits & ~15) != 0;
      for (int k = points; k < 16 && !bad; k++) {
        bad = c0[k] + c1[k] + c2[k] + c3[k] != 0;
      }
      if (bad) {
        java.util.Arrays.fill(c0, 0);
        java.util.Arrays.fill(c1, 0);
        java.util.Arrays.fill(c2, 0);
        java.util.Arrays.fill(c3, 0);
        return start;
      }
      for (int k = 0; k < points; k++) {
        counts[k] += (long) c0[k] + c1[k] + c2[k] + c3[k];
      }
      java.util.Arrays.fill(c0, 0);
      java.util.Arrays.fill(c1, 0);
      java.util.Arrays.fill(c2, 0);
      java.util.Arrays.fill(c3, 0);
    }
    return to;
  }

  private static int countWide(int[] scores, int from, int to, int min, long[] counts) {
    for (int i = from; i < to; i++) {
      long v = (long) scores[i] - min;
      if (v < 0 || v >= counts.length) {
        return i;
      }
      counts[(int) v]++;
    }
    return to;
  }
}
