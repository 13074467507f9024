/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.internal;

import io.github.cx4j.core.internal.Percentiles;
import java.util.Arrays;

/**
 * Exact order statistics of primitive columns by radix selection, without sorting the column and
 * without copying it: each round histograms 16 bits of an order-preserving integer key (starting at
 * the first bit where the smallest and the largest key differ) and keeps only the buckets that hold
 * a wanted rank, so the work is a few linear passes plus a sort of at most {@value #SMALL} values
 * per wanted rank.
 *
 * <p>Quantiles follow Hyndman and Fan (1996) definition 7, the default of R's {@code quantile} and
 * NumPy's {@code "linear"} method: for probability {@code p} and {@code n} sorted values {@code
 * x[0..n-1]}, {@code h = (n - 1) p}, {@code Q = (1 - g) x[floor h] + g x[floor h + 1]} with {@code
 * g = h - floor h} (and {@code x[floor h]} itself when {@code g = 0} or both neighbours are equal,
 * as R does).
 */
public final class Selection {
  private static final int BITS = 16;
  private static final int RADIX = 1 << BITS;
  private static final int SMALL = 4096;

  private Selection() {}

  /**
   * The key of a double whose signed {@code long} order is the numeric order ({@code -0.0} is
   * mapped to {@code 0.0}).
   *
   * @param value a finite number
   * @return its key
   */
  static long key(double value) {
    long bits = Double.doubleToRawLongBits(value == 0.0 ? 0.0 : value);
    return bits ^ ((bits >> 63) & Long.MAX_VALUE);
  }

  /**
   * The double of a key made by {@link #key(double)}.
   *
   * @param key the key
   * @return the number
   */
  static double value(long key) {
    return Double.longBitsToDouble(key ^ ((key >> 63) & Long.MAX_VALUE));
  }

  /**
   * The values at the given 0-based ranks of the ascending order of {@code values}.
   *
   * @param values the column, not modified
   * @param ranks 0-based ranks, each in {@code 0..values.length-1}, in any order
   * @return the order statistics, in the order of {@code ranks}
   */
  public static double[] orderStatistics(double[] values, int[] ranks) {
    long[] keys = select(new DoubleColumn(values), ranks);
    double[] out = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = value(keys[i]);
    }
    return out;
  }

  /**
   * The values at the given 0-based ranks of the ascending order of {@code values}.
   *
   * @param values the column, not modified
   * @param ranks 0-based ranks, each in {@code 0..values.length-1}, in any order
   * @return the order statistics, in the order of {@code ranks}
   */
  public static double[] orderStatistics(int[] values, int[] ranks) {
    long[] keys = select(new IntColumn(values), ranks);
    double[] out = new double[keys.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = (double) (keys[i] >> 32);
    }
    return out;
  }

  /**
   * The type-7 quantiles at {@code k / bins}, {@code k = 1..bins-1}: the default cut points of
   * equal-frequency binning. The position {@code (n - 1) k / bins} is computed in exact integer
   * arithmetic.
   *
   * @param values the column, not empty, not modified
   * @param bins the number of bins, at least 2
   * @return {@code bins - 1} non-decreasing cut points
   */
  public static double[] binCutPoints(double[] values, int bins) {
    return binCutPoints(new DoubleColumn(values), bins);
  }

  /**
   * The type-7 quantiles at {@code k / bins} of an integer column; see {@link
   * #binCutPoints(double[], int)}.
   *
   * @param values the column, not empty, not modified
   * @param bins the number of bins, at least 2
   * @return {@code bins - 1} non-decreasing cut points
   */
  public static double[] binCutPoints(int[] values, int bins) {
    return binCutPoints(new IntColumn(values), bins);
  }

  /**
   * Type-7 quantiles at arbitrary probabilities, with R's arithmetic ({@code h = (n - 1) p} in
   * floating point).
   *
   * @param values the column, not empty, not modified
   * @param probabilities each in {@code [0, 1]}
   * @return the quantiles in the order of {@code probabilities}
   */
  public static double[] quantiles(double[] values, double[] probabilities) {
    int n = values.length;
    int[] ranks = new int[probabilities.length * 2];
    double[] frac = new double[probabilities.length];
    for (int i = 0; i < probabilities.length; i++) {
      double index = Percentiles.position(n, probabilities[i]);
      int lo = (int) Math.floor(index);
      ranks[2 * i] = lo;
      ranks[2 * i + 1] = Math.min(n - 1, lo + 1);
      frac[i] = index - lo;
    }
    double[] stats = orderStatistics(values, ranks);
    double[] out = new double[probabilities.length];
    for (int i = 0; i < probabilities.length; i++) {
      out[i] = Percentiles.interpolate(stats[2 * i], stats[2 * i + 1], frac[i]);
    }
    return out;
  }

  /**
   * The value where the cumulative sum of the positive values, taken from the largest down, first
   * reaches {@code target}: the largest positive value {@code v} with {@code sum of the positive
   * values >= v >= target}. Values at or below zero are ignored. Sums are formed per radix bucket
   * in double precision.
   *
   * @param values the column, not modified
   * @param target a positive target sum, at most the sum of the positive values
   * @return the crossing value, or the smallest positive value if rounding leaves the target
   *     unreached
   */
  public static double crossingValue(double[] values, double target) {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int positives = 0;
    for (double v : values) {
      if (v > 0) {
        long k = key(v);
        positives++;
        if (k < min) {
          min = k;
        }
        if (k > max) {
          max = k;
        }
      }
    }
    if (positives == 0) {
      throw new IllegalArgumentException("no positive value");
    }
    long[] keys = new long[0]; // the first pass reads the values; later passes these keys
    int len = 0;
    double remaining = target;
    int shift = shiftFor(min, max);
    boolean top = true;
    while (min != max) {
      int[] counts = new int[RADIX];
      double[] sums = new double[RADIX];
      if (top) {
        for (double v : values) {
          if (v > 0) {
            int b = bucket(key(v), shift);
            counts[b]++;
            sums[b] += v;
          }
        }
      } else {
        for (int i = 0; i < len; i++) {
          int b = bucket(keys[i], shift);
          counts[b]++;
          sums[b] += value(keys[i]);
        }
      }
      int crossing = -1;
      int lowest = -1;
      for (int b = RADIX - 1; b >= 0; b--) {
        if (counts[b] == 0) {
          continue;
        }
        lowest = b;
        if (sums[b] >= remaining) {
          crossing = b;
          break;
        }
        remaining -= sums[b];
      }
      if (crossing < 0) {
        crossing = lowest; // rounding: the target sits at the very bottom
        remaining = 0.0;
      }
      long[] next = new long[counts[crossing]];
      int fill = 0;
      long nextMin = Long.MAX_VALUE;
      long nextMax = Long.MIN_VALUE;
      if (top) {
        for (double v : values) {
          if (v > 0) {
            long k = key(v);
            if (bucket(k, shift) == crossing) {
              next[fill++] = k;
              nextMin = Math.min(nextMin, k);
              nextMax = Math.max(nextMax, k);
            }
          }
        }
      } else {
        for (int i = 0; i < len; i++) {
          long k = keys[i];
          if (bucket(k, shift) == crossing) {
            next[fill++] = k;
            nextMin = Math.min(nextMin, k);
            nextMax = Math.max(nextMax, k);
          }
        }
      }
      keys = next;
      len = fill;
      min = nextMin;
      max = nextMax;
      shift = shiftFor(min, max);
      top = false;
      if (len <= SMALL && min != max) {
        Arrays.sort(keys, 0, len);
        for (int i = len - 1; i >= 0; i--) {
          double v = value(keys[i]);
          // ties: the whole group of equal values counts at once
          int j = i;
          double group = 0;
          while (j >= 0 && keys[j] == keys[i]) {
            group += v;
            j--;
          }
          if (group >= remaining || j < 0) {
            return v;
          }
          remaining -= group;
          i = j + 1;
        }
      }
    }
    return value(min);
  }

  private static double[] binCutPoints(Column column, int bins) {
    int n = column.size();
    int[] ranks = new int[(bins - 1) * 2];
    double[] frac = new double[bins - 1];
    for (int k = 1; k < bins; k++) {
      long num = (long) (n - 1) * k;
      int lo = (int) (num / bins);
      long rem = num % bins;
      ranks[2 * (k - 1)] = lo;
      ranks[2 * (k - 1) + 1] = rem == 0 ? lo : lo + 1;
      frac[k - 1] = rem / (double) bins;
    }
    long[] keys = select(column, ranks);
    double[] out = new double[bins - 1];
    for (int k = 0; k < bins - 1; k++) {
      out[k] =
          Percentiles.interpolate(
              column.toDouble(keys[2 * k]), column.toDouble(keys[2 * k + 1]), frac[k]);
    }
    return out;
  }

  /** A read-only column seen through order-preserving keys. */
  private interface Column {
    int size();

    long key(int i);

    double toDouble(long key);
  }

  private record DoubleColumn(double[] values) implements Column {
    @Override
    public int size() {
      return values.length;
    }

    @Override
    public long key(int i) {
      return Selection.key(values[i]);
    }

    @Override
    public double toDouble(long key) {
      return value(key);
    }
  }

  private record IntColumn(int[] values) implements Column {
    @Override
    public int size() {
      return values.length;
    }

    @Override
    public long key(int i) {
      return ((long) values[i]) << 32;
    }

    @Override
    public double toDouble(long key) {
      return (double) (key >> 32);
    }
  }

  private static long[] select(Column column, int[] ranks) {
    int n = column.size();
    long[] out = new long[ranks.length];
    if (ranks.length == 0) {
      return out;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < n; i++) {
      long k = column.key(i);
      if (k < min) {
        min = k;
      }
      if (k > max) {
        max = k;
      }
    }
    if (min == max) {
      Arrays.fill(out, min);
      return out;
    }
    int shift = shiftFor(min, max);
    int[] counts = new int[RADIX];
    for (int i = 0; i < n; i++) {
      counts[bucket(column.key(i), shift)]++;
    }
    Buckets buckets = Buckets.of(counts, ranks);
    long[][] buffers = new long[buckets.count][];
    int[] fill = new int[buckets.count];
    for (int s = 0; s < buckets.count; s++) {
      buffers[s] = new long[counts[buckets.bucket[s]]];
    }
    for (int i = 0; i < n; i++) {
      long k = column.key(i);
      int slot = buckets.slotOf[bucket(k, shift)];
      if (slot >= 0) {
        buffers[slot][fill[slot]++] = k;
      }
    }
    for (int s = 0; s < buckets.count; s++) {
      int[] local = buckets.localRanks(s);
      long[] found = select(buffers[s], buffers[s].length, local);
      buckets.scatter(s, found, out);
    }
    return out;
  }

  /** Selection within a buffer of keys that this method may reorder. */
  private static long[] select(long[] keys, int len, int[] ranks) {
    long[] out = new long[ranks.length];
    if (len <= SMALL) {
      Arrays.sort(keys, 0, len);
      for (int i = 0; i < ranks.length; i++) {
        out[i] = keys[ranks[i]];
      }
      return out;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int i = 0; i < len; i++) {
      long k = keys[i];
      if (k < min) {
        min = k;
      }
      if (k > max) {
        max = k;
      }
    }
    if (min == max) {
      Arrays.fill(out, min);
      return out;
    }
    int shift = shiftFor(min, max);
    int[] counts = new int[RADIX];
    for (int i = 0; i < len; i++) {
      counts[bucket(keys[i], shift)]++;
    }
    Buckets buckets = Buckets.of(counts, ranks);
    long[][] buffers = new long[buckets.count][];
    int[] fill = new int[buckets.count];
    for (int s = 0; s < buckets.count; s++) {
      buffers[s] = new long[counts[buckets.bucket[s]]];
    }
    for (int i = 0; i < len; i++) {
      long k = keys[i];
      int slot = buckets.slotOf[bucket(k, shift)];
      if (slot >= 0) {
        buffers[slot][fill[slot]++] = k;
      }
    }
    for (int s = 0; s < buckets.count; s++) {
      long[] found = select(buffers[s], buffers[s].length, buckets.localRanks(s));
      buckets.scatter(s, found, out);
    }
    return out;
  }

  /** The lowest bit of the 16-bit window that starts at the first bit where min and max differ. */
  private static int shiftFor(long min, long max) {
    int common = Long.numberOfLeadingZeros(min ^ max);
    return Math.max(0, 64 - common - BITS);
  }

  private static int bucket(long key, int shift) {
    return (int) (((key ^ Long.MIN_VALUE) >>> shift) & (RADIX - 1));
  }

  /** The buckets that hold wanted ranks, and the ranks within them. */
  private static final class Buckets {
    final int[] slotOf = new int[RADIX];
    final int[] bucket;
    final int count;
    final int[] start;
    final int[][] members;
    final int[] ranks;

    private Buckets(int[] bucket, int count, int[] start, int[][] members, int[] ranks) {
      this.bucket = bucket;
      this.count = count;
      this.start = start;
      this.members = members;
      this.ranks = ranks;
    }

    static Buckets of(int[] counts, int[] ranks) {
      int[] cumulative = new int[RADIX + 1];
      for (int b = 0; b < RADIX; b++) {
        cumulative[b + 1] = cumulative[b] + counts[b];
      }
      int[] bucketOfRank = new int[ranks.length];
      for (int i = 0; i < ranks.length; i++) {
        // the bucket b with cumulative[b] <= rank < cumulative[b + 1]
        int pos = Arrays.binarySearch(cumulative, ranks[i]);
        int b;
        if (pos >= 0) {
          b = pos;
          while (counts[b] == 0) {
            b++;
          }
        } else {
          b = -pos - 2;
        }
        bucketOfRank[i] = b;
      }
      int[] distinct = Arrays.stream(bucketOfRank).distinct().sorted().toArray();
      int[] start = new int[distinct.length];
      int[][] members = new int[distinct.length][];
      Buckets result = new Buckets(distinct, distinct.length, start, members, ranks);
      Arrays.fill(result.slotOf, -1);
      for (int s = 0; s < distinct.length; s++) {
        result.slotOf[distinct[s]] = s;
        start[s] = cumulative[distinct[s]];
        int slot = s;
        members[s] =
            java.util.stream.IntStream.range(0, ranks.length)
                .filter(i -> bucketOfRank[i] == distinct[slot])
                .toArray();
      }
      return result;
    }

    int[] localRanks(int slot) {
      int[] idx = members[slot];
      int[] local = new int[idx.length];
      for (int j = 0; j < idx.length; j++) {
        local[j] = ranks[idx[j]] - start[slot];
      }
      return local;
    }

    void scatter(int slot, long[] found, long[] out) {
      int[] idx = members[slot];
      for (int j = 0; j < idx.length; j++) {
        out[idx[j]] = found[j];
      }
    }
  }
}
