/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.internal.Cholesky;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Parameter uncertainty of a fitted Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and
 * CLV: using iso-value curves for customer base analysis", JMR 42(4); Fader and Hardie 2013, "The
 * Gamma-Gamma model of monetary value") as a sample of models, the spend counterpart of {@link
 * ParameterDraws}: lifetime-value intervals computed over both samples ({@link
 * PredictionIntervals#clv(ParameterDraws, SpendDraws, int[], double[], double[], double[],
 * ClvHorizon, double, IntervalOptions)}) average the predictive distribution over the purchase and
 * the spend parameters.
 *
 * <ul>
 *   <li>{@link #fromHessian}: a parametric bootstrap, the parameters drawn on the log scale from
 *       the normal distribution with the maximum-likelihood estimate as mean and the inverse
 *       Hessian of the negative log-likelihood as covariance. When the fitted q exceeds 1, q is
 *       drawn as {@code 1 + exp(.)} (the log of q - 1 is normal), so that every draw keeps the
 *       finite mean spend {@code p gamma / (q - 1)} of the estimate; otherwise ln q is normal.
 *   <li>{@link #resampling}: the nonparametric bootstrap (Efron and Tibshirani 1993, ch. 6), the
 *       model refitted on repeat buyers drawn with replacement.
 * </ul>
 *
 * <p>Both use the rows Gamma-Gamma applies to ({@link ValueModelKind#fitApplicable}): repeat buyers
 * with a positive, finite mean value; the others carry no spend information and are skipped.
 */
public final class SpendDraws {
  private final List<GammaGammaModel> models;

  private SpendDraws(List<GammaGammaModel> models) {
    this.models = List.copyOf(models);
  }

  /**
   * No parameter uncertainty: the one model.
   *
   * @param model the model
   * @return a sample of one
   */
  public static SpendDraws of(GammaGammaModel model) {
    return new SpendDraws(List.of(model));
  }

  /**
   * Given models, for example from an MCMC sample.
   *
   * @param models the sample, not empty
   * @return the draws
   */
  public static SpendDraws of(List<GammaGammaModel> models) {
    if (models.isEmpty()) {
      throw CxValidationException.of("SpendDraws.models", "not be empty", models);
    }
    return new SpendDraws(new ArrayList<>(models));
  }

  /**
   * A parametric bootstrap: {@code count} models drawn from the asymptotic normal distribution of
   * the fitted parameters on the log scale (see the class comment), with the Hessian of the
   * negative log-likelihood by central differences of its analytic gradient on the rows the model
   * applies to.
   *
   * @param fitted the maximum-likelihood fit
   * @param frequency x per row of the data the model was fitted on
   * @param monetary mean repeat-transaction value per row
   * @param weights customers per row, or null for one each
   * @param count the number of models, 1..100,000
   * @param seed the random seed
   * @return the draws
   * @throws CxValidationException if no row applies, the columns differ in length, or the Hessian
   *     is not positive definite (the fit's standard errors are unavailable too)
   */
  public static SpendDraws fromHessian(
      GammaGammaModel fitted,
      int[] frequency,
      double[] monetary,
      double @Nullable [] weights,
      int count,
      long seed) {
    requireCount(count);
    Applicable rows = Applicable.of(frequency, monetary, weights);
    boolean shifted = fitted.q() > 1;
    double[] theta = {
      Math.log(fitted.p()),
      Math.log(shifted ? fitted.q() - 1 : fitted.q()),
      Math.log(fitted.gamma())
    };
    GammaGamma.Likelihood f = new GammaGamma.Likelihood(rows.x, rows.z, rows.w, shifted);
    double[][] hessian = MleFitter.hessian(f, theta, 0.0, null);
    double[][] factor = hessian == null ? null : Cholesky.factor(hessian, Cholesky.FIT_PIVOT);
    double[][] l = factor == null ? null : Cholesky.factor(Cholesky.inverse(factor), 0.0);
    if (l == null) {
      throw CxValidationException.of(
          "SpendDraws.fitted",
          "be a maximum of the likelihood on these data (the Hessian is not positive definite)",
          fitted.params());
    }
    SplittableRandom rng = new SplittableRandom(seed);
    List<GammaGammaModel> out = new ArrayList<>(count);
    double[] z = new double[3];
    double[] draw = new double[3];
    while (out.size() < count) {
      for (int i = 0; i < 3; i++) {
        z[i] = rng.nextGaussian();
      }
      for (int i = 0; i < 3; i++) {
        double v = theta[i];
        for (int j = 0; j <= i; j++) {
          v += l[i][j] * z[j];
        }
        draw[i] = Math.exp(v);
      }
      double q = shifted ? 1 + draw[1] : draw[1];
      // a draw so far out that a parameter under- or overflows is not a model: draw again
      if (draw[0] > 0 && draw[2] > 0 && q > 0 && Double.isFinite(draw[0] + q + draw[2])) {
        out.add(new GammaGammaModel(draw[0], q, draw[2]));
      }
    }
    return new SpendDraws(out);
  }

  /**
   * A nonparametric bootstrap: {@code count} refits of Gamma-Gamma on as many repeat buyers as the
   * data hold (the rows it applies to), drawn with replacement.
   *
   * @param frequency x per customer
   * @param monetary mean repeat-transaction value per customer
   * @param count the number of refits, 1..100,000
   * @param seed the random seed
   * @param options the fit options of each refit (for example {@code constrainQ})
   * @return the draws
   * @throws CxValidationException if no row applies or the columns differ in length
   */
  public static SpendDraws resampling(
      int[] frequency, double[] monetary, int count, long seed, FitOptions options) {
    requireCount(count);
    Applicable rows = Applicable.of(frequency, monetary, null);
    int n = rows.x.length;
    SplittableRandom rng = new SplittableRandom(seed);
    List<GammaGammaModel> out = new ArrayList<>(count);
    double[] weights = new double[n];
    for (int b = 0; b < count; b++) {
      java.util.Arrays.fill(weights, 0.0);
      for (int i = 0; i < n; i++) {
        weights[rng.nextInt(n)] += 1.0;
      }
      ValueFit fit = GammaGamma.fit(rows.x, rows.z, weights, options);
      out.add(fit.as(GammaGammaModel.class));
    }
    return new SpendDraws(out);
  }

  /** The rows Gamma-Gamma applies to, as {@link Domain} screens them. */
  private static final class Applicable {
    final int[] x;
    final double[] z;
    final double[] w;

    private Applicable(int[] x, double[] z, double[] w) {
      this.x = x;
      this.z = z;
      this.w = w;
    }

    static Applicable of(int[] frequency, double[] monetary, double @Nullable [] weights) {
      int n = frequency.length;
      if (monetary.length != n) {
        throw CxValidationException.of(
            "SpendDraws.monetary", "have one value per frequency (" + n + ")", monetary.length);
      }
      if (weights != null && weights.length != n) {
        throw CxValidationException.of(
            "SpendDraws.weights", "have one value per frequency (" + n + ")", weights.length);
      }
      int m = 0;
      for (int i = 0; i < n; i++) {
        if (applies(frequency, monetary, weights, i)) {
          m++;
        }
      }
      if (m == 0) {
        throw CxValidationException.of(
            "SpendDraws.frequency",
            "include a repeat buyer with a positive mean value (all " + n + " left out)",
            0);
      }
      int[] x = new int[m];
      double[] z = new double[m];
      double[] w = new double[m];
      for (int i = 0, j = 0; i < n; i++) {
        if (applies(frequency, monetary, weights, i)) {
          x[j] = frequency[i];
          z[j] = monetary[i];
          w[j++] = weights == null ? 1.0 : weights[i];
        }
      }
      return new Applicable(x, z, w);
    }

    private static boolean applies(
        int[] frequency, double[] monetary, double @Nullable [] weights, int i) {
      double w = weights == null ? 1.0 : weights[i];
      return Domain.reason(ValueModelKind.GAMMAGAMMA, frequency[i], 0, 0, monetary[i], w) == null
          && w > 0;
    }
  }

  private static void requireCount(int count) {
    if (count < 1 || count > 100_000) {
      throw CxValidationException.of("SpendDraws.count", "be within 1..100,000", count);
    }
  }

  /**
   * The models.
   *
   * @return an immutable list, at least one model
   */
  public List<GammaGammaModel> models() {
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
}
