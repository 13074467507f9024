/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Customer lifetime value and column-wise predictions for many customers.
 *
 * <ul>
 *   <li>{@link #of}: CLV over a horizon = margin x expected spend per transaction (Gamma-Gamma) x
 *       discounted expected transactions (the purchase model), with an explicit discount rate per
 *       explicit period (Fader, Hardie and Lee 2005, "RFM and CLV", JMR 42(4)).
 *   <li>{@link #retention}: the retention-based formula {@code m r / (1 + d - r)} of the course
 *       (course file "Understanding Customer Service"; Gupta and Lehmann 2003): the value of a
 *       customer who yields margin m per period, is retained with probability r per period,
 *       discounted at rate d per period.
 *   <li>{@link #conditionalExpectedPurchases}, {@link #probabilityAlive}: the model's predictions
 *       for arrays of customers, computed once per distinct summary and in parallel.
 *   <li>{@link #discountedExpectedResidualTransactions}: DERT of Pareto/NBD and BG/BB customers.
 *   <li>{@link #holdout}: predicted versus actual holdout purchases per calibration frequency.
 * </ul>
 */
public final class Clv {
  private static final int PARALLEL_THRESHOLD = 50_000;

  /** Rows per parallel task. */
  private static final int CHUNK = 1 << 14;

  private Clv() {}

  /**
   * The retention-based lifetime value {@code m r / (1 + d - r)}: margin m per period received at
   * the end of each period the customer stays, retention r per period, discount rate d per period
   * (an infinite geometric series: the margin multiple of Gupta and Lehmann, "Customers as assets",
   * Journal of Interactive Marketing 17(1), 2003; the course files state no formula).
   *
   * @param margin the margin per period, finite
   * @param retentionRate r in [0, 1]
   * @param discountRate d per period, non-negative
   * @return the lifetime value, in the margin's unit
   */
  public static double retention(double margin, double retentionRate, double discountRate) {
    if (!Double.isFinite(margin)) {
      throw CxValidationException.of("Clv.margin", "be finite", margin);
    }
    if (!(retentionRate >= 0 && retentionRate <= 1)) {
      throw CxValidationException.of("Clv.retentionRate", "be within 0..1", retentionRate);
    }
    if (!(discountRate >= 0) || !Double.isFinite(discountRate)) {
      throw CxValidationException.of(
          "Clv.discountRate", "be finite and non-negative", discountRate);
    }
    if (retentionRate == 1 && discountRate == 0) {
      throw CxValidationException.of(
          "Clv.discountRate",
          "be positive when the retention rate is 1 (the value is infinite)",
          discountRate);
    }
    return margin * retentionRate / (1 + discountRate - retentionRate);
  }

  /**
   * Lifetime value per customer over a horizon: {@code margin * E[spend | x, mbar] * sum_k (E[Y(k
   * period)] - E[Y((k-1) period)]) / (1 + rate)^k}.
   *
   * @param purchases the purchase model (BG/NBD, MBG/NBD, Pareto/NBD or BG/BB)
   * @param spend the Gamma-Gamma spend model
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param monetary mean repeat-transaction value per customer (ignored where x is 0)
   * @param horizon the horizon, period length and discount rate
   * @param margin the share of spend that is margin (1 for revenue)
   * @return the CLV per customer, in the unit of {@code monetary}
   */
  public static double[] of(
      PurchaseModel purchases,
      GammaGammaModel spend,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary,
      ClvHorizon horizon,
      double margin) {
    if (!Double.isFinite(margin)) {
      throw CxValidationException.of("Clv.margin", "be finite", margin);
    }
    double[] spends = spend.conditionalExpectedSpend(frequency, monetary);
    NbdParameters nbd = NbdParameters.of(purchases);
    RowsFactory rows;
    if (nbd != null) {
      // P(alive) per row times the discounted sum for an alive customer per distinct (x, T)
      rows =
          (x, tx, ages) -> {
            NbdBatch batch = nbd.batch(horizon.horizon(), x, ages);
            double[] ifAlive =
                batch.discountedIfAlive(
                    x, ages, horizon.horizon(), horizon.period(), horizon.discountRate());
            return (cx, ctx, cage, from, to, out) -> {
              batch.probabilityAlive(cx, ctx, cage, from, to, out);
              for (int i = from; i < to; i++) {
                out[i] *= ifAlive[i];
              }
            };
          };
    } else {
      rows =
          rowByRow(
              (x, tx, ages) ->
                  purchases.discountedExpectedPurchases(
                      x, tx, ages, horizon.horizon(), horizon.period(), horizon.discountRate()));
    }
    double[] dert = perPattern(purchases, frequency, recency, age, rows, nbd == null);
    double[] out = new double[dert.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = margin * spends[i] * dert[i];
    }
    return out;
  }

  /**
   * {@link #of} on activity summaries (their unit is the model's time unit).
   *
   * @param purchases the purchase model
   * @param spend the spend model
   * @param summaries the customers
   * @param horizon horizon, period and discount rate, in the summaries' unit
   * @param margin share of spend that is margin
   * @return the CLV per row of the summaries
   */
  public static double[] of(
      PurchaseModel purchases,
      GammaGammaModel spend,
      RepeatSummaries summaries,
      ClvHorizon horizon,
      double margin) {
    return of(
        purchases,
        spend,
        summaries.frequency(),
        summaries.recency(),
        summaries.age(),
        summaries.monetary(),
        horizon,
        margin);
  }

  /**
   * E[Y(t) | x, t_x, T] for every customer: the expected number of purchases in {@code (T, T + t]}
   * (for BG/NBD Fader, Hardie and Lee 2005, eq. 10). BG/NBD and MBG/NBD are evaluated column-wise,
   * with what depends only on the parameters and the frequency computed once per frequency; the
   * results agree with {@link PurchaseModel#conditionalExpectedPurchases} to rounding.
   *
   * @param model the model
   * @param t the future period length, in the model's time unit, finite and non-negative
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @return the expected purchases per customer
   */
  public static double[] conditionalExpectedPurchases(
      PurchaseModel model, double t, int[] frequency, double[] recency, double[] age) {
    PurchaseModel.requireTime("Clv.t", t);
    NbdParameters nbd = NbdParameters.of(model);
    RowsFactory rows =
        nbd != null
            ? (x, tx, ages) -> nbd.batch(t, x, ages)::conditionalExpected
            : rowByRow((x, tx, ages) -> model.conditionalExpectedPurchases(t, x, tx, ages));
    return perPattern(model, frequency, recency, age, rows, nbd == null);
  }

  /**
   * P(alive at T | x, t_x, T) for every customer (for BG/NBD {@code 1 / (1 + [x > 0] a / (b + x -
   * 1) ((alpha + T) / (alpha + t_x))^(r + x))}, Fader, Hardie and Lee, "Computing P(alive) using
   * the BG/NBD model"). BG/NBD and MBG/NBD are evaluated column-wise, with {@code ln a - ln(b + x +
   * m - 1)} computed once per frequency; the results agree with {@link
   * PurchaseModel#probabilityAlive} to rounding.
   *
   * @param model the model
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @return the probability per customer
   */
  public static double[] probabilityAlive(
      PurchaseModel model, int[] frequency, double[] recency, double[] age) {
    NbdParameters nbd = NbdParameters.of(model);
    RowsFactory rows =
        nbd != null
            ? (x, tx, ages) -> nbd.batch(Double.NaN, x, ages)::probabilityAlive
            : rowByRow(model::probabilityAlive);
    return perPattern(model, frequency, recency, age, rows, nbd == null);
  }

  /**
   * Discounted expected residual transactions (DERT) for every customer: the expected purchases
   * after T over the whole remaining lifetime, a purchase {@code t} time units after T discounted
   * by {@code (1 + discount)^(-t / period)}. Closed forms: Pareto/NBD after Fader, Hardie and Lee
   * (2005), "RFM and CLV: using iso-value curves for customer base analysis", JMR 42(4), with the
   * continuously compounded rate {@code delta = ln(1 + discount) / period} per time unit; BG/BB
   * after Fader, Hardie and Shang (2010), "Customer-base analysis in a discrete-time noncontractual
   * setting", Marketing Science 29(6), eq. 14, discounting each opportunity (one time unit) by
   * {@code e^delta}. Computed once per distinct summary.
   *
   * @param model a Pareto/NBD or BG/BB model
   * @param discount the discount rate per period, positive and finite
   * @param period the discounting period in the model's time unit, positive and finite
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer (for BG/BB the opportunities n)
   * @return DERT per customer, a number of transactions
   * @throws CxValidationException if the model has no closed-form DERT, the rate or period is not
   *     positive and finite, or the columns are invalid
   */
  public static double[] discountedExpectedResidualTransactions(
      PurchaseModel model,
      double discount,
      double period,
      int[] frequency,
      double[] recency,
      double[] age) {
    if (!(model instanceof ParetoNbdModel || model instanceof BgBbModel)) {
      throw CxValidationException.of(
          "Clv.model", "be a paretonbd or bgbb model (closed-form DERT)", model.kind().id());
    }
    double delta = continuousRate(discount, period);
    RowsFactory rows;
    if (model instanceof ParetoNbdModel pareto) {
      rows = rowByRow((x, tx, t) -> pareto.discountedExpectedResidualTransactions(delta, x, tx, t));
    } else {
      BgBbModel bgbb = (BgBbModel) model;
      double perOpportunity = Math.expm1(delta);
      rows =
          rowByRow(
              (x, tx, n) -> bgbb.discountedExpectedResidualTransactions(perOpportunity, x, tx, n));
    }
    return perPattern(model, frequency, recency, age, rows, true);
  }

  /**
   * The continuously compounded rate per time unit of a discount rate per period, {@code ln(1 +
   * discount) / period}, both checked.
   */
  static double continuousRate(double discount, double period) {
    if (!(discount > 0) || !Double.isFinite(discount)) {
      throw CxValidationException.of("Clv.discount", "be positive and finite", discount);
    }
    if (!(period > 0) || !Double.isFinite(period)) {
      throw CxValidationException.of("Clv.period", "be positive and finite", period);
    }
    return Math.log1p(discount) / period;
  }

  /** A prediction for the rows {@code from .. to - 1} of columns, written at the same rows. */
  @FunctionalInterface
  private interface Rows {
    void evaluate(int[] x, double[] tx, double[] age, int from, int to, double[] out);
  }

  /** Prepares {@link Rows} for the columns it will be applied to (for per-column constants). */
  @FunctionalInterface
  private interface RowsFactory {
    Rows prepare(int[] x, double[] tx, double[] age);
  }

  /** A prediction for one customer's summary. */
  @FunctionalInterface
  private interface Summary {
    double apply(int x, double tx, double age);
  }

  /** {@link Rows} that evaluate {@code f} on each row. */
  private static RowsFactory rowByRow(Summary f) {
    return (x, tx, age) ->
        (cx, ctx, cage, from, to, out) -> {
          for (int i = from; i < to; i++) {
            out[i] = f.apply(cx[i], ctx[i], cage[i]);
          }
        };
  }

  /**
   * Validates the columns and evaluates {@code factory}'s prediction on every row when the
   * summaries are mostly distinct or {@code collapsible} is false, otherwise once per distinct
   * summary, in parallel chunks of rows. The column-wise BG/NBD and MBG/NBD evaluation is not
   * collapsible: it already shares its work per frequency, and a row costs less than hashing it (1M
   * simulated customers in days, 374,050 distinct summaries: collapsing took 120-230 ms, P(alive)
   * of every row 30-55 ms on one core).
   */
  private static double[] perPattern(
      PurchaseModel model,
      int[] x,
      double[] tx,
      double[] age,
      RowsFactory factory,
      boolean collapsible) {
    int n = x.length;
    if (tx.length != n || age.length != n) {
      throw CxValidationException.of(
          "Clv.recency",
          "have as many values as frequency (" + n + ")",
          tx.length != n ? tx.length : age.length);
    }
    validate(model, x, tx, age);
    if (!collapsible || mostlyDistinct(x, tx, age)) {
      // collapsing would cost a hash pass and save little: evaluate row by row
      double[] out = new double[n];
      inChunks(factory.prepare(x, tx, age), x, tx, age, out);
      return out;
    }
    int[] rowToPattern = new int[n];
    int[] firstRow = new int[n];
    int patterns = Patterns.collapse(x, tx, age, rowToPattern, firstRow);
    int[] px = new int[patterns];
    double[] ptx = new double[patterns];
    double[] page = new double[patterns];
    for (int p = 0; p < patterns; p++) {
      px[p] = x[firstRow[p]];
      ptx[p] = tx[firstRow[p]];
      page[p] = age[firstRow[p]];
    }
    double[] values = new double[patterns];
    inChunks(factory.prepare(px, ptx, page), px, ptx, page, values);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = values[rowToPattern[i]];
    }
    return out;
  }

  /** Validates every summary (in parallel chunks when there are many), naming the first bad one. */
  private static void validate(PurchaseModel model, int[] x, double[] tx, double[] age) {
    boolean discrete = model instanceof BgBbModel;
    int n = x.length;
    boolean valid;
    if (n < PARALLEL_THRESHOLD) {
      valid = valid(x, tx, age, 0, n, discrete);
    } else {
      valid =
          IntStream.range(0, (n + CHUNK - 1) / CHUNK)
              .parallel()
              .allMatch(c -> valid(x, tx, age, c * CHUNK, Math.min(n, (c + 1) * CHUNK), discrete));
    }
    if (!valid) {
      String type = model.kind().id();
      for (int i = 0; i < n; i++) {
        Patterns.validate(type, i, x[i], tx[i], age[i], 1.0, discrete);
      }
    }
  }

  private static boolean valid(
      int[] x, double[] tx, double[] age, int from, int to, boolean discrete) {
    for (int i = from; i < to; i++) {
      if (!Patterns.valid(x[i], tx[i], age[i], 1.0, discrete)) {
        return false;
      }
    }
    return true;
  }

  /** Runs {@code rows} over all rows, in parallel chunks of contiguous rows when there are many. */
  private static void inChunks(Rows rows, int[] x, double[] tx, double[] age, double[] out) {
    int n = x.length;
    if (n < PARALLEL_THRESHOLD) {
      rows.evaluate(x, tx, age, 0, n, out);
      return;
    }
    int chunks = (n + CHUNK - 1) / CHUNK;
    IntStream.range(0, chunks)
        .parallel()
        .forEach(c -> rows.evaluate(x, tx, age, c * CHUNK, Math.min(n, (c + 1) * CHUNK), out));
  }

  /** Whether a sample of 4,096 rows spread over the data is at least 90% distinct summaries. */
  static boolean mostlyDistinct(int[] x, double[] tx, double[] age) {
    int n = x.length;
    int sample = Math.min(n, 4096);
    if (sample < 1024) {
      return false;
    }
    int[] sx = new int[sample];
    double[] stx = new double[sample];
    double[] sage = new double[sample];
    long step = Math.max(1, n / sample);
    for (int j = 0; j < sample; j++) {
      int i = (int) Math.min(n - 1L, j * step);
      sx[j] = x[i];
      stx[j] = tx[i];
      sage[j] = age[i];
    }
    int distinct = Patterns.collapse(sx, stx, sage, new int[sample], new int[sample]);
    return distinct >= 0.9 * sample;
  }

  /**
   * Predicted versus actual holdout purchases, grouped by calibration frequency (Fader, Hardie and
   * Lee 2005, Figure 4): the data for the standard plot of a model's out-of-sample fit.
   *
   * @param model the model fitted on the calibration period
   * @param frequency calibration x per customer
   * @param recency calibration t_x per customer
   * @param age calibration T per customer
   * @param holdoutPurchases actual purchases per customer in the holdout
   * @param holdoutLength the length of the holdout period, in the model's time unit
   * @param maxFrequency frequencies at or above this are pooled into the last row
   * @return one row per calibration frequency 0..maxFrequency
   */
  public static HoldoutComparison holdout(
      PurchaseModel model,
      int[] frequency,
      double[] recency,
      double[] age,
      int[] holdoutPurchases,
      double holdoutLength,
      int maxFrequency) {
    if (holdoutPurchases.length != frequency.length) {
      throw CxValidationException.of(
          "Clv.holdoutPurchases",
          "have one value per customer (" + frequency.length + ")",
          holdoutPurchases.length);
    }
    if (maxFrequency < 0) {
      throw CxValidationException.of("Clv.maxFrequency", "be non-negative", maxFrequency);
    }
    double[] predicted =
        conditionalExpectedPurchases(model, holdoutLength, frequency, recency, age);
    int[] count = new int[maxFrequency + 1];
    double[] sumPredicted = new double[maxFrequency + 1];
    double[] sumActual = new double[maxFrequency + 1];
    for (int i = 0; i < frequency.length; i++) {
      int b = Math.min(frequency[i], maxFrequency);
      count[b]++;
      sumPredicted[b] += predicted[i];
      sumActual[b] += holdoutPurchases[i];
    }
    List<HoldoutComparison.Row> rows = new ArrayList<>();
    for (int b = 0; b <= maxFrequency; b++) {
      rows.add(
          new HoldoutComparison.Row(
              b,
              b == maxFrequency,
              count[b],
              count[b] == 0 ? 0 : sumPredicted[b] / count[b],
              count[b] == 0 ? 0 : sumActual[b] / count[b]));
    }
    double tp = 0;
    double ta = 0;
    for (int b = 0; b <= maxFrequency; b++) {
      tp += sumPredicted[b];
      ta += sumActual[b];
    }
    return new HoldoutComparison(holdoutLength, rows, tp, ta);
  }

  /**
   * {@link #holdout} on a calibration/holdout split.
   *
   * @param model the model fitted on {@code split.calibration()}
   * @param split the split
   * @param maxFrequency frequencies at or above this are pooled
   * @return the comparison
   */
  public static HoldoutComparison holdout(
      PurchaseModel model, CalibrationHoldout split, int maxFrequency) {
    RepeatSummaries c = split.calibration();
    return holdout(
        model,
        c.frequency(),
        c.recency(),
        c.age(),
        split.holdoutFrequency(),
        split.holdoutDuration(),
        maxFrequency);
  }
}
