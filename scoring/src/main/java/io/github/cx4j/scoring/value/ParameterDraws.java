/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.internal.Cholesky;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Parameter uncertainty of a fitted purchase model as a sample of models: prediction intervals
 * computed over the sample ({@link PredictionIntervals}) are those of the predictive distribution
 * averaged over the parameters, not just at the point estimate.
 *
 * <ul>
 *   <li>{@link #fromHessian}: a parametric bootstrap, the log-parameters drawn from the normal
 *       distribution with the maximum-likelihood estimate as mean and the inverse Hessian of the
 *       negative log-likelihood as covariance (the asymptotic distribution behind the fit's
 *       standard errors);
 *   <li>{@link #resampling}: the nonparametric bootstrap (Efron and Tibshirani 1993, ch. 6), the
 *       model refitted on customers drawn with replacement.
 * </ul>
 */
public final class ParameterDraws {
  private final List<PurchaseModel> models;

  private ParameterDraws(List<PurchaseModel> models) {
    this.models = List.copyOf(models);
  }

  /**
   * No parameter uncertainty: the one model.
   *
   * @param model the model
   * @return a sample of one
   */
  public static ParameterDraws of(PurchaseModel model) {
    return new ParameterDraws(List.of(model));
  }

  /**
   * Given models, for example from an MCMC sample.
   *
   * @param models the sample, of one kind, not empty
   * @return the draws
   */
  public static ParameterDraws of(List<? extends PurchaseModel> models) {
    if (models.isEmpty()) {
      throw CxValidationException.of("ParameterDraws.models", "not be empty", models);
    }
    ValueModelKind kind = models.get(0).kind();
    for (PurchaseModel m : models) {
      if (m.kind() != kind) {
        throw CxValidationException.of(
            "ParameterDraws.models", "be of one kind (" + kind.id() + ")", m.kind().id());
      }
    }
    return new ParameterDraws(new ArrayList<>(models));
  }

  /**
   * A parametric bootstrap: {@code count} models whose log-parameters are drawn from {@code N(ln
   * theta_hat, H^-1)}, with H the Hessian of the negative log-likelihood at the fitted parameters
   * on the data the model was fitted on (analytic for BG/NBD and MBG/NBD, central differences of
   * the analytic gradient otherwise).
   *
   * @param fitted the maximum-likelihood fit (BG/NBD, MBG/NBD, Pareto/NBD or BG/BB)
   * @param frequency x per row of the calibration data
   * @param recency t_x per row
   * @param age T per row
   * @param weights customers per row, or null for one each
   * @param count the number of models, 1..100,000
   * @param seed the random seed
   * @return the draws
   * @throws CxValidationException if the Hessian is not positive definite (the fit's standard
   *     errors are unavailable too), or for invalid columns
   */
  public static ParameterDraws fromHessian(
      PurchaseModel fitted,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] weights,
      int count,
      long seed) {
    requireCount(count);
    double[] theta = logValues(fitted);
    double[][] cov = covariance(fitted, frequency, recency, age, weights, theta);
    double[][] l = Cholesky.factor(cov, 0.0);
    if (l == null) {
      throw CxValidationException.of(
          "ParameterDraws.fitted",
          "have a positive definite covariance (the inverse Hessian)",
          fitted.params());
    }
    SplittableRandom rng = new SplittableRandom(seed);
    int k = theta.length;
    List<PurchaseModel> out = new ArrayList<>(count);
    double[] z = new double[k];
    double[] draw = new double[k];
    while (out.size() < count) {
      for (int i = 0; i < k; i++) {
        z[i] = rng.nextGaussian();
      }
      for (int i = 0; i < k; i++) {
        double v = theta[i];
        for (int j = 0; j <= i; j++) {
          v += l[i][j] * z[j];
        }
        draw[i] = v;
      }
      out.add(model(fitted.kind(), draw));
    }
    return new ParameterDraws(out);
  }

  /**
   * The covariance of the log-parameters: the inverse of the Hessian of the negative log-likelihood
   * at {@code theta}, or an error naming the model when it is not positive definite.
   */
  static double[][] covariance(
      PurchaseModel fitted,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] weights,
      double[] theta) {
    ValueModelKind kind = fitted.kind();
    String type = kind.id();
    Bfgs.Objective objective =
        switch (kind) {
          case BGNBD ->
              new NbdLikelihood(Patterns.of(type, frequency, recency, age, weights, false), false);
          case MBGNBD ->
              new NbdLikelihood(Patterns.of(type, frequency, recency, age, weights, false), true);
          case PARETONBD ->
              new ParetoLikelihood(Patterns.of(type, frequency, recency, age, weights, false));
          case BGBB ->
              new BgBbLikelihood(Patterns.of(type, frequency, recency, age, weights, true));
          default ->
              throw CxValidationException.of(
                  "ParameterDraws.fitted", "be bgnbd, mbgnbd, paretonbd or bgbb", type);
        };
    int k = theta.length;
    double[][] hessian;
    if (objective instanceof Bfgs.HessianObjective h) {
      hessian = new double[k][k];
      h.value(theta, new double[k], hessian);
    } else {
      hessian = MleFitter.hessian(objective, theta, 0.0, null);
    }
    double[][] factor = hessian == null ? null : Cholesky.factor(hessian, Cholesky.FIT_PIVOT);
    if (factor == null) {
      throw CxValidationException.of(
          "ParameterDraws.fitted",
          "be a maximum of the likelihood on these data (the Hessian is not positive definite)",
          fitted.params());
    }
    return Cholesky.inverse(factor);
  }

  /**
   * A nonparametric bootstrap: {@code count} refits of the model on as many customers as the data
   * hold, drawn with replacement (each resample a vector of multiplicities passed as weights).
   *
   * @param kind the model to fit (bgnbd, mbgnbd, paretonbd or bgbb)
   * @param frequency x per customer
   * @param recency t_x per customer
   * @param age T per customer
   * @param count the number of refits, 1..100,000
   * @param seed the random seed
   * @param options the fit options of each refit
   * @return the draws
   */
  public static ParameterDraws resampling(
      ValueModelKind kind,
      int[] frequency,
      double[] recency,
      double[] age,
      int count,
      long seed,
      FitOptions options) {
    requireCount(count);
    if (!(kind == ValueModelKind.BGNBD
        || kind == ValueModelKind.MBGNBD
        || kind == ValueModelKind.PARETONBD
        || kind == ValueModelKind.BGBB)) {
      throw CxValidationException.of(
          "ParameterDraws.kind", "be bgnbd, mbgnbd, paretonbd or bgbb", kind.id());
    }
    int n = frequency.length;
    if (n == 0) {
      throw CxValidationException.of("ParameterDraws.frequency", "hold at least one customer", 0);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    List<PurchaseModel> out = new ArrayList<>(count);
    double[] weights = new double[n];
    for (int b = 0; b < count; b++) {
      java.util.Arrays.fill(weights, 0.0);
      for (int i = 0; i < n; i++) {
        weights[rng.nextInt(n)] += 1.0;
      }
      ValueFit fit = kind.fit(frequency, recency, age, null, weights, options);
      out.add((PurchaseModel) fit.toModel());
    }
    return new ParameterDraws(out);
  }

  private static void requireCount(int count) {
    if (count < 1 || count > 100_000) {
      throw CxValidationException.of("ParameterDraws.count", "be within 1..100,000", count);
    }
  }

  private static double[] logValues(PurchaseModel model) {
    double[] v = model.values();
    double[] theta = new double[v.length];
    for (int i = 0; i < v.length; i++) {
      theta[i] = Math.log(v[i]);
    }
    return theta;
  }

  private static PurchaseModel model(ValueModelKind kind, double[] theta) {
    Map<String, Double> params = new LinkedHashMap<>();
    List<String> names = kind.parameterNames();
    for (int i = 0; i < theta.length; i++) {
      params.put(names.get(i), Math.exp(theta[i]));
    }
    return (PurchaseModel) ValueModel.of(kind, params);
  }

  /**
   * The models.
   *
   * @return an immutable list, at least one model, all of one kind
   */
  public List<PurchaseModel> models() {
    return models;
  }

  /**
   * The number of models.
   *
   * @return the size
   */
  public int size() {
    return models.size();
  }

  /**
   * The kind of the models.
   *
   * @return the kind
   */
  public ValueModelKind kind() {
    return models.get(0).kind();
  }
}
