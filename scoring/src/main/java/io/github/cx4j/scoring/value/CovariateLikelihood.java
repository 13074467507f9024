/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.stream.IntStream;
import org.hipparchus.special.Gamma;

/**
 * The negative log-likelihood of BG/NBD or Pareto/NBD with static covariates (Fader and Hardie
 * 2007, "Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD models"; Bachmann,
 * Meierer and Näf 2021, CLVTools), summed over customers, with its analytic gradient.
 *
 * <p>The parameters are {@code theta = (ln r, ln alpha0, ln c0, ln d0, gamma_purchase,
 * gamma_dropout...)}: customer i has {@code alpha_i = alpha0 exp(-gamma_purchase' z_i)} for both
 * models; Pareto/NBD {@code (c, d) = (s, beta)} with {@code beta_i = beta0 exp(-gamma_dropout'
 * w_i)}; BG/NBD {@code (c, d) = (a, b)} with {@code a_i = a0 exp(gamma_a' w_i)} and {@code b_i = b0
 * exp(gamma_b' w_i)}. Each customer's log-likelihood and its gradient with respect to the log of
 * its own four parameters ({@link ParetoLikelihood#single}, or the BG/NBD expression below) give
 * the gradient in theta by the chain rule.
 */
final class CovariateLikelihood implements Bfgs.Objective {
  private static final int PARALLEL_THRESHOLD = 20_000;
  private static final int CHUNKS = 32;

  private final boolean pareto;
  private final int[] x;
  private final double[] tx;
  private final double[] age;

  /** Purchase covariates, customer-major: {@code zp[i * kp + j]}. */
  private final double[] zp;

  private final int kp;

  /** Dropout covariates, customer-major. */
  private final double[] zd;

  private final int kd;

  CovariateLikelihood(
      boolean pareto,
      int[] x,
      double[] tx,
      double[] age,
      double[] zp,
      int kp,
      double[] zd,
      int kd) {
    this.pareto = pareto;
    this.x = x;
    this.tx = tx;
    this.age = age;
    this.zp = zp;
    this.kp = kp;
    this.zd = zd;
    this.kd = kd;
    int max = 0;
    for (int v : x) {
      max = Math.max(max, v);
    }
    this.maxX = max;
  }

  /** The largest frequency; below {@link #CACHED_X} the gamma terms are computed once per x. */
  private final int maxX;

  private static final int CACHED_X = 10_000;

  /** The number of parameters: 4 base, kp purchase effects, kd (Pareto) or 2 kd (BG/NBD). */
  int size() {
    return 4 + kp + (pareto ? kd : 2 * kd);
  }

  @Override
  public double value(double[] theta, double[] grad) {
    for (double t : theta) {
      if (!Double.isFinite(t) || Math.abs(t) > 700) {
        return Double.NaN;
      }
    }
    int k = size();
    int n = x.length;
    double[] total;
    if (n < PARALLEL_THRESHOLD) {
      total = new double[k + 1];
      accumulate(theta, 0, n, total);
    } else {
      double[][] parts = new double[CHUNKS][k + 1];
      int chunk = (n + CHUNKS - 1) / CHUNKS;
      IntStream.range(0, CHUNKS)
          .parallel()
          .forEach(c -> accumulate(theta, c * chunk, Math.min(n, (c + 1) * chunk), parts[c]));
      total = new double[k + 1];
      for (double[] part : parts) {
        for (int j = 0; j <= k; j++) {
          total[j] += part[j];
        }
      }
    }
    if (!Double.isFinite(total[0])) {
      return Double.NaN;
    }
    for (int j = 0; j < k; j++) {
      grad[j] = -total[j + 1];
    }
    return -total[0];
  }

  /** Adds the log-likelihood and its gradient in theta of customers from..to-1 into out. */
  private void accumulate(double[] theta, int from, int to, double[] out) {
    double r = Math.exp(theta[0]);
    double alpha0 = Math.exp(theta[1]);
    double c0 = Math.exp(theta[2]);
    double d0 = Math.exp(theta[3]);
    double lgR = Gamma.logGamma(r);
    double psiR = SpecialFunctions.digamma(r);
    double[] g = new double[4];
    double[] scratch = new double[8];
    // ln Gamma(r + x) - ln Gamma(r) and psi(r + x) - psi(r) depend on x only
    double[] lgDiff = null;
    double[] psiDiff = null;
    if (pareto && maxX < CACHED_X) {
      lgDiff = new double[maxX + 1];
      psiDiff = new double[maxX + 1];
      java.util.Arrays.fill(lgDiff, Double.NaN);
    }
    for (int i = from; i < to; i++) {
      double etaP = 0;
      for (int j = 0; j < kp; j++) {
        etaP += theta[4 + j] * zp[i * kp + j];
      }
      double etaA = 0;
      double etaB = 0;
      for (int j = 0; j < kd; j++) {
        double w = zd[i * kd + j];
        etaA += theta[4 + kp + j] * w;
        if (!pareto) {
          etaB += theta[4 + kp + kd + j] * w;
        }
      }
      double alpha = alpha0 * Math.exp(-etaP);
      double v;
      // g receives d ll / d ln(r, alpha_i, c_i, d_i)
      if (pareto) {
        double beta = d0 * Math.exp(-etaA);
        int xi = x[i];
        double lg;
        double psi;
        if (lgDiff != null && psiDiff != null) {
          if (Double.isNaN(lgDiff[xi])) {
            lgDiff[xi] = Gamma.logGamma(r + xi) - lgR;
            psiDiff[xi] = SpecialFunctions.digamma(r + xi) - psiR;
          }
          lg = lgDiff[xi];
          psi = psiDiff[xi];
        } else {
          lg = Gamma.logGamma(r + xi) - lgR;
          psi = SpecialFunctions.digamma(r + xi) - psiR;
        }
        v =
            ParetoLikelihood.single(
                r,
                alpha,
                c0,
                beta,
                Math.log(alpha),
                Math.log(beta),
                xi,
                tx[i],
                age[i],
                lg,
                psi,
                g,
                scratch);
        g[0] *= r;
        g[1] *= alpha;
        g[2] *= c0;
        g[3] *= beta;
      } else {
        double a = c0 * Math.exp(etaA);
        double b = d0 * Math.exp(etaB);
        v = bgNbd(r, alpha, a, b, x[i], tx[i], age[i], lgR, psiR, g);
      }
      out[0] += v;
      out[1] += g[0];
      out[2] += g[1];
      out[3] += g[2];
      out[4] += g[3];
      for (int j = 0; j < kp; j++) {
        out[5 + j] -= g[1] * zp[i * kp + j];
      }
      for (int j = 0; j < kd; j++) {
        double w = zd[i * kd + j];
        if (pareto) {
          out[5 + kp + j] -= g[3] * w;
        } else {
          out[5 + kp + j] += g[2] * w;
          out[5 + kp + kd + j] += g[3] * w;
        }
      }
    }
  }

  /**
   * One BG/NBD customer's log-likelihood (Fader, Hardie and Lee 2005, eq. 6, in log space as in
   * {@link NbdFamily#logLikelihood}) and its gradient with respect to {@code (ln r, ln alpha, ln a,
   * ln b)}: with {@code D = ln a - ln(b + x - 1) + (r + x) ln((alpha + T) / (alpha + t_x))} and
   * {@code pi = [x > 0] e^D / (1 + e^D)},
   *
   * <pre>
   * d/dr = psi(r + x) - psi(r) + ln alpha - ln(alpha + T) + pi ln((alpha + T) / (alpha + t_x))
   * d/dalpha = r / alpha - (r + x) / (alpha + T) + pi (r + x) (1 / (alpha + T) - 1 / (alpha + t_x))
   * d/da = psi(a + b) - psi(a + b + x) + pi / a
   * d/db = psi(b + x) - psi(b) + psi(a + b) - psi(a + b + x) - pi / (b + x - 1)
   * </pre>
   */
  static double bgNbd(
      double r,
      double alpha,
      double a,
      double b,
      int x,
      double tx,
      double age,
      double lgR,
      double psiR,
      double[] g) {
    double k = r + x;
    double lAT = Math.log(alpha + age);
    double lAtx = Math.log(alpha + tx);
    double lnAlpha = Math.log(alpha);
    double value =
        Gamma.logGamma(k)
            - lgR
            + r * lnAlpha
            + Gamma.logGamma(a)
            + Gamma.logGamma(b + x)
            - Gamma.logGamma(a + b + x)
            - (Gamma.logGamma(a) + Gamma.logGamma(b) - Gamma.logGamma(a + b))
            - k * lAT;
    double pi = 0;
    if (x > 0) {
      double d = Math.log(a) - Math.log(b + x - 1) + k * (lAT - lAtx);
      value += NbdFamily.softplus(d);
      pi = 1.0 - NbdFamily.aliveGivenLogOdds(d);
    }
    double psiAbx = SpecialFunctions.digamma(a + b + x);
    double psiAb = SpecialFunctions.digamma(a + b);
    double dr = SpecialFunctions.digamma(k) - psiR + lnAlpha - lAT + pi * (lAT - lAtx);
    double dAlpha = r / alpha - k / (alpha + age) + pi * k * (1 / (alpha + age) - 1 / (alpha + tx));
    double da = psiAb - psiAbx + (x > 0 ? pi / a : 0.0);
    double db =
        (x > 0 ? SpecialFunctions.digamma(b + x) - SpecialFunctions.digamma(b) : 0.0)
            + psiAb
            - psiAbx
            - (x > 0 ? pi / (b + x - 1) : 0.0);
    g[0] = dr * r;
    g[1] = dAlpha * alpha;
    g[2] = da * a;
    g[3] = db * b;
    return value;
  }
}
