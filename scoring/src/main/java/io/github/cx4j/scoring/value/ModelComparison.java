/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.List;
import org.hipparchus.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * Several purchase models fitted to the same summaries and compared: log-likelihood, AIC, BIC,
 * likelihood-ratio tests against the NBD they nest, and, with holdout purchases, the per-customer
 * and aggregate holdout errors overall and by calibration frequency (the comparison tables of
 * Fader, Hardie and Lee 2005, "Counting your customers the easy way: an alternative to the
 * Pareto/NBD model", section 4, and of Fader and Hardie's note "Illustrating the performance of the
 * NBD as a benchmark model for customer-base analysis", 2004).
 *
 * <p>The NBD (Poisson purchases with gamma heterogeneity and no dropout, parameters r and alpha) is
 * fitted as the baseline. Its likelihood is the timing likelihood the other models use, {@code G(r
 * + x) / G(r) alpha^r / (alpha + T)^(r + x)}, so that it is exactly the limit of the BG/NBD and
 * MBG/NBD as the dropout probability goes to 0 (b to infinity) and of the Pareto/NBD as the dropout
 * rate goes to 0 (beta to infinity): the likelihood-ratio statistic {@code 2 (LL - LL_NBD)} is
 * referred to a chi-square with 2 degrees of freedom. The restriction lies on the boundary of the
 * parameter space, where the chi-square reference is conservative (Self and Liang 1987, "Asymptotic
 * properties of maximum likelihood estimators and likelihood ratio tests under nonstandard
 * conditions"): a small p-value is still evidence of dropout. BG/NBD and MBG/NBD are not nested in
 * each other (same parameters, neither a special case of the other), nor either in the Pareto/NBD:
 * compare those by AIC, BIC and holdout error.
 *
 * @param rows one row per model, the NBD first
 * @param tests the likelihood-ratio tests of each continuous-time model against the NBD
 * @param holdoutLength the holdout length (0 when no holdout was given)
 */
public record ModelComparison(
    List<ModelComparison.Row> rows,
    List<ModelComparison.LikelihoodRatio> tests,
    double holdoutLength) {

  /** The name of the baseline row. */
  public static final String NBD = "nbd";

  /** Copies the lists. */
  public ModelComparison {
    rows = List.copyOf(rows);
    tests = List.copyOf(tests);
  }

  /**
   * One model.
   *
   * @param model the model id ({@code nbd}, {@code bgnbd}, ...)
   * @param parameters the number of parameters k
   * @param customers the customers n (the sum of the weights)
   * @param logLikelihood the maximised log-likelihood
   * @param aic {@code 2 k - 2 LL}
   * @param bic {@code k log n - 2 LL}
   * @param converged whether the fit converged
   * @param params the estimates, in the paper's order
   * @param holdout the holdout errors, or null without a holdout
   */
  public record Row(
      String model,
      int parameters,
      double customers,
      double logLikelihood,
      double aic,
      double bic,
      boolean converged,
      java.util.Map<String, Double> params,
      @Nullable HoldoutError holdout) {
    /** Copies the estimates. */
    public Row {
      params = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(params));
    }
  }

  /**
   * Holdout errors of one model.
   *
   * @param mae mean absolute error per customer
   * @param rmse root mean squared error per customer
   * @param predicted total predicted holdout purchases
   * @param actual total actual holdout purchases
   * @param aggregateError {@code (predicted - actual) / actual}
   * @param byFrequency mean predicted and actual holdout purchases by calibration frequency
   */
  public record HoldoutError(
      double mae,
      double rmse,
      double predicted,
      double actual,
      double aggregateError,
      List<HoldoutComparison.Row> byFrequency) {
    /** Copies the rows. */
    public HoldoutError {
      byFrequency = List.copyOf(byFrequency);
    }
  }

  /**
   * A likelihood-ratio test of a restricted model against a model that nests it.
   *
   * @param restricted the restricted model id
   * @param general the general model id
   * @param statistic {@code 2 (LL_general - LL_restricted)}, at least 0
   * @param degreesOfFreedom the difference in parameters
   * @param pValue the chi-square p-value (conservative on the boundary, see the class comment)
   */
  public record LikelihoodRatio(
      String restricted, String general, double statistic, int degreesOfFreedom, double pValue) {}

  /**
   * Fits the NBD and each model on the summaries and compares them.
   *
   * @param models the purchase models (BGNBD, MBGNBD, PARETONBD; BGBB on discrete summaries)
   * @param frequency x per row
   * @param recency t_x per row
   * @param age T per row
   * @param weights customers per row, or null
   * @param holdout holdout purchases per row, or null for no holdout errors
   * @param holdoutLength the holdout length in the summaries' unit (with {@code holdout})
   * @param maxFrequency the last calibration frequency of the by-frequency table (pooling above)
   * @param options fit options
   * @return the comparison
   * @throws CxValidationException for a model that is not a purchase model, a holdout of another
   *     length or with negative counts, a non-positive holdout length, or invalid summaries
   */
  public static ModelComparison of(
      List<ValueModelKind> models,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] weights,
      int @Nullable [] holdout,
      double holdoutLength,
      int maxFrequency,
      FitOptions options) {
    return of(
        models,
        frequency,
        recency,
        age,
        null,
        weights,
        holdout,
        holdoutLength,
        maxFrequency,
        options);
  }

  /**
   * Fits the NBD and each model on the summaries and compares them, with the inter-purchase timings
   * that BG/CNBD-k and MBG/CNBD-k need to choose k. Their log-likelihood includes the timing term
   * {@code (k-1) litt - x ln (k-1)!} (0 at k = 1), so that it is comparable with the others' (the
   * density of the purchase times in every case). They get no likelihood-ratio test against the NBD
   * (a non-exponential timing is not nested in it); GGompertz/NBD gets one with 3 degrees of
   * freedom (the NBD is its limit without dropout, on the boundary as above).
   *
   * @param models the purchase models
   * @param frequency x per row
   * @param recency t_x per row
   * @param age T per row
   * @param litt the sum of the logarithms of each row's inter-purchase times, or null (then the
   *     CNBD-k models cannot be compared)
   * @param weights customers per row, or null
   * @param holdout holdout purchases per row, or null for no holdout errors
   * @param holdoutLength the holdout length in the summaries' unit (with {@code holdout})
   * @param maxFrequency the last calibration frequency of the by-frequency table (pooling above)
   * @param options fit options
   * @return the comparison
   * @throws CxValidationException as {@link #of(List, int[], double[], double[], double[], int[],
   *     double, int, FitOptions)}, or for a CNBD-k model without litt
   */
  public static ModelComparison of(
      List<ValueModelKind> models,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] litt,
      double @Nullable [] weights,
      int @Nullable [] holdout,
      double holdoutLength,
      int maxFrequency,
      FitOptions options) {
    int n = frequency.length;
    if (holdout != null) {
      if (holdout.length != n) {
        throw CxValidationException.of(
            "ModelComparison.holdout", "have one value per frequency (" + n + ")", holdout.length);
      }
      if (!(holdoutLength > 0) || !Double.isFinite(holdoutLength)) {
        throw CxValidationException.of(
            "ModelComparison.holdoutLength", "be positive and finite", holdoutLength);
      }
      for (int i = 0; i < n; i++) {
        if (holdout[i] < 0) {
          throw CxValidationException.of(
              "ModelComparison.holdout", "be non-negative (customer index " + i + ")", holdout[i]);
        }
      }
    }
    if (maxFrequency < 0) {
      throw CxValidationException.of(
          "ModelComparison.maxFrequency", "be non-negative", maxFrequency);
    }
    Patterns p = Patterns.of("ModelComparison", frequency, recency, age, weights, false);
    List<Row> rows = new ArrayList<>();
    NbdFit nbd = fitNbd(p, options);
    double total = p.totalWeight;
    rows.add(
        row(
            NBD,
            2,
            total,
            nbd.logLikelihood,
            nbd.converged,
            java.util.Map.of("r", nbd.r, "alpha", nbd.alpha),
            holdout == null
                ? null
                : holdout(
                    i -> (nbd.r + frequency[i]) / (nbd.alpha + age[i]) * holdoutLength,
                    frequency,
                    weights,
                    holdout,
                    maxFrequency)));
    List<LikelihoodRatio> tests = new ArrayList<>();
    for (ValueModelKind kind : models) {
      if (kind == ValueModelKind.GAMMAGAMMA || kind == ValueModelKind.SBG) {
        throw CxValidationException.of(
            "ModelComparison.models", "hold purchase models only", kind.id());
      }
      ValueFit fit = kind.fit(frequency, recency, age, null, litt, weights, options);
      PurchaseModel model = (PurchaseModel) fit.toModel();
      int k = kind.parameterNames().size();
      rows.add(
          row(
              kind.id(),
              k,
              total,
              fit.logLikelihood(),
              fit.converged(),
              fit.params(),
              holdout == null
                  ? null
                  : holdout(
                      i ->
                          model.conditionalExpectedPurchases(
                              holdoutLength, frequency[i], recency[i], age[i]),
                      frequency,
                      weights,
                      holdout,
                      maxFrequency)));
      if (kind != ValueModelKind.BGBB
          && kind != ValueModelKind.BGCNBD
          && kind != ValueModelKind.MBGCNBD) {
        double stat = Math.max(0, 2 * (fit.logLikelihood() - nbd.logLikelihood));
        // the chi-square upper tail as the regularized gamma Q, accurate for tiny p-values
        double pValue = Gamma.regularizedGammaQ((k - 2) / 2.0, stat / 2);
        tests.add(new LikelihoodRatio(NBD, kind.id(), stat, k - 2, pValue));
      }
    }
    return new ModelComparison(rows, tests, holdout == null ? 0 : holdoutLength);
  }

  /**
   * The row of a model by id.
   *
   * @param model for example {@code "bgnbd"} or {@link #NBD}
   * @return the row
   * @throws CxValidationException if the comparison has no such model
   */
  public Row row(String model) {
    for (Row r : rows) {
      if (r.model().equals(model)) {
        return r;
      }
    }
    throw CxValidationException.of("ModelComparison.model", "be one of the compared models", model);
  }

  private static Row row(
      String model,
      int k,
      double n,
      double ll,
      boolean converged,
      java.util.Map<String, Double> params,
      @Nullable HoldoutError holdout) {
    return new Row(
        model, k, n, ll, 2 * k - 2 * ll, k * Math.log(n) - 2 * ll, converged, params, holdout);
  }

  private static HoldoutError holdout(
      java.util.function.IntToDoubleFunction predict,
      int[] frequency,
      double @Nullable [] weights,
      int[] actual,
      int maxFrequency) {
    int buckets = maxFrequency + 1;
    double[] count = new double[buckets];
    double[] predictedBy = new double[buckets];
    double[] actualBy = new double[buckets];
    double abs = 0;
    double sq = 0;
    double p = 0;
    double a = 0;
    double w = 0;
    for (int i = 0; i < frequency.length; i++) {
      double wi = weights == null ? 1 : weights[i];
      if (wi == 0) {
        continue;
      }
      double e = predict.applyAsDouble(i);
      double d = e - actual[i];
      abs += wi * Math.abs(d);
      sq += wi * d * d;
      p += wi * e;
      a += wi * actual[i];
      w += wi;
      int b = Math.min(frequency[i], maxFrequency);
      count[b] += wi;
      predictedBy[b] += wi * e;
      actualBy[b] += wi * actual[i];
    }
    if (a == 0) {
      throw CxValidationException.of("ModelComparison.holdout", "hold at least one purchase", 0);
    }
    List<HoldoutComparison.Row> rows = new ArrayList<>();
    for (int b = 0; b < buckets; b++) {
      if (count[b] > 0) {
        rows.add(
            new HoldoutComparison.Row(
                b,
                b == maxFrequency,
                (int) Math.round(count[b]),
                predictedBy[b] / count[b],
                actualBy[b] / count[b]));
      }
    }
    return new HoldoutError(abs / w, Math.sqrt(sq / w), p, a, (p - a) / a, rows);
  }

  /** The NBD fit: r, alpha, the log-likelihood and convergence. */
  private record NbdFit(double r, double alpha, double logLikelihood, boolean converged) {}

  /** Fits the NBD by BFGS on log r, log alpha with the analytic gradient. */
  static NbdFit fitNbd(Patterns p, FitOptions options) {
    Bfgs.Objective f =
        (theta, grad) -> {
          double r = Math.exp(theta[0]);
          double alpha = Math.exp(theta[1]);
          if (!(r > 0 && alpha > 0) || !Double.isFinite(r + alpha)) {
            return Double.NaN;
          }
          double lgR = Gamma.logGamma(r);
          double psiR = SpecialFunctions.digamma(r);
          double lnAlpha = Math.log(alpha);
          double ll = 0;
          double gr = 0;
          double ga = 0;
          for (int i = 0; i < p.size; i++) {
            double w = p.weight[i];
            int x = p.x[i];
            double lat = Math.log(alpha + p.age[i]);
            ll += w * (Gamma.logGamma(r + x) - lgR + r * lnAlpha - (r + x) * lat);
            gr += w * (SpecialFunctions.digamma(r + x) - psiR + lnAlpha - lat);
            ga += w * (r / alpha - (r + x) / (alpha + p.age[i]));
          }
          grad[0] = -gr * r / p.totalWeight;
          grad[1] = -ga * alpha / p.totalWeight;
          return -ll / p.totalWeight;
        };
    double rate = p.meanRate();
    Bfgs.Result best = null;
    for (double[] start : Fits.starts(1.0, 1.0 / rate)) {
      Bfgs.Result r = Bfgs.minimize(f, start, options.maxIterations(), options.tolerance());
      if (Double.isFinite(r.value()) && (best == null || r.value() < best.value())) {
        best = r;
      }
    }
    if (best == null) {
      throw CxValidationException.of("ModelComparison.nbd", "have a finite likelihood", "none");
    }
    return new NbdFit(
        Math.exp(best.theta()[0]),
        Math.exp(best.theta()[1]),
        -best.value() * p.totalWeight,
        best.converged());
  }
}
