/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * The elastic-net penalty on the covariate effects of {@link CovariateModels} and {@link
 * TimeVaryingParetoNbd} (Zou and Hastie 2005, "Regularization and variable selection via the
 * elastic net", Journal of the Royal Statistical Society B 67(2)): the fit minimises
 *
 * <pre>
 * -LL / n + lambda * (mixing * sum_j |gamma_j| + (1 - mixing) * sum_j gamma_j^2)
 * </pre>
 *
 * over the base log-parameters and the effects {@code gamma} (the base parameters are not
 * penalised). {@code mixing = 0} is the L2 (ridge) penalty {@code lambda |gamma|^2} of the static
 * covariate fits; {@code mixing = 1} is the lasso, which sets effects exactly to 0 once lambda
 * exceeds the slope of the mean log-likelihood in them. The mixing parameter plays the role of
 * glmnet's {@code alpha} (its L2 part is {@code (1 - alpha) / 2}; here it is {@code 1 - mixing}, so
 * that {@code mixing = 0} is the existing L2 penalty exactly). Use it on standardised covariates,
 * where one lambda treats every covariate alike.
 *
 * @param lambda the strength, non-negative and finite (0: maximum likelihood)
 * @param mixing the share of the L1 part, in [0, 1]
 */
public record CovariatePenalty(double lambda, double mixing) {

  /** Validates lambda and the mixing parameter. */
  public CovariatePenalty {
    if (!(lambda >= 0) || !Double.isFinite(lambda)) {
      throw CxValidationException.of(
          "CovariatePenalty.lambda", "be non-negative and finite", lambda);
    }
    if (!(mixing >= 0 && mixing <= 1)) {
      throw CxValidationException.of(
          "CovariatePenalty.mixing", "be in [0, 1] (0: L2, 1: L1)", mixing);
    }
  }

  /**
   * No penalty: maximum likelihood.
   *
   * @return lambda 0
   */
  public static CovariatePenalty none() {
    return new CovariatePenalty(0, 0);
  }

  /**
   * The L2 penalty {@code lambda |gamma|^2}.
   *
   * @param lambda the strength
   * @return mixing 0
   */
  public static CovariatePenalty ridge(double lambda) {
    return new CovariatePenalty(lambda, 0);
  }

  /**
   * The elastic net.
   *
   * @param lambda the strength
   * @param mixing the share of the L1 part (1: lasso)
   * @return the penalty
   */
  public static CovariatePenalty elasticNet(double lambda, double mixing) {
    return new CovariatePenalty(lambda, mixing);
  }

  /** The weight of {@code sum |gamma_j|}. */
  double l1() {
    return lambda * mixing;
  }

  /** The weight of {@code sum gamma_j^2}. */
  double l2() {
    return lambda * (1 - mixing);
  }

  /** The penalty at theta, whose components from {@code first} on are effects. */
  double value(double[] theta, int first) {
    double v = 0;
    for (int j = first; j < theta.length; j++) {
      v += l1() * Math.abs(theta[j]) + l2() * theta[j] * theta[j];
    }
    return v;
  }
}
