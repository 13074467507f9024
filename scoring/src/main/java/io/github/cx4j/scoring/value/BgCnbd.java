/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import org.jspecify.annotations.Nullable;

/**
 * Fits and simulates the BG/CNBD-k model ({@link BgCnbdModel}; Platzer and Reutterer 2016, "Ticking
 * away the moments", Marketing Science 35(5)) by maximum likelihood. For a fixed regularity k the
 * parameters r, alpha, a and b are fitted by the package's BFGS fitter on (x, t_x, T); to choose k,
 * the fit is repeated for k = 1..maxK and the k of the largest log-likelihood kept, which needs,
 * per customer, the sum of the logarithms of the inter-purchase times ({@code litt}), because the
 * likelihood of the timings includes {@code (k-1) litt - x ln (k-1)!}.
 */
public final class BgCnbd {
  /** The regularities tried by {@link #fit(int[], double[], double[], double[])}. */
  public static final int DEFAULT_MAX_K = 5;

  private BgCnbd() {}

  /**
   * Fits k = 1..{@value #DEFAULT_MAX_K} and keeps the best, with the default {@link FitOptions}.
   *
   * @param frequency repeat purchases x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param litt the sum of the logarithms of each customer's x inter-purchase times (0 if x is 0)
   * @return the fit, its parameters {@code k, r, alpha, a, b}
   */
  public static ValueFit fit(int[] frequency, double[] recency, double[] age, double[] litt) {
    return fit(frequency, recency, age, litt, null, FitOptions.defaults(), DEFAULT_MAX_K);
  }

  /**
   * Fits k = 1..maxK and keeps the k of the largest log-likelihood.
   *
   * @param frequency repeat purchases x per customer (or per row)
   * @param recency t_x per row
   * @param age T per row
   * @param litt the sum of the logarithms of the inter-purchase times per row
   * @param weights customers per row, or null for one each
   * @param options fit options
   * @param maxK the largest regularity tried, 1..1000
   * @return the fit; its log-likelihood includes the inter-purchase-time term
   * @throws CxValidationException for invalid summaries, litt or maxK
   */
  public static ValueFit fit(
      int[] frequency,
      double[] recency,
      double[] age,
      double[] litt,
      double @Nullable [] weights,
      FitOptions options,
      int maxK) {
    return CnbdFamily.fitChoosingK(0, maxK, frequency, recency, age, litt, weights, options);
  }

  /**
   * Fits for a given regularity k.
   *
   * @param k the regularity, 1..1000
   * @param frequency repeat purchases x per row
   * @param recency t_x per row
   * @param age T per row
   * @param litt the sum of the logarithms of the inter-purchase times per row, or null: the
   *     log-likelihood then leaves out the term {@code (k-1) litt - x ln (k-1)!} (the estimates are
   *     the same), and the message says so
   * @param weights customers per row, or null for one each
   * @param options fit options
   * @return the fit, parameter k as given
   * @throws CxValidationException for invalid summaries, litt or k
   */
  public static ValueFit fitWithK(
      int k,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] litt,
      double @Nullable [] weights,
      FitOptions options) {
    return CnbdFamily.fit(0, k, frequency, recency, age, litt, weights, options);
  }

  /**
   * Fits k = 1..maxK on the rows the model applies to and reports the others: a row whose
   * frequency, recency, T, weight or litt is impossible is left out with its reason ({@link
   * ScreenedFit#leftOut()}), never fatal for the other rows ({@link
   * ValueModelKind#fitApplicable(int[], double[], double[], double[], double[], double[],
   * FitOptions)}'s rule).
   *
   * @param frequency repeat purchases x per row
   * @param recency t_x per row
   * @param age T per row
   * @param litt the sum of the logarithms of the inter-purchase times per row
   * @param weights customers per row, or null for one each
   * @param options fit options
   * @param maxK the largest regularity tried, 1..1000
   * @return the fit on the rows used, with the rows left out and why
   * @throws CxValidationException if no row is left, the columns differ in length, or maxK is
   *     outside 1..1000
   */
  public static ScreenedFit fitApplicable(
      int[] frequency,
      double[] recency,
      double[] age,
      double[] litt,
      double @Nullable [] weights,
      FitOptions options,
      int maxK) {
    return CnbdFamily.fitApplicable(
        0, true, 0, maxK, frequency, recency, age, litt, weights, options);
  }

  /**
   * Fits for a given regularity k on the rows the model applies to, as {@link #fitApplicable}.
   *
   * @param k the regularity, 1..1000
   * @param frequency repeat purchases x per row
   * @param recency t_x per row
   * @param age T per row
   * @param litt the sum of the logarithms of the inter-purchase times per row, or null (then the
   *     log-likelihood leaves out the timing term, as {@link #fitWithK})
   * @param weights customers per row, or null for one each
   * @param options fit options
   * @return the fit on the rows used, with the rows left out and why
   * @throws CxValidationException if no row is left, the columns differ in length, or k is outside
   *     1..1000
   */
  public static ScreenedFit fitApplicableWithK(
      int k,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] litt,
      double @Nullable [] weights,
      FitOptions options) {
    return CnbdFamily.fitApplicable(
        0, false, k, 0, frequency, recency, age, litt, weights, options);
  }

  /**
   * Simulates customers from the model (seeded: the same seed gives the same customers).
   *
   * @param model the model
   * @param age T of each customer to simulate
   * @param seed the random seed
   * @return the summaries with each customer's litt
   */
  public static CnbdSimulation simulate(BgCnbdModel model, double[] age, long seed) {
    return CnbdFamily.simulate(model.cnbd(), age, seed);
  }
}
