/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * BG/NBD (m = 0) and MBG/NBD (m = 1) predictions for columns of customers whose summaries have been
 * validated: P(alive) and the conditional expectation E[Y(t) | x, t_x, T] of Fader, Hardie and Lee
 * (2005, "Counting your customers the easy way", Marketing Science 24(2), eq. 10), the same
 * formulas as {@link NbdFamily} with everything that depends only on the parameters and the
 * frequency computed once per frequency: {@code ln a - ln(b + x + m - 1)} and the coefficients of
 * the 2F1-type series (built to convergence at the largest series argument among the customers with
 * that frequency). A customer then costs three logarithms, two exponentials and a series summed by
 * multiplications alone. Frequencies of {@link #MAX_TABLED_FREQUENCY} and more are evaluated
 * customer by customer with the same formulas.
 */
final class NbdBatch {
  /** Frequencies from this on are not tabled. */
  static final int MAX_TABLED_FREQUENCY = 1 << 14;

  /** Distinct (x, T) pairs per parallel task of {@link #discountedIfAlive}. */
  private static final int PAIRS_PER_TASK = 512;

  /** Rows per block of {@link #conditionalExpected}. */
  private static final int BLOCK = 256;

  private final double r;
  private final double alpha;
  private final double a;
  private final double b;
  private final int m;
  private final double t;

  /** Frequencies {@code 0 .. tabled - 1} have their constants in the tables below. */
  private final int tabled;

  private final double[] oddsConstant;
  private final double[] c;

  /** Per frequency, null where no customer has it or where only P(alive) is wanted. */
  private final NbdFamily.@Nullable Series[] series;

  /**
   * Prepares the per-frequency constants for the customers {@code x}, {@code age}.
   *
   * @param p the model's parameters
   * @param t the future period of the expectation, or NaN for P(alive) only
   * @param x frequencies, validated
   * @param age ages T, validated
   */
  NbdBatch(NbdParameters p, double t, int[] x, double[] age) {
    this.r = p.r();
    this.alpha = p.alpha();
    this.a = p.a();
    this.b = p.b();
    this.m = p.m();
    this.t = t;
    int maxX = 0;
    for (int xi : x) {
      maxX = Math.max(maxX, xi);
    }
    this.tabled = Math.min(maxX, MAX_TABLED_FREQUENCY - 1) + 1;
    this.oddsConstant = new double[tabled];
    this.c = new double[tabled];
    this.series = new NbdFamily.Series[tabled];
    for (int xi = 0; xi < tabled; xi++) {
      oddsConstant[xi] = NbdFamily.oddsConstant(a, b, m, xi);
      c[xi] = a + (b + xi + m) - 1.0;
    }
    if (t > 0) {
      // the largest series argument per frequency is that of the youngest customer
      double[] minAlphaT = new double[tabled];
      Arrays.fill(minAlphaT, Double.POSITIVE_INFINITY);
      for (int i = 0; i < x.length; i++) {
        int xi = x[i];
        if (xi < tabled) {
          minAlphaT[xi] = Math.min(minAlphaT[xi], alpha + age[i]);
        }
      }
      for (int xi = 0; xi < tabled; xi++) {
        if (minAlphaT[xi] < Double.POSITIVE_INFINITY) {
          series[xi] =
              NbdFamily.Series.of(r + xi, a, c[xi], NbdFamily.seriesArgument(minAlphaT[xi], t));
        }
      }
    }
  }

  /**
   * P(alive) for rows {@code from .. to - 1}.
   *
   * @param x frequencies
   * @param tx recencies
   * @param age ages
   * @param from first row
   * @param to end of the rows (exclusive)
   * @param out receives the probabilities at the rows' indices
   */
  void probabilityAlive(int[] x, double[] tx, double[] age, int from, int to, double[] out) {
    for (int i = from; i < to; i++) {
      out[i] = alive(x[i], age[i], tx[i]);
    }
  }

  /**
   * E[Y(t) | x, t_x, T] for rows {@code from .. to - 1}.
   *
   * @param x frequencies
   * @param tx recencies
   * @param age ages
   * @param from first row
   * @param to end of the rows (exclusive)
   * @param out receives the expectations at the rows' indices
   */
  void conditionalExpected(int[] x, double[] tx, double[] age, int from, int to, double[] out) {
    if (!(t > 0)) {
      Arrays.fill(out, from, to, 0.0);
      return;
    }
    // two passes over blocks of rows: first the straight-line part of each row (logarithms and
    // exponentials, which the processor overlaps across rows), then the series (loops)
    double am1 = a - 1.0;
    double[] alive = new double[BLOCK];
    double[] first = new double[BLOCK];
    double[] power = new double[BLOCK];
    double[] z = new double[BLOCK];
    for (int start = from; start < to; start += BLOCK) {
      int end = Math.min(to, start + BLOCK);
      for (int i = start; i < end; i++) {
        int j = i - start;
        double alphaT = alpha + age[i];
        alive[j] = alive(x[i], age[i], tx[i]);
        double logOneMinusZ = NbdFamily.logOneMinusZ(alphaT, t);
        power[j] = Math.exp(am1 * logOneMinusZ);
        first[j] = NbdFamily.firstTerm(am1, logOneMinusZ, power[j]);
        z[j] = NbdFamily.seriesArgument(alphaT, t);
      }
      for (int i = start; i < end; i++) {
        int j = i - start;
        int xi = x[i];
        NbdFamily.@Nullable Series s = xi < tabled ? series[xi] : null;
        out[i] =
            alive[j]
                * (s != null
                    ? NbdFamily.checkedAliveExpectation(
                        NbdFamily.combine(c[xi], first[j], power[j], s.sum(z[j])),
                        r + xi,
                        a,
                        b + xi + m,
                        alpha + age[i],
                        t)
                    : NbdFamily.aliveExpectation(r + xi, a, b + xi + m, alpha + age[i], t));
      }
    }
  }

  /**
   * The discounted expected purchases of each row if alive at T ({@link
   * NbdFamily#discountedIfAlive}), computed once per distinct (x, T): it does not depend on t_x, so
   * customers who share a frequency and an age share it (at day granularity a hundred thousand
   * customers have a few thousand such pairs). The batch must have been prepared with {@code t =
   * horizon}.
   *
   * @param x frequencies, as given to the constructor
   * @param age ages, as given to the constructor
   * @param horizon the horizon
   * @param period the period length
   * @param rate the discount rate per period
   * @return per row, the value for an alive customer (multiply by P(alive))
   */
  double[] discountedIfAlive(int[] x, double[] age, double horizon, double period, double rate) {
    int n = x.length;
    int periods = (int) Math.ceil(horizon / period - 1e-12);
    double[] perRow = new double[n];
    if (periods == 0) {
      return perRow;
    }
    int[] rowToPair = new int[n];
    int[] firstRow = new int[n];
    int pairs = Patterns.collapse(x, new double[n], age, rowToPair, firstRow);
    double[] values = new double[pairs];
    IntStream.range(0, (pairs + PAIRS_PER_TASK - 1) / PAIRS_PER_TASK)
        .parallel()
        .forEach(
            task -> {
              for (int q = task * PAIRS_PER_TASK, end = Math.min(pairs, q + PAIRS_PER_TASK);
                  q < end;
                  q++) {
                int row = firstRow[q];
                int xi = x[row];
                double alphaT = alpha + age[row];
                NbdFamily.@Nullable Series s = xi < tabled ? series[xi] : null;
                double cx = a + (b + xi + m) - 1.0;
                if (s == null) {
                  s = NbdFamily.Series.of(r + xi, a, cx, NbdFamily.seriesArgument(alphaT, horizon));
                }
                values[q] =
                    NbdFamily.discountedIfAlive(s, a, cx, alphaT, periods, horizon, period, rate);
              }
            });
    for (int i = 0; i < n; i++) {
      perRow[i] = values[rowToPair[i]];
    }
    return perRow;
  }

  /** {@link NbdFamily#probabilityAlive} of a validated summary, with the tabled constant. */
  private double alive(int xi, double agei, double txi) {
    if (m == 0 && xi == 0) {
      return 1.0;
    }
    double constant = xi < tabled ? oddsConstant[xi] : NbdFamily.oddsConstant(a, b, m, xi);
    return NbdFamily.aliveGivenLogOdds(constant + (r + xi) * NbdFamily.logSpan(alpha, txi, agei));
  }
}
