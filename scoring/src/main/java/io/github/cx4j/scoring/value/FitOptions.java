/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * How a maximum-likelihood fit runs.
 *
 * @param starts the number of starting points tried (the best converged one wins), at least 1
 * @param maxIterations the BFGS iteration limit per start, at least 1
 * @param tolerance convergence tolerance on the largest gradient component of the mean negative
 *     log-likelihood per customer on the log-parameter scale, positive
 * @param penalty the L2 penalty {@code lambda}: the fit minimises {@code -LL / n + lambda *
 *     sum(log(theta)^2)}, shrinking every parameter towards 1; 0 (the default) is plain maximum
 *     likelihood. A small penalty (0.001 to 0.1) stabilises fits on small or degenerate data at the
 *     price of bias; the reported log-likelihood is always the unpenalised one.
 * @param constrainQ Gamma-Gamma only: fit {@code q = 1 + exp(theta)} so that {@code q > 1} and the
 *     expected spend {@code p gamma / (q - 1)} stays finite
 */
public record FitOptions(
    int starts, int maxIterations, double tolerance, double penalty, boolean constrainQ) {

  /** Validates the options. */
  public FitOptions {
    if (starts < 1) {
      throw CxValidationException.of("FitOptions.starts", "be at least 1", starts);
    }
    if (maxIterations < 1) {
      throw CxValidationException.of("FitOptions.maxIterations", "be at least 1", maxIterations);
    }
    if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
      throw CxValidationException.of("FitOptions.tolerance", "be positive and finite", tolerance);
    }
    if (!(penalty >= 0) || !Double.isFinite(penalty)) {
      throw CxValidationException.of("FitOptions.penalty", "be non-negative and finite", penalty);
    }
  }

  /**
   * The defaults: 4 starts, 1000 iterations, tolerance 1e-9, no penalty, q unconstrained.
   *
   * @return the default options
   */
  public static FitOptions defaults() {
    return new FitOptions(4, 1000, 1e-9, 0.0, false);
  }

  /**
   * A copy with another penalty.
   *
   * @param lambda the L2 penalty, non-negative
   * @return the new options
   */
  public FitOptions withPenalty(double lambda) {
    return new FitOptions(starts, maxIterations, tolerance, lambda, constrainQ);
  }

  /**
   * A copy with another number of starts.
   *
   * @param count at least 1
   * @return the new options
   */
  public FitOptions withStarts(int count) {
    return new FitOptions(count, maxIterations, tolerance, penalty, constrainQ);
  }

  /**
   * A copy with another iteration limit.
   *
   * @param limit at least 1
   * @return the new options
   */
  public FitOptions withMaxIterations(int limit) {
    return new FitOptions(starts, limit, tolerance, penalty, constrainQ);
  }

  /**
   * A copy that keeps Gamma-Gamma's {@code q} above 1 (or not).
   *
   * @param constrain whether to constrain q
   * @return the new options
   */
  public FitOptions withConstrainQ(boolean constrain) {
    return new FitOptions(starts, maxIterations, tolerance, penalty, constrain);
  }
}
