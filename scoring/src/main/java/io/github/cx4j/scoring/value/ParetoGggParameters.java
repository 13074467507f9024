/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.List;

/**
 * The cohort-level (heterogeneity) parameters of the Pareto/GGG (Platzer and Reutterer 2016,
 * "Ticking away the moments: Timing regularity helps to better predict customer activity",
 * Marketing Science 35(5)): each customer's regularity {@code k ~ Gamma(t, gamma)}, purchase rate
 * {@code lambda ~ Gamma(r, alpha)} and dropout rate {@code mu ~ Gamma(s, beta)} (shape, rate); the
 * inter-purchase times are {@code Gamma(k, k lambda)} (mean {@code 1 / lambda}, coefficient of
 * variation {@code 1 / sqrt(k)}) and the lifetime is exponential with rate {@code mu}. With {@code
 * k = 1} for everyone it is the Pareto/NBD.
 *
 * @param t shape of the regularity distribution
 * @param gamma rate of the regularity distribution
 * @param r shape of the purchase-rate distribution
 * @param alpha rate of the purchase-rate distribution
 * @param s shape of the dropout-rate distribution
 * @param beta rate of the dropout-rate distribution
 */
public record ParetoGggParameters(
    double t, double gamma, double r, double alpha, double s, double beta) {
  /** The parameter names in the paper's order. */
  public static final List<String> NAMES = List.of("t", "gamma", "r", "alpha", "s", "beta");

  /** Checks that every parameter is positive and finite. */
  public ParetoGggParameters {
    ValueModel.requirePositive("ParetoGggParameters.t", t);
    ValueModel.requirePositive("ParetoGggParameters.gamma", gamma);
    ValueModel.requirePositive("ParetoGggParameters.r", r);
    ValueModel.requirePositive("ParetoGggParameters.alpha", alpha);
    ValueModel.requirePositive("ParetoGggParameters.s", s);
    ValueModel.requirePositive("ParetoGggParameters.beta", beta);
  }

  /**
   * The values in the order of {@link #NAMES}.
   *
   * @return a new array
   */
  public double[] values() {
    return new double[] {t, gamma, r, alpha, s, beta};
  }

  /**
   * Parameters from values in the order of {@link #NAMES}.
   *
   * @param v six values
   * @return the parameters
   */
  static ParetoGggParameters of(double[] v) {
    return new ParetoGggParameters(v[0], v[1], v[2], v[3], v[4], v[5]);
  }
}
