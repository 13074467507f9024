/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.segmentation.internal.Selection;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;

/**
 * RFM scores (Hughes 1994) of a customer base from its recency, frequency and monetary columns.
 *
 * <p>Input convention (that of {@code core.activity}'s RFM summaries): recency in days (or the
 * summaries' unit; scores do not depend on the unit) from the customer's last purchase to the
 * analysis date ({@code >= 0}), frequency the number of purchases ({@code >= 0}), monetary the
 * total (or mean, see {@link MonetaryMeasure}) purchase value in currency units (any finite
 * number).
 *
 * <p>Scores: with cut points {@code c_1 <= ... <= c_{n-1}} per dimension, a frequency or monetary
 * value {@code v} scores {@code 1 + #{j : c_j < v}} and a recency value scores {@code n - #{j : c_j
 * < v}}, so equal values always get equal scores, a value equal to a cut point goes to the lower
 * bin, and recent customers score high. Default cut points are the type-7 empirical quantiles at
 * {@code k / n} (Hyndman and Fan 1996; R's default, NumPy's "linear"), found exactly by radix
 * selection on the columns (linear time, no full sort, the input is not modified) or, for data in
 * parts, from {@link RfmSketch}.
 */
public final class Rfm {
  /** The default number of score levels. */
  public static final int DEFAULT_BINS = 5;

  private Rfm() {}

  /**
   * Exact cut points: the type-7 quantiles at {@code k / bins} of each column.
   *
   * @param recency days since the last purchase, per customer
   * @param frequency purchases per customer
   * @param monetary value per customer
   * @param bins score levels, {@code 2..9}
   * @return the cut points, method {@link CutPointMethod#EXACT}
   * @throws CxValidationException if the columns are empty, differ in length or hold a value
   *     outside its domain
   */
  public static RfmCutPoints cutPoints(
      double[] recency, int[] frequency, double[] monetary, int bins) {
    checkBins(bins);
    checkColumns(recency, frequency, monetary);
    if (recency.length == 0) {
      throw CxValidationException.of("Rfm.customers", "be at least 1", 0);
    }
    double[] r;
    double[] f;
    double[] m;
    if (recency.length >= PARALLEL_CUSTOMERS && Runtime.getRuntime().availableProcessors() >= 2) {
      // the three selections are independent: recency on the common pool while this thread
      // selects the other two (each copies its column once, so two copies are held at a time)
      ForkJoinTask<double[]> recencyCuts =
          ForkJoinPool.commonPool().submit(() -> Selection.binCutPoints(recency, bins));
      m = Selection.binCutPoints(monetary, bins);
      f = Selection.binCutPoints(frequency, bins);
      r = recencyCuts.join();
    } else {
      r = Selection.binCutPoints(recency, bins);
      f = Selection.binCutPoints(frequency, bins);
      m = Selection.binCutPoints(monetary, bins);
    }
    return RfmCutPoints.builder()
        .bins(bins)
        .recency(RfmCutPoints.boxed(r))
        .frequency(RfmCutPoints.boxed(f))
        .monetary(RfmCutPoints.boxed(m))
        .method(CutPointMethod.EXACT)
        .n(recency.length)
        .build();
  }

  /** Columns of at least this many customers have their cut points selected on two threads. */
  static final int PARALLEL_CUSTOMERS = 1 << 16;

  /**
   * Scores with five levels and exact quantile cut points.
   *
   * @param recency days since the last purchase, per customer
   * @param frequency purchases per customer
   * @param monetary value per customer
   * @return the scores
   * @throws CxValidationException on bad columns (see {@link #cutPoints})
   */
  public static RfmScores score(double[] recency, int[] frequency, double[] monetary) {
    return score(recency, frequency, monetary, DEFAULT_BINS);
  }

  /**
   * Scores with {@code bins} levels and exact quantile cut points.
   *
   * @param recency days since the last purchase, per customer
   * @param frequency purchases per customer
   * @param monetary value per customer
   * @param bins score levels, {@code 2..9}
   * @return the scores
   * @throws CxValidationException on bad columns (see {@link #cutPoints})
   */
  public static RfmScores score(double[] recency, int[] frequency, double[] monetary, int bins) {
    RfmCutPoints cuts = cutPoints(recency, frequency, monetary, bins);
    return scoreChecked(recency, frequency, monetary, cuts);
  }

  /**
   * Scores with the given cut points (exact, sketched or the caller's own).
   *
   * @param recency days since the last purchase, per customer
   * @param frequency purchases per customer
   * @param monetary value per customer
   * @param cutPoints the cut points
   * @return the scores
   * @throws CxValidationException on bad columns
   */
  public static RfmScores score(
      double[] recency, int[] frequency, double[] monetary, RfmCutPoints cutPoints) {
    checkColumns(recency, frequency, monetary);
    return scoreChecked(recency, frequency, monetary, cutPoints);
  }

  /**
   * Scores the RFM summaries of {@code core.activity} with exact quantile cut points.
   *
   * @param summaries per-customer recency, frequency and monetary values
   * @param measure total or mean monetary value
   * @param bins score levels, {@code 2..9}
   * @return the scores, in the order of the summaries
   * @throws CxValidationException if there are no customers or bins is out of range
   */
  public static RfmScores score(RfmSummaries summaries, MonetaryMeasure measure, int bins) {
    return score(summaries.recency(), summaries.frequency(), monetary(summaries, measure), bins);
  }

  /**
   * Scores the RFM summaries of {@code core.activity} with the given cut points.
   *
   * @param summaries per-customer recency, frequency and monetary values
   * @param measure total or mean monetary value
   * @param cutPoints the cut points
   * @return the scores, in the order of the summaries
   */
  public static RfmScores score(
      RfmSummaries summaries, MonetaryMeasure measure, RfmCutPoints cutPoints) {
    return score(
        summaries.recency(), summaries.frequency(), monetary(summaries, measure), cutPoints);
  }

  static double[] monetary(RfmSummaries summaries, MonetaryMeasure measure) {
    return measure == MonetaryMeasure.TOTAL ? summaries.monetaryTotal() : summaries.monetaryMean();
  }

  /**
   * One customer's score with the given cut points.
   *
   * @param recency days since the last purchase ({@code >= 0})
   * @param frequency purchases ({@code >= 0})
   * @param monetary value (finite)
   * @param cutPoints the cut points
   * @return the score triple
   * @throws CxValidationException if a value is outside its domain
   */
  public static RfmScore score(
      double recency, int frequency, double monetary, RfmCutPoints cutPoints) {
    checkColumns(new double[] {recency}, new int[] {frequency}, new double[] {monetary});
    int bins = cutPoints.bins();
    return RfmScore.of(
        bins - below(cutPoints.recencyArray(), recency),
        1 + below(cutPoints.frequencyArray(), frequency),
        1 + below(cutPoints.monetaryArray(), monetary));
  }

  /**
   * The ascending score of a value: {@code 1 +} the number of cut points strictly below it.
   *
   * @param value the value
   * @param cutPoints ascending cut points
   * @return {@code 1..cutPoints.length + 1}
   */
  public static int ascendingScore(double value, double[] cutPoints) {
    return 1 + below(cutPoints, value);
  }

  /**
   * The descending score of a value (used for recency): {@code cutPoints.length + 1 -} the number
   * of cut points strictly below it.
   *
   * @param value the value
   * @param cutPoints ascending cut points
   * @return {@code 1..cutPoints.length + 1}
   */
  public static int descendingScore(double value, double[] cutPoints) {
    return cutPoints.length + 1 - below(cutPoints, value);
  }

  private static int below(double[] cuts, double value) {
    int count = 0;
    for (double c : cuts) {
      if (c < value) {
        count++;
      }
    }
    return count;
  }

  private static RfmScores scoreChecked(
      double[] recency, int[] frequency, double[] monetary, RfmCutPoints cuts) {
    int n = recency.length;
    int bins = cuts.bins();
    byte[] r = new byte[n];
    byte[] f = new byte[n];
    byte[] m = new byte[n];
    scoreColumn(recency, cuts.recencyArray(), r, bins, true);
    double[] fc = cuts.frequencyArray();
    for (int i = 0; i < n; i++) {
      f[i] = (byte) (1 + below(fc, frequency[i]));
    }
    scoreColumn(monetary, cuts.monetaryArray(), m, bins, false);
    return new RfmScores(r, f, m, cuts);
  }

  /**
   * Scores a column without branches: for finite {@code c} and {@code v}, {@code c < v} exactly
   * when {@code c - v} is negative (its sign bit is set; equal values give {@code +0.0}).
   */
  private static void scoreColumn(
      double[] values, double[] cuts, byte[] out, int bins, boolean descending) {
    int k = cuts.length;
    for (int i = 0; i < values.length; i++) {
      double v = values[i];
      int count = 0;
      for (int j = 0; j < k; j++) {
        count += (int) (Double.doubleToRawLongBits(cuts[j] - v) >>> 63);
      }
      out[i] = (byte) (descending ? bins - count : 1 + count);
    }
  }

  static void checkBins(int bins) {
    if (bins < 2 || bins > RfmCutPoints.MAX_BINS) {
      throw CxValidationException.of("Rfm.bins", "be within 2.." + RfmCutPoints.MAX_BINS, bins);
    }
  }

  static void checkColumns(double[] recency, int[] frequency, double[] monetary) {
    if (frequency.length != recency.length || monetary.length != recency.length) {
      throw CxValidationException.of(
          "Rfm.columns",
          "have equal lengths",
          "recency "
              + recency.length
              + ", frequency "
              + frequency.length
              + ", monetary "
              + monetary.length);
    }
    for (int i = 0; i < recency.length; i++) {
      double v = recency[i];
      if (!(v >= 0.0) || v == Double.POSITIVE_INFINITY) {
        throw CxValidationException.of(
            "Rfm.recency[" + i + "]", "be a finite number of days >= 0", v);
      }
    }
    for (int i = 0; i < frequency.length; i++) {
      if (frequency[i] < 0) {
        throw CxValidationException.of("Rfm.frequency[" + i + "]", "be at least 0", frequency[i]);
      }
    }
    for (int i = 0; i < monetary.length; i++) {
      if (!Double.isFinite(monetary[i])) {
        throw CxValidationException.of("Rfm.monetary[" + i + "]", "be finite", monetary[i]);
      }
    }
  }
}
