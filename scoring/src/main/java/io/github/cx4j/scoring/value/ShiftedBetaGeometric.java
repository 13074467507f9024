/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Gamma;

/**
 * Fits and simulates the shifted-beta-geometric retention model (Fader and Hardie 2007) from the
 * survival counts of a cohort: {@code survivors[0]} customers at the start, {@code survivors[t]}
 * still active after t periods. The likelihood is {@code sum_t (S_{t-1} - S_t) ln P(T = t) + S_n ln
 * S(n)} (FH 2007, eq. 6).
 */
public final class ShiftedBetaGeometric {
  private ShiftedBetaGeometric() {}

  /**
   * Fits with the default options.
   *
   * @param survivors active customers at the start of the cohort and after each period,
   *     non-increasing, at least two values
   * @return the fit ({@code customers} is the cohort size)
   */
  public static ValueFit fit(double[] survivors) {
    return fit(survivors, FitOptions.defaults());
  }

  /**
   * Fits by maximum likelihood.
   *
   * @param survivors active customers after 0, 1, ..., n periods, non-increasing
   * @param options fit options
   * @return the fit
   */
  public static ValueFit fit(double[] survivors, FitOptions options) {
    if (survivors.length < 2) {
      throw CxValidationException.of(
          "ShiftedBetaGeometric.survivors",
          "hold at least two counts (periods 0 and 1)",
          survivors.length);
    }
    for (int t = 0; t < survivors.length; t++) {
      double s = survivors[t];
      if (!(s >= 0) || !Double.isFinite(s)) {
        throw CxValidationException.of(
            "ShiftedBetaGeometric.survivors", "be finite and non-negative (period " + t + ")", s);
      }
      if (t > 0 && s > survivors[t - 1]) {
        throw CxValidationException.of(
            "ShiftedBetaGeometric.survivors",
            "not increase (period " + t + " after " + survivors[t - 1] + ")",
            s);
      }
    }
    if (survivors[0] == 0) {
      throw CxValidationException.of(
          "ShiftedBetaGeometric.survivors", "start with a positive count", 0.0);
    }
    double[] counts = survivors.clone();
    Bfgs.Objective f =
        (theta, grad) -> {
          double a = Math.exp(theta[0]);
          double b = Math.exp(theta[1]);
          if (!Double.isFinite(a + b) || !(a > 0 && b > 0)) {
            return Double.NaN;
          }
          double lbAB = Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b);
          double psiA = SpecialFunctions.digamma(a);
          double psiB = SpecialFunctions.digamma(b);
          double psiAB = SpecialFunctions.digamma(a + b);
          double psiA1 = SpecialFunctions.digamma(a + 1);
          double lgA1 = Gamma.logGamma(a + 1);
          double ll = 0;
          double ga = 0;
          double gb = 0;
          int n = counts.length - 1;
          for (int t = 1; t <= n; t++) {
            double died = counts[t - 1] - counts[t];
            if (died > 0) {
              double lp = lgA1 + Gamma.logGamma(b + t - 1) - Gamma.logGamma(a + b + t) - lbAB;
              double psiABt = SpecialFunctions.digamma(a + b + t);
              ll += died * lp;
              ga += died * (psiA1 - psiABt - psiA + psiAB);
              gb += died * (SpecialFunctions.digamma(b + t - 1) - psiABt - psiB + psiAB);
            }
          }
          double alive = counts[n];
          if (alive > 0) {
            double psiABn = SpecialFunctions.digamma(a + b + n);
            ll +=
                alive
                    * (Gamma.logGamma(b + n)
                        - Gamma.logGamma(a + b + n)
                        + Gamma.logGamma(a + b)
                        - Gamma.logGamma(b));
            ga += alive * (psiAB - psiABn);
            gb += alive * (SpecialFunctions.digamma(b + n) - psiABn - psiB + psiAB);
          }
          grad[0] = -ga * a;
          grad[1] = -gb * b;
          return -ll;
        };
    return MleFitter.fit(
        new MleFitter.Problem(
            ValueModelKind.SBG,
            f,
            counts[0],
            counts.length - 1,
            new double[2],
            Fits.starts(1.0, 1.0),
            null,
            0),
        options);
  }

  /**
   * Simulates a cohort: theta ~ Beta(alpha, beta) per customer, then a geometric lifetime.
   *
   * @param model the model
   * @param cohort the number of customers at the start, positive
   * @param periods the number of periods to follow, non-negative
   * @param seed the random seed
   * @return survivors after 0, 1, ..., periods periods
   */
  public static double[] simulate(SbgModel model, int cohort, int periods, long seed) {
    if (cohort < 1) {
      throw CxValidationException.of("ShiftedBetaGeometric.cohort", "be at least 1", cohort);
    }
    if (periods < 0) {
      throw CxValidationException.of("ShiftedBetaGeometric.periods", "be non-negative", periods);
    }
    RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
    double[] survivors = new double[periods + 1];
    for (int i = 0; i < cohort; i++) {
      double theta = rng.nextBeta(model.alpha(), model.beta());
      survivors[0]++;
      for (int t = 1; t <= periods; t++) {
        if (rng.nextDouble() < theta) {
          break;
        }
        survivors[t]++;
      }
    }
    return survivors;
  }
}
