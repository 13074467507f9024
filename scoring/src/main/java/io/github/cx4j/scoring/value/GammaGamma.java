/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.RepeatSummaries;
import java.util.List;
import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.hipparchus.special.Gamma;
import org.jspecify.annotations.Nullable;

/**
 * Fits and simulates the Gamma-Gamma spend model (Fader, Hardie and Lee 2005; Fader and Hardie
 * 2013). Only customers with at least one repeat transaction carry information about spend: rows
 * with frequency 0 are skipped. With {@link FitOptions#constrainQ()} the fit keeps {@code q > 1}.
 */
public final class GammaGamma {
  private GammaGamma() {}

  /**
   * Fits on activity summaries: their frequency and monetary columns (customers without repeat
   * purchases are skipped).
   *
   * @param summaries repeat summaries
   * @param options fit options
   * @return the fit
   */
  public static ValueFit fit(RepeatSummaries summaries, FitOptions options) {
    return fit(summaries.frequency(), summaries.monetary(), null, options);
  }

  /**
   * Fits by maximum likelihood with the default options (q unconstrained).
   *
   * @param frequency repeat transactions per customer
   * @param monetary mean value of the repeat transactions per customer (positive where x > 0)
   * @return the fit
   */
  public static ValueFit fit(int[] frequency, double[] monetary) {
    return fit(frequency, monetary, null, FitOptions.defaults());
  }

  /**
   * Fits by maximum likelihood.
   *
   * @param frequency repeat transactions per customer
   * @param monetary mean value of the repeat transactions per customer
   * @param weights customers per row, or null
   * @param options fit options; {@code constrainQ} keeps q above 1
   * @return the fit
   */
  public static ValueFit fit(
      int[] frequency, double[] monetary, double @Nullable [] weights, FitOptions options) {
    int n = frequency.length;
    if (monetary.length != n) {
      throw CxValidationException.of(
          "GammaGamma.monetary", "have one value per frequency (" + n + ")", monetary.length);
    }
    if (weights != null && weights.length != n) {
      throw CxValidationException.of(
          "GammaGamma.weights", "have one value per frequency (" + n + ")", weights.length);
    }
    int m = 0;
    for (int i = 0; i < n; i++) {
      double w = weights == null ? 1.0 : weights[i];
      if (frequency[i] < 0) {
        throw CxValidationException.of(
            "GammaGamma.frequency", "be non-negative (customer index " + i + ")", frequency[i]);
      }
      if (frequency[i] > 0) {
        validate(i, frequency[i], monetary[i], w);
        if (w > 0) {
          m++;
        }
      }
    }
    if (m == 0) {
      throw CxValidationException.of(
          "GammaGamma.frequency", "include a customer with a repeat transaction", 0);
    }
    int[] x = new int[m];
    double[] z = new double[m];
    double[] w = new double[m];
    double total = 0;
    double spend = 0;
    for (int i = 0, j = 0; i < n; i++) {
      double wi = weights == null ? 1.0 : weights[i];
      if (frequency[i] > 0 && wi > 0) {
        x[j] = frequency[i];
        z[j] = monetary[i];
        w[j] = wi;
        total += wi;
        spend += wi * monetary[i];
        j++;
      }
    }
    boolean constrain = options.constrainQ();
    double mean = spend / total;
    double[] offsets = {0, constrain ? 1 : 0, 0};
    List<double[]> starts = Fits.starts(1.0, 2.0, mean);
    if (constrain) {
      for (double[] s : starts) {
        s[1] = Math.log(Math.max(1e-3, Math.exp(s[1]) - 1));
      }
    }
    Likelihood f = new Likelihood(x, z, w, constrain);
    return MleFitter.fit(
        new MleFitter.Problem(ValueModelKind.GAMMAGAMMA, f, total, m, offsets, starts, null, 0),
        options);
  }

  /**
   * Simulates mean repeat-transaction values: nu ~ Gamma(q, gamma) per customer, then x values
   * Gamma(p, nu) averaged.
   *
   * @param model the model
   * @param frequency repeat transactions per customer (0 gives mean 0)
   * @param seed the random seed
   * @return mean transaction value per customer
   */
  public static double[] simulate(GammaGammaModel model, int[] frequency, long seed) {
    RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
    double[] out = new double[frequency.length];
    for (int i = 0; i < out.length; i++) {
      if (frequency[i] < 0) {
        throw CxValidationException.of(
            "GammaGamma.frequency", "be non-negative (customer index " + i + ")", frequency[i]);
      }
      double nu = rng.nextGamma(model.q(), 1.0 / model.gamma());
      double sum = 0;
      for (int k = 0; k < frequency[i]; k++) {
        sum += rng.nextGamma(model.p(), 1.0 / nu);
      }
      out[i] = frequency[i] == 0 ? 0.0 : sum / frequency[i];
    }
    return out;
  }

  static void validate(int i, int x, double mbar, double w) {
    if (x >= 1 && mbar > 0 && mbar <= Double.MAX_VALUE && w >= 0 && w <= Double.MAX_VALUE) {
      return;
    }
    String at = " (customer index " + i + ")";
    if (x < 1) {
      throw CxValidationException.of("GammaGamma.frequency", "be at least 1" + at, x);
    }
    if (!(mbar > 0) || !Double.isFinite(mbar)) {
      throw CxValidationException.of(
          "GammaGamma.monetary",
          "be positive and finite when the frequency is positive" + at,
          mbar);
    }
    if (!(w >= 0) || !Double.isFinite(w)) {
      throw CxValidationException.of("GammaGamma.weights", "be finite and non-negative" + at, w);
    }
  }

  /** Negative log-likelihood with analytic gradient on the log scale. */
  static final class Likelihood implements Bfgs.Objective {
    private final int[] x;
    private final double[] z;
    private final double[] w;
    private final boolean constrain;
    private final double[] lnZ;
    private final double[] lnX;

    Likelihood(int[] x, double[] z, double[] w, boolean constrain) {
      this.x = x;
      this.z = z;
      this.w = w;
      this.constrain = constrain;
      this.lnZ = new double[z.length];
      this.lnX = new double[z.length];
      for (int i = 0; i < z.length; i++) {
        lnZ[i] = Math.log(z[i]);
        lnX[i] = Math.log(x[i]);
      }
    }

    @Override
    public double value(double[] theta, double[] grad) {
      double p = Math.exp(theta[0]);
      double eq = Math.exp(theta[1]);
      double q = constrain ? 1 + eq : eq;
      double g = Math.exp(theta[2]);
      if (!Double.isFinite(p + q + g) || !(p > 0 && q > 0 && g > 0)) {
        return Double.NaN;
      }
      double lgQ = Gamma.logGamma(q);
      double psiQ = SpecialFunctions.digamma(q);
      double lnG = Math.log(g);
      double ll = 0;
      double gp = 0;
      double gq = 0;
      double gg = 0;
      for (int i = 0; i < x.length; i++) {
        double px = p * x[i];
        double lden = Math.log(g + x[i] * z[i]);
        double psiPxq = SpecialFunctions.digamma(px + q);
        ll +=
            w[i]
                * (Gamma.logGamma(px + q)
                    - Gamma.logGamma(px)
                    - lgQ
                    + q * lnG
                    + (px - 1) * lnZ[i]
                    + px * lnX[i]
                    - (px + q) * lden);
        gp += w[i] * x[i] * (psiPxq - SpecialFunctions.digamma(px) + lnZ[i] + lnX[i] - lden);
        gq += w[i] * (psiPxq - psiQ + lnG - lden);
        gg += w[i] * (q / g - (px + q) / (g + x[i] * z[i]));
      }
      grad[0] = -gp * p;
      grad[1] = -gq * eq;
      grad[2] = -gg * g;
      return -ll;
    }
  }
}
