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

  /**
   * Central prediction intervals for each customer's purchases in {@code (T, T + t]} under
   * parameter uncertainty: the quantiles of the customer's exact predictive distribution (under its
   * own covariates) averaged over the fits of a {@link #parameterDraws} sample.
   *
   * @param draws the sample of fits (one for no parameter uncertainty), all with this fit's model
   *     and covariates
   * @param t the future period
   * @param level the nominal coverage, in (0, 1)
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param purchase purchase covariates per customer
   * @param dropout dropout covariates per customer
   * @return whole-number ends per customer
   */
  public static Intervals purchaseIntervals(
      List<CovariateFit> draws,
      double t,
      double level,
      int[] frequency,
      double[] recency,
      double[] age,
      Covariates purchase,
      Covariates dropout) {
    return PredictionIntervals.perCustomer(
        modelsOf(draws, purchase, dropout), t, level, frequency, recency, age);
  }

  /** Per draw, each customer's model; the draws checked against the first. */
  private static PurchaseModel[][] modelsOf(
      List<CovariateFit> draws, Covariates purchase, Covariates dropout) {
    if (draws.isEmpty()) {
      throw CxValidationException.of("CovariateFit.draws", "not be empty", draws);
    }
    CovariateFit first = draws.get(0);
    PurchaseModel[][] out = new PurchaseModel[draws.size()][];
    for (int k = 0; k < out.length; k++) {
      CovariateFit f = draws.get(k);
      if (f.model != first.model
          || !f.purchaseCovariates.equals(first.purchaseCovariates)
          || !f.dropoutCovariates.equals(first.dropoutCovariates)) {
        throw CxValidationException.of(
            "CovariateFit.draws",
            "be fits of one model with the same covariates (draw 0: "
                + first.model.id()
                + " "
                + first.purchaseCovariates
                + " "
                + first.dropoutCovariates
                + ")",
            "draw "
                + k
                + ": "
                + f.model.id()
                + " "
                + f.purchaseCovariates
                + " "
                + f.dropoutCovariates);
      }
      out[k] = f.models(purchase, dropout);
    }
    return out;
  }

  /**
   * Parameter uncertainty of this fit: a parametric bootstrap, {@code count} fits whose log base
   * parameters and effects are drawn from {@code N(theta_hat, H^-1)}, H the Hessian of the
   * penalised negative log-likelihood (the L2 part; the L1 part has no curvature) at the fit on the
   * data it was fitted on, the covariance behind its standard errors. The draws keep this fit's
   * covariates, standardisation and penalty; they feed {@link #purchaseIntervals(List, double,
   * double, int[], double[], double[], Covariates, Covariates)} and {@link #clvIntervals}.
   *
   * @param frequency x per customer of the calibration data
   * @param recency t_x per customer
   * @param age T per customer
   * @param purchase purchase covariates per customer
   * @param dropout dropout covariates per customer
   * @param count the number of draws, 1..100,000
   * @param seed the random seed
   * @return the draws
   * @throws CxValidationException if the Hessian is not positive definite, or for invalid input
   */
  public List<CovariateFit> parameterDraws(
      int[] frequency,
      double[] recency,
      double[] age,
      Covariates purchase,
      Covariates dropout,
      int count,
      long seed) {
    int n = models(purchase, dropout).length;
    requireRows(n, frequency, recency, age);
    for (int i = 0; i < n; i++) {
      Patterns.validate(model.id(), i, frequency[i], recency[i], age[i], 1.0, false);
    }
    int kp = purchaseCovariates.size();
    int kd = dropoutCovariates.size();
    double[] zp = new double[n * kp];
    double[] zd = new double[n * kd];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < kp; j++) {
        zp[i * kp + j] = z(j, purchase.values()[i][j]);
      }
      for (int j = 0; j < kd; j++) {
        zd[i * kd + j] = z(kp + j, dropout.values()[i][j]);
      }
    }
    CovariateLikelihood likelihood =
        new CovariateLikelihood(
            model == ValueModelKind.PARETONBD, frequency, recency, age, zp, kp, zd, kd);
    List<String> names = new java.util.ArrayList<>(effects.keySet());
    double[] theta = new double[4 + names.size()];
    List<String> base = model.parameterNames();
    for (int j = 0; j < 4; j++) {
      theta[j] = Math.log(param(base.get(j)));
    }
    for (int j = 0; j < names.size(); j++) {
      theta[4 + j] = effect(names.get(j));
    }
    if (theta.length != likelihood.size()) {
      throw CxValidationException.of(
          "CovariateFit.effects", "have " + (likelihood.size() - 4) + " effects", names.size());
    }
    double[][] draws =
        PenalisedFit.draws(
            likelihood, theta, penalty.l2() * n, count, seed, "CovariateFit.parameterDraws");
    List<CovariateFit> out = new java.util.ArrayList<>(count);
    for (double[] d : draws) {
      Map<String, Double> p = new java.util.LinkedHashMap<>();
      for (int j = 0; j < 4; j++) {
        p.put(base.get(j), Math.exp(d[j]));
      }
      Map<String, Double> e = new java.util.LinkedHashMap<>();
      for (int j = 0; j < names.size(); j++) {
        e.put(names.get(j), d[4 + j]);
      }
      out.add(
          new CovariateFit(
              model,
              p,
              e,
              standardErrors,
              purchaseCovariates,
              dropoutCovariates,
              centres,
              scales,
              penalty,
              logLikelihood,
              converged,
              iterations,
              customers,
              "a parametric bootstrap draw of: " + message));
    }
    return out;
  }

  /**
   * Lifetime value per customer over a horizon under the customer's own model: {@code margin *
   * E[spend | x, mbar] *} the discounted expected purchases of each period (as {@link Clv#of},
   * whose numbers it gives when every effect is 0).
   *
   * @param spend the Gamma-Gamma spend model
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param monetary mean repeat-transaction value per customer (ignored where x is 0)
   * @param horizon the horizon, period and discount rate
   * @param margin the share of spend that is margin
   * @param purchase purchase covariates per customer
   * @param dropout dropout covariates per customer
   * @return the CLV per customer, in the unit of {@code monetary}
   */
  public double[] clv(
      GammaGammaModel spend,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary,
      ClvHorizon horizon,
      double margin,
      Covariates purchase,
      Covariates dropout) {
    if (!Double.isFinite(margin)) {
      throw CxValidationException.of("Clv.margin", "be finite", margin);
    }
    PurchaseModel[] m = validModels(frequency, recency, age, purchase, dropout);
    double[] spends = spend.conditionalExpectedSpend(frequency, monetary);
    double[] out = new double[m.length];
    java.util.stream.IntStream.range(0, m.length)
        .parallel()
        .forEach(
            i ->
                out[i] =
                    margin
                        * spends[i]
                        * m[i].discountedExpectedPurchases(
                            frequency[i],
                            recency[i],
                            age[i],
                            horizon.horizon(),
                            horizon.period(),
                            horizon.discountRate()));
    return out;
  }

  /**
   * Discounted expected residual transactions per customer of a Pareto/NBD fit, under the
   * customer's own model ({@link ParetoNbdModel#discountedExpectedResidualTransactions}, Fader,
   * Hardie and Lee 2005; the numbers of {@link Clv#discountedExpectedResidualTransactions} when
   * every effect is 0).
   *
   * @param discount the discount rate per period, positive and finite
   * @param period the discounting period in the model's time unit, positive and finite
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param purchase purchase covariates per customer
   * @param dropout dropout covariates per customer
   * @return DERT per customer, a number of transactions
   * @throws CxValidationException for a BG/NBD fit (no closed-form DERT), or invalid input
   */
  public double[] discountedExpectedResidualTransactions(
      double discount,
      double period,
      int[] frequency,
      double[] recency,
      double[] age,
      Covariates purchase,
      Covariates dropout) {
    if (model != ValueModelKind.PARETONBD) {
      throw CxValidationException.of(
          "Clv.model", "be a paretonbd or bgbb model (closed-form DERT)", model.id());
    }
    double delta = Clv.continuousRate(discount, period);
    PurchaseModel[] m = validModels(frequency, recency, age, purchase, dropout);
    double[] out = new double[m.length];
    java.util.stream.IntStream.range(0, m.length)
        .parallel()
        .forEach(
            i ->
                out[i] =
                    ((ParetoNbdModel) m[i])
                        .discountedExpectedResidualTransactions(
                            delta, frequency[i], recency[i], age[i]));
    return out;
  }

  private PurchaseModel[] validModels(
      int[] frequency, double[] recency, double[] age, Covariates purchase, Covariates dropout) {
    PurchaseModel[] m = models(purchase, dropout);
    requireRows(m.length, frequency, recency, age);
    for (int i = 0; i < m.length; i++) {
      Patterns.validate(model.id(), i, frequency[i], recency[i], age[i], 1.0, false);
    }
    return m;
  }

  /**
   * Central prediction intervals for each customer's lifetime value over a horizon, by seeded
   * simulation under the customer's own model, over a {@link #parameterDraws} sample of fits and a
   * {@link SpendDraws} sample of spend models (draw j of a customer uses fit {@code j mod
   * draws.size()} and spend model {@code j mod spend.size()}), as {@link
   * PredictionIntervals#clv(ParameterDraws, SpendDraws, int[], double[], double[], double[],
   * ClvHorizon, double, IntervalOptions)}, whose numbers it gives when every effect is 0.
   *
   * @param draws the sample of fits (one for the point estimate)
   * @param spend the sample of Gamma-Gamma spend models
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param monetary mean repeat-transaction value per customer (ignored where x is 0)
   * @param horizon the horizon, period and discount rate
   * @param margin the share of spend that is margin
   * @param options level, draws per customer and seed
   * @param purchase purchase covariates per customer
   * @param dropout dropout covariates per customer
   * @return the ends per customer, in the unit of {@code monetary}
   */
  public static Intervals clvIntervals(
      List<CovariateFit> draws,
      SpendDraws spend,
      int[] frequency,
      double[] recency,
      double[] age,
      double[] monetary,
      ClvHorizon horizon,
      double margin,
      IntervalOptions options,
      Covariates purchase,
      Covariates dropout) {
    PurchaseModel[][] m = modelsOf(draws, purchase, dropout);
    draws.get(0).validModels(frequency, recency, age, purchase, dropout);
    double logDiscount = Math.log1p(horizon.discountRate());
    return PredictionIntervals.clvMixture(
        m.length,
        spend,
        frequency,
        monetary,
        margin,
        options,
        (k, i) -> {
          PurchaseModel one = m[k][i];
          int x = frequency[i];
          double t = age[i];
          return new PredictionIntervals.ValueFuture(
              one.probabilityAlive(x, recency[i], t),
              (rng, p, nu) ->
                  FutureSimulation.discountedValue(
                      one, rng, x, t, horizon.horizon(), horizon.period(), logDiscount, p, nu));
        });
  }
}
