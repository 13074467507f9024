/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits BG/NBD and Pareto/NBD with static covariates on the purchase and on the dropout process
 * (Fader and Hardie 2007, "Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD
 * models"; as in CLVTools, Bachmann, Meierer and Näf 2021, "The role of time-varying contextual
 * factors in latent attrition models for customer base analysis", Marketing Science 40(4)): the
 * scale parameters become {@code alpha exp(-gamma' z)} and so on (see {@link CovariateFit}).
 *
 * <p>The fit starts from the model without covariates (all effects 0; fitted on an evenly spaced
 * subsample of 10,000 customers when there are more than 20,000) and maximises the log-likelihood
 * with its analytic gradient by BFGS; an optional elastic-net penalty ({@link CovariatePenalty}:
 * {@code lambda (mixing |gamma|_1 + (1 - mixing) |gamma|^2)} on the mean negative log-likelihood)
 * shrinks the effects (not the base parameters) towards 0, the L1 part by proximal gradient steps
 * that set effects exactly to 0. Standardised covariates ({@code (value - mean) / standard
 * deviation}) make the effects comparable and the penalty fair between covariates. Standard errors
 * come from a forward-difference Hessian of the analytic gradient (penalty included), by the delta
 * method for the base parameters.
 */
public final class CovariateModels {
  private CovariateModels() {}

  /**
   * Fits a BG/NBD or Pareto/NBD with static covariates and an L2 penalty.
   *
   * @param kind {@link ValueModelKind#BGNBD} or {@link ValueModelKind#PARETONBD}
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param purchase covariates of the purchase process (may have no columns)
   * @param dropout covariates of the dropout process (may have no columns)
   * @param penalty the L2 penalty lambda on the effects, non-negative (0: maximum likelihood)
   * @param standardise whether to centre and scale each covariate by its mean and standard
   *     deviation
   * @param options iterations and tolerance (and the options of the starting fit)
   * @return the fit
   */
  public static CovariateFit fit(
      ValueModelKind kind,
      int[] frequency,
      double[] recency,
      double[] age,
      Covariates purchase,
      Covariates dropout,
      double penalty,
      boolean standardise,
      FitOptions options) {
    if (!(penalty >= 0) || !Double.isFinite(penalty)) {
      throw CxValidationException.of(
          "CovariateModels.penalty", "be non-negative and finite", penalty);
    }
    return fit(
        kind,
        frequency,
        recency,
        age,
        purchase,
        dropout,
        CovariatePenalty.ridge(penalty),
        standardise,
        options);
  }

  /**
   * Fits a BG/NBD or Pareto/NBD with static covariates under an elastic-net penalty.
   *
   * @param kind {@link ValueModelKind#BGNBD} or {@link ValueModelKind#PARETONBD}
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param purchase covariates of the purchase process (may have no columns)
   * @param dropout covariates of the dropout process (may have no columns)
   * @param penalty the elastic-net penalty on the effects ({@link CovariatePenalty#none()}: maximum
   *     likelihood)
   * @param standardise whether to centre and scale each covariate by its mean and standard
   *     deviation
   * @param options iterations and tolerance (and the options of the starting fit)
   * @return the fit
   */
  public static CovariateFit fit(
      ValueModelKind kind,
      int[] frequency,
      double[] recency,
      double[] age,
      Covariates purchase,
      Covariates dropout,
      CovariatePenalty penalty,
      boolean standardise,
      FitOptions options) {
    if (kind != ValueModelKind.BGNBD && kind != ValueModelKind.PARETONBD) {
      throw CxValidationException.of(
          "CovariateModels.kind", "be bgnbd or paretonbd (static covariates)", kind.id());
    }
    int n = frequency.length;
    if (recency.length != n || age.length != n) {
      throw CxValidationException.of(
          "CovariateModels.recency",
          "have as many values as frequency (" + n + ")",
          recency.length != n ? recency.length : age.length);
    }
    if (purchase.size() != n || dropout.size() != n) {
      throw CxValidationException.of(
          "CovariateModels.covariates",
          "have one row per customer (" + n + ")",
          purchase.size() != n ? purchase.size() : dropout.size());
    }
    for (int i = 0; i < n; i++) {
      Patterns.validate(kind.id(), i, frequency[i], recency[i], age[i], 1.0, false);
    }
    boolean pareto = kind == ValueModelKind.PARETONBD;
    int kp = purchase.count();
    int kd = dropout.count();
    double[] centres = new double[kp + kd];
    double[] scales = new double[kp + kd];
    double[] zp = flatten(purchase, 0, standardise, centres, scales);
    double[] zd = flatten(dropout, kp, standardise, centres, scales);
    CovariateLikelihood likelihood =
        new CovariateLikelihood(pareto, frequency, recency, age, zp, kp, zd, kd);
    int k = likelihood.size();
    ValueFit base = startingFit(kind, frequency, recency, age, options);
    double[] start = new double[k];
    double[] baseValues = base.toModel().values();
    for (int j = 0; j < 4; j++) {
      start[j] = Math.log(baseValues[j]);
    }
    PenalisedFit.Outcome result = PenalisedFit.minimise(likelihood, n, start, penalty, options);
    double[] theta = result.theta();
    double negLl = likelihood.value(theta, new double[k]);
    if (!Double.isFinite(negLl)) {
      throw new IllegalStateException(kind.id() + ": the covariate fit left the finite region");
    }
    List<String> baseNames = kind.parameterNames();
    Map<String, Double> params = new LinkedHashMap<>();
    for (int j = 0; j < 4; j++) {
      params.put(baseNames.get(j), Math.exp(theta[j]));
    }
    List<String> effectNames = new ArrayList<>();
    for (String name : purchase.names()) {
      effectNames.add("purchase." + name);
    }
    for (String prefix : pareto ? List.of("dropout.") : List.of("a.", "b.")) {
      for (String name : dropout.names()) {
        effectNames.add(prefix + name);
      }
    }
    Map<String, Double> effects = new LinkedHashMap<>();
    for (int j = 4; j < k; j++) {
      effects.put(effectNames.get(j - 4), theta[j]);
    }
    Map<String, Double> ses =
        PenalisedFit.standardErrors(likelihood, theta, penalty.l2() * n, baseNames, effectNames);
    String message = result.message();
    if (ses.isEmpty()) {
      message += "; standard errors unavailable: the Hessian is not positive definite";
    }
    return new CovariateFit(
        kind,
        params,
        effects,
        ses,
        purchase.names(),
        dropout.names(),
        centres,
        scales,
        penalty,
        -negLl,
        result.converged(),
        result.iterations(),
        n,
        message);
  }

  /** Customers above which the starting fit is made on an evenly spaced subsample. */
  static final int START_SAMPLE = 10_000;

  /**
   * The model without covariates, the start of the covariate fit: on all customers up to twice
   * {@link #START_SAMPLE}, else on every {@code n / START_SAMPLE}-th customer (the start need only
   * be near the optimum; BFGS on all customers does the rest).
   */
  private static ValueFit startingFit(
      ValueModelKind kind, int[] frequency, double[] recency, double[] age, FitOptions options) {
    int n = frequency.length;
    if (n <= 2 * START_SAMPLE) {
      return kind.fit(frequency, recency, age, null, null, options);
    }
    int stride = n / START_SAMPLE;
    int m = (n + stride - 1) / stride;
    int[] x = new int[m];
    double[] tx = new double[m];
    double[] t = new double[m];
    for (int i = 0, j = 0; i < n; i += stride, j++) {
      x[j] = frequency[i];
      tx[j] = recency[i];
      t[j] = age[i];
    }
    return kind.fit(x, tx, t, null, null, options);
  }

  /** Customer-major values, standardised if asked; records each column's centre and scale. */
  private static double[] flatten(
      Covariates c, int offset, boolean standardise, double[] centres, double[] scales) {
    int n = c.size();
    int k = c.count();
    double[] out = new double[n * k];
    for (int j = 0; j < k; j++) {
      double centre = 0;
      double scale = 1;
      if (standardise) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          sum += c.values()[i][j];
        }
        centre = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
          double d = c.values()[i][j] - centre;
          ss += d * d;
        }
        scale = Math.sqrt(ss / n);
        if (!(scale > 0)) {
          throw CxValidationException.of(
              "Covariates.values",
              "vary across customers to be standardised (covariate " + c.names().get(j) + ")",
              centre);
        }
      }
      centres[offset + j] = centre;
      scales[offset + j] = scale;
      for (int i = 0; i < n; i++) {
        out[i * k + j] = (c.values()[i][j] - centre) / scale;
      }
    }
    return out;
  }
}
