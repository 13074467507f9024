/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.hipparchus.special.Gamma;

/**
 * The Pareto/NBD log-likelihood of Fader and Hardie (2005, "A note on deriving the Pareto/NBD model
 * and related expressions", eq. 22-24) in log space, with its analytic gradient:
 *
 * <pre>
 * L = G(r+x) alpha^r beta^s / G(r) * [ (alpha+T)^-(r+x) (beta+T)^-s + s / (r+s+x) * A0 ]
 * A0 = F(t_x) - F(T),  F(y) = 2F1(r+s+x, b1; r+s+x+1; |alpha-beta| / (m+y)) / (m+y)^(r+s+x)
 * </pre>
 *
 * with {@code m = max(alpha, beta)} and {@code b1 = s + 1} when {@code alpha >= beta}, {@code b1 =
 * r + x} otherwise. The 2F1 is computed by {@link Hyp2F1#logAPlusOne}; the difference {@code A0} as
 * {@code F(t_x) (1 - exp(log F(T) - log F(t_x)))} with {@code expm1}, and the sum of the two
 * branches by log-sum-exp, so nothing overflows for large x or T. Where the series would need more
 * than {@link #SERIES_TERMS} terms ({@code z} near 1: one scale parameter far above the other and
 * the horizon), the dropout term is integrated numerically by {@link DropoutIntegral}.
 */
final class ParetoLikelihood implements Bfgs.Objective {
  private static final int PARALLEL_THRESHOLD = 5_000;
  private static final int CHUNKS = 32;

  /**
   * Series terms summed at most before the dropout term is integrated by {@link DropoutIntegral}
   * instead (the series needs about {@code 1 / (1 - z)} terms).
   */
  static final int SERIES_TERMS = 1_000;

  private final Patterns p;

  ParetoLikelihood(Patterns p) {
    this.p = p;
  }

  @Override
  public double value(double[] theta, double[] grad) {
    double r = Math.exp(theta[0]);
    double alpha = Math.exp(theta[1]);
    double s = Math.exp(theta[2]);
    double beta = Math.exp(theta[3]);
    if (!(r > 0 && alpha > 0 && s > 0 && beta > 0) || !Double.isFinite(r + alpha + s + beta)) {
      return Double.NaN;
    }
    int nx = p.distinctX.length;
    double[] cx = new double[nx];
    double[] drx = new double[nx];
    double lgR = Gamma.logGamma(r);
    double psiR = SpecialFunctions.digamma(r);
    for (int i = 0; i < nx; i++) {
      int x = p.distinctX[i];
      cx[i] = Gamma.logGamma(r + x) - lgR;
      drx[i] = SpecialFunctions.digamma(r + x) - psiR;
    }
    double[] total = new double[5];
    if (p.size < PARALLEL_THRESHOLD) {
      accumulate(0, p.size, r, alpha, s, beta, cx, drx, total);
    } else {
      double[][] parts = new double[CHUNKS][5];
      int chunk = (p.size + CHUNKS - 1) / CHUNKS;
      IntStream.range(0, CHUNKS)
          .parallel()
          .forEach(
              c ->
                  accumulate(
                      c * chunk,
                      Math.min(p.size, (c + 1) * chunk),
                      r,
                      alpha,
                      s,
                      beta,
                      cx,
                      drx,
                      parts[c]));
      for (double[] part : parts) {
        for (int j = 0; j < 5; j++) {
          total[j] += part[j];
        }
      }
    }
    if (!Double.isFinite(total[0])) {
      return Double.NaN;
    }
    grad[0] = -total[1] * r;
    grad[1] = -total[2] * alpha;
    grad[2] = -total[3] * s;
    grad[3] = -total[4] * beta;
    return -total[0];
  }

  private void accumulate(
      int from,
      int to,
      double r,
      double alpha,
      double s,
      double beta,
      double[] cx,
      double[] drx,
      double[] out) {
    double[] g = new double[4];
    double[] scratch = new double[8];
    double lnAlpha = Math.log(alpha);
    double lnBeta = Math.log(beta);
    double ll = 0;
    double[] sums = new double[4];
    for (int i = from; i < to; i++) {
      int xi = p.xIndex[i];
      double w = p.weight[i];
      double v =
          single(
              r, alpha, s, beta, lnAlpha, lnBeta, p.x[i], p.tx[i], p.age[i], cx[xi], drx[xi], g,
              scratch);
      ll += w * v;
      for (int j = 0; j < 4; j++) {
        sums[j] += w * g[j];
      }
    }
    out[0] += ll;
    for (int j = 0; j < 4; j++) {
      out[j + 1] += sums[j];
    }
  }

  /**
   * One customer's log-likelihood and gradient with respect to (r, alpha, s, beta).
   *
   * @return the log-likelihood; {@code g} receives the gradient; {@code scratch[0]} receives the
   *     log of the "alive at T" branch minus the log-likelihood (log P(alive))
   */
  static double single(
      double r,
      double alpha,
      double s,
      double beta,
      double lnAlpha,
      double lnBeta,
      int x,
      double tx,
      double age,
      double lgDiff,
      double psiDiff,
      double[] g,
      double[] scratch) {
    double k = r + x;
    double lAT = Math.log(alpha + age);
    double lBT = Math.log(beta + age);
    double l1 = -k * lAT - s * lBT;
    double[] g1 = {-lAT, -k / (alpha + age), -lBT, -s / (beta + age)};
    double l2 = Double.NEGATIVE_INFINITY;
    double[] g2 = new double[4];
    if (tx < age) {
      l2 = logDropout(r, alpha, s, beta, x, tx, age, g2);
      if (Double.isNaN(l2)) {
        return Double.NaN;
      }
    }
    double max = Math.max(l1, l2);
    double e1 = Math.exp(l1 - max);
    double e2 = Math.exp(l2 - max);
    double lse = max + Math.log(e1 + e2);
    double w1 = e1 / (e1 + e2);
    double w2 = e2 / (e1 + e2);
    double value = lgDiff + r * lnAlpha + s * lnBeta + lse;
    g[0] = psiDiff + lnAlpha + w1 * g1[0] + w2 * g2[0];
    g[1] = r / alpha + w1 * g1[1] + w2 * g2[1];
    g[2] = lnBeta + w1 * g1[2] + w2 * g2[2];
    g[3] = s / beta + w1 * g1[3] + w2 * g2[3];
    scratch[0] = l1 - lse;
    return value;
  }

  /**
   * The dropout term {@code log(s int_lo^hi (alpha + tau)^-(r+x) (beta + tau)^-(s+1) dtau)} for
   * {@code lo < hi} (Fader and Hardie 2005, eq. 22: {@code log(s / (r+s+x) (F(lo) - F(hi)))}) and
   * its gradient with respect to (r, alpha, s, beta); by {@link DropoutIntegral} where the series
   * would be too long; {@code -Infinity} if the difference underflows, NaN if nothing converged.
   */
  static double logDropout(
      double r, double alpha, double s, double beta, int x, double lo, double hi, double[] g2) {
    double a = r + s + x;
    double[] ftx = new double[4];
    double[] fT = new double[4];
    double logFtx = logF(r, alpha, s, beta, x, lo, ftx);
    double logFT = Double.isNaN(logFtx) ? Double.NaN : logF(r, alpha, s, beta, x, hi, fT);
    double diff = logFT - logFtx;
    if (Double.isNaN(logFtx) || Double.isNaN(logFT)) {
      // the series is too long for these parameters: integrate the dropout term instead
      return DropoutIntegral.logValue(r, alpha, s, beta, x, lo, hi, g2);
    }
    if (!(diff < 0)) {
      Arrays.fill(g2, 0.0);
      return Double.NEGATIVE_INFINITY;
    }
    double rho = Math.exp(diff);
    double logA0 = logFtx + Math.log(-Math.expm1(diff));
    double inv = 1.0 / (1.0 - rho);
    for (int j = 0; j < 4; j++) {
      g2[j] = (ftx[j] - rho * fT[j]) * inv;
    }
    g2[0] -= 1.0 / a;
    g2[2] += 1.0 / s - 1.0 / a;
    return Math.log(s) - Math.log(a) + logA0;
  }

  /** log F(y) and its gradient with respect to (r, alpha, s, beta). */
  static double logF(
      double r, double alpha, double s, double beta, int x, double y, double[] grad) {
    return logF(r, alpha, s, beta, x, y, grad, SERIES_TERMS);
  }

  /** log F(y) and its gradient, summing at most {@code maxTerms} series terms (else NaN). */
  static double logF(
      double r, double alpha, double s, double beta, int x, double y, double[] grad, int maxTerms) {
    double a = r + s + x;
    double[] h = new double[3];
    if (alpha >= beta) {
      double my = alpha + y;
      double z = (alpha - beta) / my;
      double lh = Hyp2F1.logAPlusOne(a, s + 1, z, h, maxTerms);
      double lmy = Math.log(my);
      grad[0] = h[0] - lmy;
      grad[1] = h[2] * (y + beta) / (my * my) - a / my;
      grad[2] = h[0] + h[1] - lmy;
      grad[3] = -h[2] / my;
      return lh - a * lmy;
    }
    double my = beta + y;
    double z = (beta - alpha) / my;
    double lh = Hyp2F1.logAPlusOne(a, r + x, z, h, maxTerms);
    double lmy = Math.log(my);
    grad[0] = h[0] + h[1] - lmy;
    grad[1] = -h[2] / my;
    grad[2] = h[0] - lmy;
    grad[3] = h[2] * (y + alpha) / (my * my) - a / my;
    return lh - a * lmy;
  }
}
