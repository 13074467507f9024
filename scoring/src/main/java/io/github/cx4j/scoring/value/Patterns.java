/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.Arrays;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * Repeat-purchase summaries (frequency x, recency t_x, age T, weight) validated and collapsed into
 * distinct weighted patterns, with index tables into the distinct values of x, t_x and T so that a
 * likelihood evaluation computes each special function once per distinct value.
 */
final class Patterns {
  /** From this many rows on, validation and collapsing run partitioned and in parallel. */
  static final int PARTITION_THRESHOLD = 1 << 16;

  final int size;
  final int[] x;
  final double[] tx;
  final double[] age;
  final double[] weight;
  final double totalWeight;
  final int[] distinctX;
  final int[] xIndex;
  final double[] distinctTx;
  final int[] txIndex;
  final double[] distinctAge;
  final int[] ageIndex;

  private Patterns(int size, int[] x, double[] tx, double[] age, double[] weight) {
    this.size = size;
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.weight = weight;
    double total = 0;
    for (int i = 0; i < size; i++) {
      total += weight[i];
    }
    this.totalWeight = total;
    double[] xs = new double[size];
    for (int i = 0; i < size; i++) {
      xs[i] = x[i];
    }
    this.xIndex = new int[size];
    double[] dx = distinct(xs, xIndex);
    this.distinctX = new int[dx.length];
    for (int i = 0; i < dx.length; i++) {
      distinctX[i] = (int) dx[i];
    }
    this.txIndex = new int[size];
    this.distinctTx = distinct(tx, txIndex);
    this.ageIndex = new int[size];
    this.distinctAge = distinct(age, ageIndex);
  }

  /**
   * Validates and collapses summaries.
   *
   * @param type the model name for error messages, e.g. {@code "BgNbd"}
   * @param x frequencies (repeat purchases), non-negative
   * @param tx recencies, {@code 0 <= t_x <= T}, zero when x is zero
   * @param age ages T, non-negative, finite
   * @param weights weights or null for ones; non-negative, finite, positive sum
   * @param discrete whether recency and age must be whole numbers of periods with {@code x <= t_x}
   * @return the patterns
   */
  static Patterns of(
      String type,
      int[] x,
      double[] tx,
      double[] age,
      double @Nullable [] weights,
      boolean discrete) {
    int n = x.length;
    if (tx.length != n) {
      throw CxValidationException.of(
          type + ".recency", "have one value per frequency (" + n + ")", tx.length);
    }
    if (age.length != n) {
      throw CxValidationException.of(
          type + ".age", "have one value per frequency (" + n + ")", age.length);
    }
    if (weights != null && weights.length != n) {
      throw CxValidationException.of(
          type + ".weights", "have one value per frequency (" + n + ")", weights.length);
    }
    if (n == 0) {
      throw CxValidationException.of(type + ".frequency", "hold at least one customer", 0);
    }
    validateAll(type, x, tx, age, weights, discrete);
    return n >= PARTITION_THRESHOLD
        ? partitioned(type, x, tx, age, weights)
        : sequential(type, x, tx, age, weights);
  }

  /** Validates every row, in parallel on large input; the error names the first bad row. */
  private static void validateAll(
      String type,
      int[] x,
      double[] tx,
      double[] age,
      double @Nullable [] weights,
      boolean discrete) {
    int n = x.length;
    if (n >= PARTITION_THRESHOLD) {
      int chunks = 16;
      int chunk = (n + chunks - 1) / chunks;
      boolean valid =
          IntStream.range(0, chunks)
              .parallel()
              .allMatch(
                  c -> {
                    for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
                      double w = weights == null ? 1.0 : weights[i];
                      if (!valid(x[i], tx[i], age[i], w, discrete)) {
                        return false;
                      }
                    }
                    return true;
                  });
      if (valid) {
        return;
      }
    }
    for (int i = 0; i < n; i++) {
      validate(type, i, x[i], tx[i], age[i], weights == null ? 1.0 : weights[i], discrete);
    }
  }

  /** Collapses identical (x, t_x, T) rows with one open-addressing hash table. */
  private static Patterns sequential(
      String type, int[] x, double[] tx, double[] age, double @Nullable [] weights) {
    int n = x.length;
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    int mask = capacity - 1;
    int[] table = new int[capacity];
    Arrays.fill(table, -1);
    int[] px = new int[n];
    double[] ptx = new double[n];
    double[] page = new double[n];
    double[] pw = new double[n];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int slot = (int) hash(x[i], tx[i], age[i]) & mask;
      double w = weights == null ? 1.0 : weights[i];
      while (true) {
        int p = table[slot];
        if (p < 0) {
          table[slot] = count;
          px[count] = x[i];
          ptx[count] = tx[i] + 0.0;
          page[count] = age[i] + 0.0;
          pw[count] = w;
          count++;
          break;
        }
        if (px[p] == x[i] && ptx[p] == tx[i] && page[p] == age[i]) {
          pw[p] += w;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return kept(type, count, px, ptx, page, pw);
  }

  /**
   * Collapses large input as a partitioned hash aggregation: rows are scattered by the top bits of
   * their hash into buckets of a few thousand (streaming writes), then each bucket is collapsed
   * with a hash table that stays in the core's cache, buckets in parallel. The patterns come out
   * ordered by bucket and, within a bucket, by first row; weights are summed in row order, so the
   * result does not depend on the thread schedule.
   */
  private static Patterns partitioned(
      String type, int[] x, double[] tx, double[] age, double @Nullable [] weights) {
    int n = x.length;
    int bits = Math.max(1, Math.min(14, 31 - Integer.numberOfLeadingZeros(n / 2048)));
    int buckets = 1 << bits;
    int shift = 64 - bits;
    int chunks = 16;
    int chunk = (n + chunks - 1) / chunks;
    long[] hashes = new long[n];
    int[][] counts = new int[chunks][buckets];
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              int[] count = counts[c];
              for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
                long h = hash(x[i], tx[i], age[i]);
                hashes[i] = h;
                count[(int) (h >>> shift)]++;
              }
            });
    // bucket b of chunk c starts after all earlier buckets and after bucket b of earlier chunks
    int[] bucketStart = new int[buckets + 1];
    int[][] cursor = new int[chunks][buckets];
    int position = 0;
    for (int b = 0; b < buckets; b++) {
      bucketStart[b] = position;
      for (int c = 0; c < chunks; c++) {
        cursor[c][b] = position;
        position += counts[c][b];
      }
    }
    bucketStart[buckets] = n;
    int[] sx = new int[n];
    double[] stx = new double[n];
    double[] sage = new double[n];
    double[] sw = new double[n];
    long[] sh = new long[n];
    IntStream.range(0, chunks)
        .parallel()
        .forEach(
            c -> {
              int[] next = cursor[c];
              for (int i = c * chunk, end = Math.min(n, i + chunk); i < end; i++) {
                long h = hashes[i];
                int to = next[(int) (h >>> shift)]++;
                sx[to] = x[i];
                stx[to] = tx[i] + 0.0;
                sage[to] = age[i] + 0.0;
                sw[to] = weights == null ? 1.0 : weights[i];
                sh[to] = h;
              }
            });
    // collapse each bucket in place: its patterns overwrite the front of its range
    int[] patternsIn = new int[buckets];
    int groups = 64;
    int perGroup = (buckets + groups - 1) / groups;
    IntStream.range(0, Math.min(groups, buckets))
        .parallel()
        .forEach(
            g -> {
              int[] table = new int[0];
              for (int b = g * perGroup, last = Math.min(buckets, b + perGroup); b < last; b++) {
                int from = bucketStart[b];
                int size = bucketStart[b + 1] - from;
                int capacity = Integer.highestOneBit(Math.max(4, size) * 2 - 1) << 1;
                if (table.length < capacity) {
                  table = new int[capacity];
                }
                Arrays.fill(table, 0, capacity, -1);
                int mask = capacity - 1;
                int count = 0;
                for (int i = from, end = from + size; i < end; i++) {
                  int slot = (int) sh[i] & mask;
                  while (true) {
                    int q = table[slot];
                    if (q < 0) {
                      int to = from + count++;
                      table[slot] = to;
                      sx[to] = sx[i];
                      stx[to] = stx[i];
                      sage[to] = sage[i];
                      sw[to] = sw[i];
                      sh[to] = sh[i];
                      break;
                    }
                    if (sh[q] == sh[i]
                        && sx[q] == sx[i]
                        && stx[q] == stx[i]
                        && sage[q] == sage[i]) {
                      sw[q] += sw[i];
                      break;
                    }
                    slot = (slot + 1) & mask;
                  }
                }
                patternsIn[b] = count;
              }
            });
    int total = 0;
    for (int b = 0; b < buckets; b++) {
      total += patternsIn[b];
    }
    int[] px = new int[total];
    double[] ptx = new double[total];
    double[] page = new double[total];
    double[] pw = new double[total];
    int at = 0;
    for (int b = 0; b < buckets; b++) {
      int from = bucketStart[b];
      int c = patternsIn[b];
      System.arraycopy(sx, from, px, at, c);
      System.arraycopy(stx, from, ptx, at, c);
      System.arraycopy(sage, from, page, at, c);
      System.arraycopy(sw, from, pw, at, c);
      at += c;
    }
    return kept(type, total, px, ptx, page, pw);
  }

  /** The patterns with positive weight, or an error if there are none. */
  private static Patterns kept(
      String type, int count, int[] px, double[] ptx, double[] page, double[] pw) {
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (pw[i] > 0) {
        px[kept] = px[i];
        ptx[kept] = ptx[i];
        page[kept] = page[i];
        pw[kept] = pw[i];
        kept++;
      }
    }
    if (kept == 0) {
      throw CxValidationException.of(type + ".weights", "have a positive sum", 0.0);
    }
    return new Patterns(
        kept,
        kept == px.length ? px : Arrays.copyOf(px, kept),
        kept == ptx.length ? ptx : Arrays.copyOf(ptx, kept),
        kept == page.length ? page : Arrays.copyOf(page, kept),
        kept == pw.length ? pw : Arrays.copyOf(pw, kept));
  }

  static void validate(
      String type, int i, int x, double tx, double age, double w, boolean discrete) {
    if (!valid(x, tx, age, w, discrete)) {
      throw invalid(type, i, x, tx, age, w);
    }
  }

  /** Whether a summary is valid (the fast path of {@link #validate}: small, so it is inlined). */
  static boolean valid(int x, double tx, double age, double w, boolean discrete) {
    return x >= 0
        && age >= 0
        && age <= Double.MAX_VALUE
        && tx >= 0
        && tx <= age
        && (x != 0 || tx == 0)
        && w >= 0
        && w <= Double.MAX_VALUE
        && (!discrete || (tx == Math.rint(tx) && age == Math.rint(age) && x <= tx));
  }

  /** The exception for an invalid summary, naming the first rule it breaks. */
  private static CxValidationException invalid(
      String type, int i, int x, double tx, double age, double w) {
    String at = " (customer index " + i + ")";
    if (x < 0) {
      return CxValidationException.of(type + ".frequency", "be non-negative" + at, x);
    }
    if (!Double.isFinite(age) || age < 0) {
      return CxValidationException.of(type + ".age", "be finite and non-negative" + at, age);
    }
    if (!Double.isFinite(tx) || tx < 0 || tx > age) {
      return CxValidationException.of(type + ".recency", "be within 0..T (" + age + ")" + at, tx);
    }
    if (x == 0 && tx != 0) {
      return CxValidationException.of(type + ".recency", "be 0 when the frequency is 0" + at, tx);
    }
    if (!Double.isFinite(w) || w < 0) {
      return CxValidationException.of(type + ".weights", "be finite and non-negative" + at, w);
    }
    if (tx != Math.rint(tx) || age != Math.rint(age)) {
      return CxValidationException.of(
          type + ".recency", "be a whole number of periods, as must T" + at, tx + "/" + age);
    }
    return CxValidationException.of(
        type + ".frequency", "be at most the recency (" + tx + ") in discrete time" + at, x);
  }

  /** Distinct values of {@code values}, with {@code index[i]} pointing at the value of row i. */
  private static double[] distinct(double[] values, int[] index) {
    int n = index.length;
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    int mask = capacity - 1;
    int[] table = new int[capacity];
    Arrays.fill(table, -1);
    double[] out = new double[Math.min(n, capacity)];
    int count = 0;
    for (int i = 0; i < n; i++) {
      int slot = (int) mix(Double.doubleToLongBits(values[i] + 0.0)) & mask;
      while (true) {
        int p = table[slot];
        if (p < 0) {
          table[slot] = count;
          out[count] = values[i];
          index[i] = count++;
          break;
        }
        if (out[p] == values[i]) {
          index[i] = p;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return Arrays.copyOf(out, count);
  }

  /**
   * Every {@code step}-th pattern, for a warm start on large data.
   *
   * @param step the stride, at least 1
   * @return the subsample
   */
  Patterns subsample(int step) {
    int n = (size + step - 1) / step;
    int[] sx = new int[n];
    double[] stx = new double[n];
    double[] sage = new double[n];
    double[] sw = new double[n];
    for (int i = 0, j = 0; i < size; i += step, j++) {
      sx[j] = x[i];
      stx[j] = tx[i];
      sage[j] = age[i];
      sw[j] = weight[i];
    }
    return new Patterns(n, sx, stx, sage, sw);
  }

  /**
   * The weighted mean purchase rate {@code sum(w x) / sum(w T)}, floored so starts stay finite.
   *
   * @return the rate per time unit
   */
  double meanRate() {
    double sx = 0;
    double st = 0;
    for (int i = 0; i < size; i++) {
      sx += weight[i] * x[i];
      st += weight[i] * age[i];
    }
    double rate = sx / Math.max(st, 1e-300);
    return Math.min(1e6, Math.max(1e-6, rate));
  }

  /**
   * Collapses rows into distinct (x, t_x, T) patterns without validation (callers validate).
   *
   * @param x frequencies
   * @param tx recencies
   * @param age ages
   * @param rowToPattern receives, per row, the index of its pattern
   * @param firstRow receives, per pattern, the first row that has it (length at least x.length)
   * @return the number of patterns
   */
  static int collapse(int[] x, double[] tx, double[] age, int[] rowToPattern, int[] firstRow) {
    int n = x.length;
    int capacity = Integer.highestOneBit(Math.max(4, n) * 2 - 1) << 1;
    int mask = capacity - 1;
    int[] table = new int[capacity];
    Arrays.fill(table, -1);
    int count = 0;
    for (int i = 0; i < n; i++) {
      int slot = (int) hash(x[i], tx[i], age[i]) & mask;
      while (true) {
        int p = table[slot];
        if (p < 0) {
          table[slot] = count;
          firstRow[count] = i;
          rowToPattern[i] = count++;
          break;
        }
        int f = firstRow[p];
        if (x[f] == x[i] && tx[f] == tx[i] && age[f] == age[i]) {
          rowToPattern[i] = p;
          break;
        }
        slot = (slot + 1) & mask;
      }
    }
    return count;
  }

  /** A well-mixed hash of a summary (the low bits of whole-number doubles are all zero). */
  static long hash(int x, double tx, double age) {
    long h = mix(x + 0x9E3779B97F4A7C15L);
    h = mix(h ^ Double.doubleToLongBits(tx + 0.0));
    return mix(h ^ Double.doubleToLongBits(age + 0.0));
  }

  /** The MurmurHash3 64-bit finaliser. */
  static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    return h;
  }
}
