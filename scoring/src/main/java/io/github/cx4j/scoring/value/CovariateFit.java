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
 * A BG/NBD or Pareto/NBD fitted with static covariates ({@link CovariateModels}). Customer i has
 * its own scale parameters: {@code alpha_i = alpha exp(-sum_j gamma_purchase_j z_ij)} for both
 * models; Pareto/NBD {@code beta_i = beta exp(-sum_j gamma_dropout_j w_ij)}; BG/NBD {@code a_i = a
 * exp(sum_j gamma_a_j w_ij)}, {@code b_i = b exp(sum_j gamma_b_j w_ij)} (Fader and Hardie 2007,
 * "Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD models"). A positive
 * purchase effect raises the purchase rate; a positive Pareto/NBD dropout effect raises the dropout
 * rate. With standardised covariates, {@code z} is {@code (value - mean) / scale} and the base
 * parameters are those of a customer at the means.
 *
 * @param model {@link ValueModelKind#BGNBD} or {@link ValueModelKind#PARETONBD}
 * @param params the base parameters under the papers' names (r, alpha, a, b or r, alpha, s, beta)
 * @param effects the coefficients, named {@code purchase.<covariate>} and, for Pareto/NBD, {@code
 *     dropout.<covariate>}, for BG/NBD {@code a.<covariate>} and {@code b.<covariate>}
 * @param standardErrors asymptotic standard errors of the base parameters and the effects from the
 *     inverse Hessian of the penalised negative log-likelihood (empty if it is not positive
 *     definite)
 * @param purchaseCovariates the purchase covariates' names
 * @param dropoutCovariates the dropout covariates' names
 * @param centres per covariate (purchase then dropout), the mean subtracted (0 if not standardised)
 * @param scales per covariate (purchase then dropout), the divisor (1 if not standardised)
 * @param penalty the elastic-net penalty on the effects
 * @param logLikelihood the maximised log-likelihood (without the penalty)
 * @param converged whether the optimiser met its criterion
 * @param iterations BFGS iterations
 * @param customers the number of customers
 * @param message how the fit ended
 */
public record CovariateFit(
    ValueModelKind model,
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

  /** Copies the maps and lists. */
  public CovariateFit {
    // insertion-ordered and immutable
    params = ImmutableMap.copyOf(params);
    effects = ImmutableMap.copyOf(effects);
    standardErrors = ImmutableMap.copyOf(standardErrors);
    purchaseCovariates = List.copyOf(purchaseCovariates);
    dropoutCovariates = List.copyOf(dropoutCovariates);
    centres = centres.clone();
    scales = scales.clone();
  }

  /**
   * One base parameter.
   *
   * @param name for example {@code alpha}
   * @return its value
   */
  public double param(String name) {
    return CovariateParts.lookup(params, "CovariateFit.params", "parameter", name);
  }

  /**
   * One coefficient.
   *
   * @param name for example {@code purchase.age}
   * @return its value
   */
  public double effect(String name) {
    return CovariateParts.lookup(effects, "CovariateFit.effects", "effect", name);
  }

  /**
   * The model of one customer, from its covariate values (on their original scale).
   *
   * @param purchase the customer's purchase covariates, in the order of {@link
   *     #purchaseCovariates()}
   * @param dropout the customer's dropout covariates, in the order of {@link #dropoutCovariates()}
   * @return the customer's BG/NBD or Pareto/NBD model
   */
  public PurchaseModel modelFor(double[] purchase, double[] dropout) {
    int kp = purchaseCovariates.size();
    int kd = dropoutCovariates.size();
    if (purchase.length != kp) {
      throw CxValidationException.of(
          "CovariateFit.purchase", "have " + kp + " values", purchase.length);
    }
    if (dropout.length != kd) {
      throw CxValidationException.of(
          "CovariateFit.dropout", "have " + kd + " values", dropout.length);
    }
    double etaP = 0;
    for (int j = 0; j < kp; j++) {
      etaP += effect("purchase." + purchaseCovariates.get(j)) * z(j, purchase[j]);
    }
    double alpha = param("alpha") * Math.exp(-etaP);
    if (model == ValueModelKind.PARETONBD) {
      double etaD = 0;
      for (int j = 0; j < kd; j++) {
        etaD += effect("dropout." + dropoutCovariates.get(j)) * z(kp + j, dropout[j]);
      }
      return new ParetoNbdModel(param("r"), alpha, param("s"), param("beta") * Math.exp(-etaD));
    }
    double etaA = 0;
    double etaB = 0;
    for (int j = 0; j < kd; j++) {
      double w = z(kp + j, dropout[j]);
      etaA += effect("a." + dropoutCovariates.get(j)) * w;
      etaB += effect("b." + dropoutCovariates.get(j)) * w;
    }
    return new BgNbdModel(
        param("r"), alpha, param("a") * Math.exp(etaA), param("b") * Math.exp(etaB));
  }

  private double z(int column, double value) {
    if (!Double.isFinite(value)) {
      throw CxValidationException.of("CovariateFit.covariates", "be finite", value);
    }
    return (value - centres[column]) / scales[column];
  }

  /**
   * Each customer's model.
   *
   * @param purchase purchase covariates per customer
   * @param dropout dropout covariates per customer
   * @return one model per customer
   */
  public PurchaseModel[] models(Covariates purchase, Covariates dropout) {
    if (!purchase.names().equals(purchaseCovariates)) {
      throw CxValidationException.of(
          "CovariateFit.purchase", "name " + purchaseCovariates, purchase.names());
    }
    if (!dropout.names().equals(dropoutCovariates)) {
      throw CxValidationException.of(
          "CovariateFit.dropout", "name " + dropoutCovariates, dropout.names());
    }
    if (dropout.size() != purchase.size()) {
      throw CxValidationException.of(
          "CovariateFit.dropout",
          "have one row per customer (" + purchase.size() + ")",
          dropout.size());
    }
    PurchaseModel[] out = new PurchaseModel[purchase.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = modelFor(purchase.values()[i], dropout.values()[i]);
    }
    return out;
  }

  /**
   * E[Y(t) | x, t_x, T, covariates] per customer: each customer's expectation under its own model.
   *
   * @param t the future period
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param purchase purchase covariates per customer
   * @param dropout dropout covariates per customer
   * @return the expected purchases per customer
   */
  public double[] conditionalExpectedPurchases(
      double t,
      int[] frequency,
      double[] recency,
      double[] age,
      Covariates purchase,
      Covariates dropout) {
    PurchaseModel[] m = models(purchase, dropout);
    requireRows(m.length, frequency, recency, age);
    double[] out = new double[m.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = m[i].conditionalExpectedPurchases(t, frequency[i], recency[i], age[i]);
    }
    return out;
  }

  /**
   * P(alive at T | x, t_x, T, covariates) per customer.
   *
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param purchase purchase covariates per customer
   * @param dropout dropout covariates per customer
   * @return the probability per customer
   */
  public double[] probabilityAlive(
      int[] frequency, double[] recency, double[] age, Covariates purchase, Covariates dropout) {
    PurchaseModel[] m = models(purchase, dropout);
    requireRows(m.length, frequency, recency, age);
    double[] out = new double[m.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = m[i].probabilityAlive(frequency[i], recency[i], age[i]);
    }
    return out;
  }

  private static void requireRows(int n, int[] x, double[] tx, double[] age) {
    if (x.length != n || tx.length != n || age.length != n) {
      throw CxValidationException.of(
          "CovariateFit.frequency",
          "have one value per covariate row (" + n + ") in frequency, recency and age",
          x.length != n ? x.length : tx.length != n ? tx.length : age.length);
    }
  }

  /**
   * Central prediction intervals for each customer's purchases in {@code (T, T + t]}, exact, under
   * the customer's own model (its covariates; {@link PredictionIntervals} at the point estimate).
   *
   * @param t the future period
   * @param level the nominal coverage, in (0, 1)
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param purchase purchase covariates per customer
   * @param dropout dropout covariates per customer
   * @return whole-number ends per customer; {@code P(low <= Y <= high) >= level}
   */
  public Intervals purchaseIntervals(
      double t,
      double level,
      int[] frequency,
      double[] recency,
      double[] age,
      Covariates purchase,
      Covariates dropout) {
    return PredictionIntervals.perCustomer(
        models(purchase, dropout), t, level, frequency, recency, age);
  }
}
