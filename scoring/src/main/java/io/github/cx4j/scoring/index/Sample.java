/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/** The indicator columns an estimation uses, after the missing-value policy, with their moments. */
final class Sample {
  private static final int CHUNK = 256;
  private static final int PARALLEL_ROWS = 100_000;
  private static final int SEGMENTS = 8;

  final Blocks blocks;
  final double[][] cols;
  final int n;
  final double[] mean;
  final double[] sd;
  final double[] min;
  final double[] max;
  final int[] rows;
  final MissingReport missing;

  private Sample(
      Blocks blocks,
      double[][] cols,
      int n,
      int[] rows,
      MissingReport missing,
      double[] mean,
      double[] min,
      double[] max) {
    this.blocks = blocks;
    this.cols = cols;
    this.n = n;
    this.rows = rows;
    this.missing = missing;
    this.mean = mean;
    this.sd = new double[cols.length];
    this.min = min;
    this.max = max;
  }

  /** One pass over a column: missing count, then sum, minimum and maximum of the answers. */
  private static double[] scan(double[] c, boolean hasCode, double code, String name) {
    int count = 0;
    double sum = 0;
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < c.length; i++) {
      double v = c[i];
      if (Double.isNaN(v) || (hasCode && v == code)) {
        count++;
      } else if (!Double.isFinite(v)) {
        throw CxValidationException.of(
            "Pls.data", "hold finite answers, but " + name + " row " + i + " is", v);
      } else {
        sum += v;
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return new double[] {count, sum, lo, hi};
  }

  /** Applies the missing-value policy and checks the columns. */
  static Sample of(Blocks blocks, Map<String, double[]> data, PlsOptions options) {
    int p = blocks.indicatorCount();
    double[][] raw = new double[p][];
    int rowsRead = -1;
    for (int k = 0; k < p; k++) {
      double[] column = data.get(blocks.indicators[k]);
      if (column == null) {
        throw new IllegalStateException("checked by requireColumns");
      }
      if (rowsRead >= 0 && column.length != rowsRead) {
        throw CxValidationException.of(
            "Pls.data",
            "have columns of equal length, but "
                + blocks.indicators[0]
                + " has "
                + rowsRead
                + " rows and "
                + blocks.indicators[k]
                + " has",
            column.length);
      }
      rowsRead = column.length;
      raw[k] = column;
    }
    boolean hasCode = options.missingCode().isPresent();
    double code = hasCode ? options.missingCode().getAsDouble() : Double.NaN;
    Map<String, Integer> missingCells = new LinkedHashMap<>();
    boolean[] dropped = new boolean[rowsRead];
    int droppedCount = 0;
    boolean anyMissing = false;
    double[][] stats = new double[p][];
    IntStream columns = IntStream.range(0, p);
    if (rowsRead >= PARALLEL_ROWS) {
      columns = columns.parallel();
    }
    columns.forEach(k -> stats[k] = scan(raw[k], hasCode, code, blocks.indicators[k]));
    for (int k = 0; k < p; k++) {
      int count = (int) stats[k][0];
      missingCells.put(blocks.indicators[k], count);
      if (count == 0) {
        continue;
      }
      anyMissing = true;
      if (count == rowsRead) {
        throw CxValidationException.of(
            "Pls.data",
            "have at least one answer to every indicator, all missing",
            blocks.indicators[k]);
      }
      double[] c = raw[k];
      for (int i = 0; i < rowsRead; i++) {
        if ((Double.isNaN(c[i]) || (hasCode && c[i] == code)) && !dropped[i]) {
          dropped[i] = true;
          droppedCount++;
        }
      }
    }
    double[][] cols;
    int n;
    int[] rows;
    double[] mean = new double[p];
    double[] min = new double[p];
    double[] max = new double[p];
    if (!anyMissing || options.missingPolicy() == MissingPolicy.MEAN) {
      n = rowsRead;
      rows = IntStream.range(0, n).toArray();
      cols = anyMissing ? new double[p][] : raw;
      for (int k = 0; k < p; k++) {
        int seen = rowsRead - (int) stats[k][0];
        mean[k] = stats[k][1] / Math.max(1, seen);
        min[k] = stats[k][2];
        max[k] = stats[k][3];
        if (anyMissing) {
          double[] copy = raw[k].clone();
          for (int i = 0; i < n; i++) {
            if (Double.isNaN(copy[i]) || (hasCode && copy[i] == code)) {
              copy[i] = mean[k];
            }
          }
          cols[k] = copy;
        }
      }
    } else {
      n = rowsRead - droppedCount;
      rows = new int[n];
      for (int i = 0, t = 0; i < rowsRead; i++) {
        if (!dropped[i]) {
          rows[t++] = i;
        }
      }
      cols = new double[p][n];
      for (int k = 0; k < p; k++) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        double sum = 0;
        for (int t = 0; t < n; t++) {
          double v = raw[k][rows[t]];
          cols[k][t] = v;
          sum += v;
          lo = Math.min(lo, v);
          hi = Math.max(hi, v);
        }
        mean[k] = n > 0 ? sum / n : 0;
        min[k] = lo;
        max[k] = hi;
      }
    }
    MissingReport report =
        new MissingReport(
            options.missingPolicy(), options.missingCode(), rowsRead, n, missingCells);
    int maxPredecessors = 0;
    for (int[] pred : blocks.predecessors) {
      maxPredecessors = Math.max(maxPredecessors, pred.length);
    }
    if (n < Math.max(3, maxPredecessors + 2)) {
      throw CxValidationException.of(
          "Pls.data",
          "have at least " + Math.max(3, maxPredecessors + 2) + " usable respondents",
          n);
    }
    return new Sample(blocks, cols, n, rows, report, mean, min, max);
  }

  /** Column means over all rows, or over the drawn rows. */
  static double[] means(double[][] cols, int @Nullable [] draw, int n) {
    double[] mean = new double[cols.length];
    for (int k = 0; k < cols.length; k++) {
      double[] c = cols[k];
      double s = 0;
      if (draw == null) {
        for (int i = 0; i < n; i++) {
          s += c[i];
        }
      } else {
        for (int i : draw) {
          s += c[i];
        }
      }
      mean[k] = s / n;
    }
    return mean;
  }

  /**
   * The correlation matrix of the indicators (n-1 denominators), over all rows or over the drawn
   * rows; fills {@code sdOut} with the standard deviations.
   */
  double[][] correlation(int @Nullable [] draw, double[] meanIn, double[] sdOut) {
    int p = cols.length;
    double[][] cp = crossProducts(cols, draw, n, meanIn);
    List<String> constant = new ArrayList<>();
    for (int k = 0; k < p; k++) {
      double var = cp[k][k] / (n - 1);
      // relative test: a variance below 1e-24 of the squared level is round-off of a constant
      double scale = Math.max(1.0, meanIn[k] * meanIn[k]);
      if (!(var > 1e-24 * scale)) {
        constant.add(blocks.indicators[k]);
      }
      sdOut[k] = Math.sqrt(var);
    }
    if (!constant.isEmpty()) {
      throw CxValidationException.of(
          "Pls.data", "give every indicator a non-zero variance, constant", constant);
    }
    double[][] s = new double[p][p];
    for (int k = 0; k < p; k++) {
      s[k][k] = 1.0;
      for (int l = k + 1; l < p; l++) {
        double r = cp[k][l] / ((n - 1) * sdOut[k] * sdOut[l]);
        r = Math.max(-1.0, Math.min(1.0, r));
        s[k][l] = r;
        s[l][k] = r;
      }
    }
    return s;
  }

  /** Centred cross-products, summed in fixed segments so that the result is deterministic. */
  static double[][] crossProducts(double[][] cols, int @Nullable [] draw, int n, double[] mean) {
    int p = cols.length;
    int segments = n >= PARALLEL_ROWS ? SEGMENTS : 1;
    double[][][] parts = new double[segments][][];
    IntStream range = IntStream.range(0, segments);
    if (segments > 1) {
      range = range.parallel();
    }
    range.forEach(
        s -> {
          long from = (long) n * s / segments;
          long to = (long) n * (s + 1) / segments;
          parts[s] = segment(cols, draw, (int) from, (int) to, mean);
        });
    double[][] total = parts[0];
    for (int s = 1; s < segments; s++) {
      for (int k = 0; k < p; k++) {
        for (int l = k; l < p; l++) {
          total[k][l] += parts[s][k][l];
        }
      }
    }
    return total;
  }

  private static double[][] segment(
      double[][] cols, int @Nullable [] draw, int from, int to, double[] mean) {
    int p = cols.length;
    double[][] cp = new double[p][p];
    double[][] buf = new double[p][CHUNK];
    for (int start = from; start < to; start += CHUNK) {
      int len = Math.min(CHUNK, to - start);
      for (int k = 0; k < p; k++) {
        double[] c = cols[k];
        double[] b = buf[k];
        double m = mean[k];
        if (draw == null) {
          for (int t = 0; t < len; t++) {
            b[t] = c[start + t] - m;
          }
        } else {
          for (int t = 0; t < len; t++) {
            b[t] = c[draw[start + t]] - m;
          }
        }
      }
      for (int k = 0; k < p; k++) {
        double[] bk = buf[k];
        double[] row = cp[k];
        int l = k;
        // four columns at a time: four independent sums, and bk read once for all four
        for (; l + 3 < p; l += 4) {
          double[] b0 = buf[l];
          double[] b1 = buf[l + 1];
          double[] b2 = buf[l + 2];
          double[] b3 = buf[l + 3];
          double s0 = 0;
          double s1 = 0;
          double s2 = 0;
          double s3 = 0;
          for (int t = 0; t < len; t++) {
            double x = bk[t];
            s0 += x * b0[t];
            s1 += x * b1[t];
            s2 += x * b2[t];
            s3 += x * b3[t];
          }
          row[l] += s0;
          row[l + 1] += s1;
          row[l + 2] += s2;
          row[l + 3] += s3;
        }
        for (; l < p; l++) {
          double[] bl = buf[l];
          double s = 0;
          for (int t = 0; t < len; t++) {
            s += bk[t] * bl[t];
          }
          row[l] += s;
        }
      }
    }
    return cp;
  }
}
