/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import com.google.common.collect.ImmutableMap;
import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Map;

/**
 * A Pareto/NBD fitted with time-varying covariates ({@link TimeVaryingParetoNbd}). While alive, a
 * customer purchases at rate {@code lambda exp(sum_j gamma_purchase_j z_j(t))} and drops out at
 * rate {@code mu exp(sum_j gamma_dropout_j w_j(t))}; a positive effect raises the rate. With
 * standardised covariates, {@code z} is {@code (value - mean) / scale}.
 *
 * <p>The predictions condition on each customer's history and covariate path through T and take the
 * covariates' path after T, which the {@link TimeVaryingCovariates} must supply up to T + t: given
 * alive at T, {@code lambda ~ Gamma(r + x, alpha + A(T))} and {@code mu ~ Gamma(s, beta + C(T))},
 * so
 *
 * <pre>
 * E[Y(T, T + t)] = P(alive) (r + x) / (alpha + A(T)) int_T^{T+t} a(u) ((beta + C(T)) / (beta + C(u)))^s du
 * P(alive at T + t) = P(alive) ((beta + C(T)) / (beta + C(T + t)))^s
 * </pre>
 *
 * in closed form on each piece (Bachmann, Meierer and Näf 2021, the expressions for the conditional
 * expected transactions and P(alive) of the dynamic covariate model).
 *
 * @param params the base parameters r, alpha, s, beta
 * @param effects the coefficients, {@code purchase.<covariate>} and {@code dropout.<covariate>}
 * @param standardErrors asymptotic standard errors of the base parameters and the effects (empty if
 *     the Hessian is not positive definite)
 * @param purchaseCovariates the purchase covariates' names
 * @param dropoutCovariates the dropout covariates' names
 * @param centres per covariate (purchase then dropout), the mean subtracted (0 if not standardised)
 * @param scales per covariate (purchase then dropout), the divisor (1 if not standardised)
 * @param penalty the penalty on the effects
 * @param logLikelihood the maximised log-likelihood (without the penalty)
 * @param converged whether the optimiser met its criterion
 * @param iterations optimiser iterations
 * @param customers the number of customers
 * @param message how the fit ended
 */
public record TimeVaryingFit(
    Map<String, Double> params,
    Map<String, Double> effects,
    Map<String, Double> standardErrors,
    List<String> purchaseCovariates,
    List<String> dropoutCovariates,
    double[] centres,
    double[] scales,
    CovariatePenalty penalty,
    double logLikelihood,
    boolean converged,
    int iterations,
    int customers,
    String message) {

  /** Copies the maps, lists and arrays. */
  public TimeVaryingFit {
    params = ImmutableMap.copyOf(params);
    effects = ImmutableMap.copyOf(effects);
    standardErrors = ImmutableMap.copyOf(standardErrors);
    purchaseCovariates = List.copyOf(purchaseCovariates);
    dropoutCovariates = List.copyOf(dropoutCovariates);
    centres = centres.clone();
    scales = scales.clone();
  }

  /**
   * A copy of the centres.
   *
   * @return per covariate, the mean subtracted
   */
  @Override
  public double[] centres() {
    return centres.clone();
  }

  /**
   * A copy of the scales.
   *
   * @return per covariate, the divisor
   */
  @Override
  public double[] scales() {
    return scales.clone();
  }

  /**
   * One base parameter.
   *
   * @param name r, alpha, s or beta
   * @return its value
   */
  public double param(String name) {
    return CovariateParts.lookup(params, "TimeVaryingFit.params", "parameter", name);
  }

  /**
   * One coefficient.
   *
   * @param name for example {@code purchase.campaign}
   * @return its value
   */
  public double effect(String name) {
    return CovariateParts.lookup(effects, "TimeVaryingFit.effects", "effect", name);
  }

  /**
   * The log-likelihood of customers under this fit (without the penalty).
   *
   * @param customers the purchase histories
   * @param purchase the purchase covariates, named as fitted
   * @param dropout the dropout covariates, named as fitted
   * @return the summed log-likelihood
   */
  public double logLikelihood(
      PurchaseHistories customers, TimeVaryingCovariates purchase, TimeVaryingCovariates dropout) {
    TimeVaryingLikelihood f = likelihood(customers, purchase, dropout, 0.0);
    return -f.value(theta(), new double[f.size()]);
  }

  /**
   * P(alive at T | history, covariates through T) per customer.
   *
   * @param customers the purchase histories
   * @param purchase the purchase covariates, named as fitted
   * @param dropout the dropout covariates, named as fitted
   * @return the probability per customer
   */
  public double[] probabilityAlive(
      PurchaseHistories customers, TimeVaryingCovariates purchase, TimeVaryingCovariates dropout) {
    return likelihood(customers, purchase, dropout, 0.0).predict(theta(), 0.0)[0];
  }

  /**
   * P(alive at T + t | history, covariate path through T + t) per customer.
   *
   * @param t the future period, non-negative
   * @param customers the purchase histories
   * @param purchase the purchase covariates through T + t, named as fitted
   * @param dropout the dropout covariates through T + t, named as fitted
   * @return the probability per customer
   */
  public double[] probabilityAliveAt(
      double t,
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {
    PurchaseModel.requireTime("TimeVaryingFit.t", t);
    return likelihood(customers, purchase, dropout, t).predict(theta(), t)[1];
  }

  /**
   * E[purchases in (T, T + t] | history, covariate path through T + t] per customer.
   *
   * @param t the future period, non-negative
   * @param customers the purchase histories
   * @param purchase the purchase covariates through T + t, named as fitted
   * @param dropout the dropout covariates through T + t, named as fitted
   * @return the expected purchases per customer
   */
  public double[] conditionalExpectedPurchases(
      double t,
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {
    PurchaseModel.requireTime("TimeVaryingFit.t", t);
    return likelihood(customers, purchase, dropout, t).predict(theta(), t)[2];
  }

  private TimeVaryingLikelihood likelihood(
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout,
      double horizon) {
    if (!purchase.names().equals(purchaseCovariates)) {
      throw CxValidationException.of(
          "TimeVaryingFit.purchase", "name " + purchaseCovariates, purchase.names());
    }
    if (!dropout.names().equals(dropoutCovariates)) {
      throw CxValidationException.of(
          "TimeVaryingFit.dropout", "name " + dropoutCovariates, dropout.names());
    }
    TimeVaryingParetoNbd.requireRows(customers.size(), purchase, dropout);
    return TimeVaryingParetoNbd.likelihood(customers, purchase, dropout, centres, scales, horizon);
  }

  private double[] theta() {
    int kp = purchaseCovariates.size();
    int kd = dropoutCovariates.size();
    double[] theta = new double[4 + kp + kd];
    theta[0] = Math.log(param("r"));
    theta[1] = Math.log(param("alpha"));
    theta[2] = Math.log(param("s"));
    theta[3] = Math.log(param("beta"));
    for (int j = 0; j < kp; j++) {
      theta[4 + j] = effect("purchase." + purchaseCovariates.get(j));
    }
    for (int j = 0; j < kd; j++) {
      theta[4 + kp + j] = effect("dropout." + dropoutCovariates.get(j));
    }
    return theta;
  }
}
