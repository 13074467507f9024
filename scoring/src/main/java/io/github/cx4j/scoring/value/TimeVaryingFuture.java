/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * One customer's future under the Pareto/NBD with time-varying covariates, given its history and
 * its covariate path through T (Bachmann, Meierer and Näf 2021, "The role of time-varying
 * contextual factors in latent attrition models for customer base analysis", Marketing Science
 * 40(4)): alive at T with probability {@link #alive}, and then {@code lambda ~ Gamma(r + x, alpha +
 * A(T))}, {@code mu ~ Gamma(s, beta + C(T))} (the likelihood's kernels in lambda and mu), purchases
 * at rate {@code lambda a(u)} and dropout at rate {@code mu c(u)} along the path after T, where
 * {@code a} and {@code c} are the covariate multipliers, constant on each piece.
 *
 * <p>With {@code B = beta + C(T)} and {@code D(u) = C(T + u) - C(T)}, the customer is alive at
 * {@code T + u} with probability {@code (B / (B + D(u)))^s}, so
 *
 * <ul>
 *   <li>the expected purchases in {@code (T, T + t]} are {@code P(alive) (r + x) / (alpha + A(T))
 *       int_0^t a(u) (B / (B + D(u)))^s du}, in closed form on each piece;
 *   <li>DERT, {@code int_0^inf e^(-delta u)} of the same integrand, is on a piece starting at U
 *       with {@code B' = B + D(U)} and {@code z = delta B' / c} equal to {@code a e^(-delta U)
 *       (B/B')^s (B'/c) [I_s(z) - e^(-z H) (1 + H)^(1-s) I_s(z (1 + H))]}, {@code H = c h / B'},
 *       {@code I_s(z) = e^z E_s(z)} (as in {@link
 *       ParetoNbdModel#discountedExpectedResidualTransactions}, Fader, Hardie and Lee 2005), and
 *       after the path's last piece the covariates are held at their last values (the tail, {@code
 *       H} infinite). With zero effects the pieces telescope to the Pareto/NBD's DERT;
 *   <li>the number of purchases, given alive, is {@code P(Y = y) = S(t) NB(y; A_f(t)) + int_0^t
 *       f(u) NB(y; A_f(u)) du} with {@code A_f(u) = A(T + u) - A(T)} the exposure, S the lifetime's
 *       survival and f its density (the static Pareto/NBD's mixture of Fader and Hardie 2005, "A
 *       note on deriving the Pareto/NBD model", on the covariates' clock). In {@code v = ln(1 +
 *       D(u) / B)} the density is {@code s e^(-s v)}; 16-point Gauss-Legendre panels of width at
 *       most {@code min(1/2, 2/s)} within each piece (split at the pieces, where the exposure has
 *       kinks) up to {@code v = 40 / s} take the integral, as {@link FutureCounts} does for the
 *       static model.
 * </ul>
 */
final class TimeVaryingFuture {
  private static final int POINTS = 16;
  private static final int MAX_PANELS = 64;
  private static final double[] NODES = new double[POINTS];
  private static final double[] WEIGHTS = new double[POINTS];

  static {
    GaussIntegrator g = new GaussIntegratorFactory().legendre(POINTS, 0.0, 1.0);
    for (int i = 0; i < POINTS; i++) {
      NODES[i] = g.getPoint(i);
      WEIGHTS[i] = g.getWeight(i);
    }
  }

  /** P(alive at T). */
  final double alive;

  /** {@code r + x}. */
  final double shape;

  /** {@code alpha + A(T)}. */
  final double rate;

  final double s;

  /** {@code B = beta + C(T)}. */
  final double scale;

  /** The pieces after T: start (time after T), length, multipliers. */
  private final double[] from;

  private final double[] length;
  private final double[] a;
  private final double[] c;

  /** At each piece's start: {@code A_f}, {@code D} and {@code int_0^U a (B / (B + D))^s}. */
  private final double[] exposure;

  private final double[] dropout;
  private final double[] integral;

  /** The multipliers held after the last piece. */
  private final double lastA;

  private final double lastC;

  TimeVaryingFuture(
      double alive,
      double shape,
      double rate,
      double s,
      double scale,
      double[] from,
      double[] length,
      double[] a,
      double[] c,
      double lastA,
      double lastC) {
    this.alive = alive;
    this.shape = shape;
    this.rate = rate;
    this.s = s;
    this.scale = scale;
    this.from = from;
    this.length = length;
    this.a = a;
    this.c = c;
    this.lastA = lastA;
    this.lastC = lastC;
    int m = from.length;
    exposure = new double[m];
    dropout = new double[m];
    integral = new double[m];
    for (int j = 1; j < m; j++) {
      exposure[j] = exposure[j - 1] + a[j - 1] * length[j - 1];
      dropout[j] = dropout[j - 1] + c[j - 1] * length[j - 1];
      integral[j] = integral[j - 1] + segment(j - 1, length[j - 1]);
    }
  }

  /** The end of the path after T. */
  double end() {
    int m = from.length;
    return m == 0 ? 0.0 : from[m - 1] + length[m - 1];
  }

  /** {@code a int_0^h (B / (B + D0 + c u))^s du} on piece j. */
  private double segment(int j, double h) {
    double b = scale;
    double cum = dropout[j];
    double l0 = Math.log1p(cum / b);
    double l1 = Math.log1p((cum + c[j] * h) / b);
    double sm1 = s - 1;
    double part =
        Math.abs(sm1) < 1e-12
            ? (l1 - l0)
            : -Math.exp(-sm1 * l0) * Math.expm1(-sm1 * (l1 - l0)) / sm1;
    return a[j] * b / c[j] * part;
  }

  /** {@code int_0^u a (B / (B + D))^s} for u within the path. */
  private double cumulative(double u) {
    if (u <= 0 || from.length == 0) {
      return 0.0;
    }
    int j = Arrays.binarySearch(from, u);
    if (j < 0) {
      j = -j - 2;
    }
    return integral[j] + segment(j, Math.min(u - from[j], length[j]));
  }

  private void requireWithin(double t) {
    double end = end();
    if (t > end + 1e-9 * Math.max(1.0, end)) {
      throw CxValidationException.of(
          "TimeVaryingFit.t", "be within the covariate path after T (" + end + ")", t);
    }
  }

  /** E[purchases in (T, T + t]], alive or not. */
  double expected(double t) {
    requireWithin(t);
    return alive * shape / rate * cumulative(t);
  }

  /**
   * The discounted expected purchases over a horizon, period by period as {@link
   * PurchaseModel#discountedExpectedPurchases}: the purchases of {@code ((k-1) period, k period]}
   * discounted by {@code (1 + rate)^-k}.
   */
  double discounted(double horizon, double period, double discountRate) {
    requireWithin(horizon);
    int periods = (int) Math.ceil(horizon / period - 1e-12);
    double previous = 0;
    double total = 0;
    double factor = 1.0;
    for (int k = 1; k <= periods; k++) {
      double now = cumulative(Math.min(horizon, k * period));
      factor /= 1.0 + discountRate;
      total += (now - previous) * factor;
      previous = now;
    }
    return alive * shape / rate * total;
  }

  /** DERT at the continuously compounded rate delta per time unit (see the class comment). */
  double residual(double delta) {
    double total = 0;
    int m = from.length;
    for (int j = 0; j < m; j++) {
      total += piece(delta, from[j], dropout[j], a[j], c[j], length[j]);
    }
    double u = end();
    double d = m == 0 ? 0.0 : dropout[m - 1] + c[m - 1] * length[m - 1];
    total += piece(delta, u, d, lastA, lastC, Double.POSITIVE_INFINITY);
    return alive * shape / rate * total;
  }

  /** {@code int_U^(U + h) e^(-delta u) a (B / (B + D))^s du} on one piece (h may be infinite). */
  private double piece(double delta, double start, double d0, double aj, double cj, double h) {
    double bp = scale + d0;
    double z = delta * bp / cj;
    double front = aj * Math.exp(-delta * start - s * Math.log1p(d0 / scale)) * bp / cj;
    double head = SpecialFunctions.scaledExpIntegralE(s, z);
    if (h == Double.POSITIVE_INFINITY) {
      return front * head;
    }
    double big = cj * h / bp;
    double tail =
        Math.exp(-z * big + (1 - s) * Math.log1p(big))
            * SpecialFunctions.scaledExpIntegralE(s, z * (1 + big));
    return front * (head - tail);
  }

  /** The distribution of the purchases in {@code (T, T + t]} given alive at T. */
  FutureCounts counts(double t) {
    requireWithin(t);
    return new Counts(t);
  }

  /** The negative-binomial mixture over the lifetime on the covariates' clock. */
  private final class Counts extends FutureCounts {
    private final FutureCounts.NbTerms atHorizon;
    private final double survival;
    private final FutureCounts.NbTerms[] atDeath;
    private final double[] weight;

    Counts(double t) {
      double cap = 40.0 / s;
      double maxWidth = Math.min(0.5, 2.0 / s);
      int m = from.length;
      double[] nodesTau = new double[64];
      double[] nodesWeight = new double[64];
      int count = 0;
      double vEnd = 0;
      double exposureEnd = 0;
      for (int j = 0; j < m && from[j] < t; j++) {
        double h = Math.min(length[j], t - from[j]);
        double bp = scale + dropout[j];
        double v0 = Math.log1p(dropout[j] / scale);
        double v1 = Math.log1p((dropout[j] + c[j] * h) / scale);
        vEnd = v1;
        exposureEnd = exposure[j] + a[j] * h;
        double upper = Math.min(v1, cap);
        if (!(upper > v0)) {
          continue;
        }
        int panels = (int) Math.min(MAX_PANELS, Math.ceil((upper - v0) / maxWidth - 1e-9));
        panels = Math.max(1, panels);
        double width = (upper - v0) / panels;
        for (int k = 0; k < panels; k++) {
          for (int i = 0; i < POINTS; i++) {
            double v = v0 + (k + NODES[i]) * width;
            double w = Math.min(h, bp * Math.expm1(v - v0) / c[j]);
            if (count == nodesTau.length) {
              nodesTau = Arrays.copyOf(nodesTau, count * 2);
              nodesWeight = Arrays.copyOf(nodesWeight, count * 2);
            }
            nodesTau[count] = exposure[j] + a[j] * w;
            nodesWeight[count] = WEIGHTS[i] * width * s * Math.exp(-s * v);
            count++;
          }
        }
      }
      survival = Math.exp(-s * vEnd);
      atHorizon = new FutureCounts.NbTerms(shape, rate, exposureEnd);
      atDeath = new FutureCounts.NbTerms[count];
      weight = Arrays.copyOf(nodesWeight, count);
      for (int k = 0; k < count; k++) {
        atDeath[k] = new FutureCounts.NbTerms(shape, rate, nodesTau[k]);
      }
    }

    @Override
    double next() {
      double value = survival * atHorizon.next();
      for (int i = 0; i < atDeath.length; i++) {
        value += weight[i] * atDeath[i].next();
      }
      return value;
    }
  }

  /**
   * One simulated discounted value of the purchases in {@code (T, T + horizon]} of the customer
   * alive at T: the rates drawn from their posterior, dropout and purchases along the path, each
   * purchase worth a Gamma(p, nu) amount discounted by {@code (1 + rate)^-ceil(tau / period)}, as
   * {@link FutureSimulation#discountedValue} for the static models.
   */
  double discountedValue(
      SplittableRandom rng,
      double horizon,
      double period,
      double logDiscount,
      double p,
      double nu) {
    double lambda = Sampling.gamma(rng, shape, rate);
    double mu = Sampling.gamma(rng, s, scale);
    double hazard = Sampling.exponential(rng, 1.0);
    double total = 0;
    for (int j = 0; j < from.length && from[j] < horizon; j++) {
      double lo = from[j];
      double hi = Math.min(horizon, lo + length[j]);
      double death = mu * c[j];
      double stop = hi;
      boolean dies = hazard < death * (hi - lo);
      if (dies) {
        stop = lo + hazard / death;
      } else {
        hazard -= death * (hi - lo);
      }
      double buy = lambda * a[j];
      double tau = lo + Sampling.exponential(rng, buy);
      while (tau < stop) {
        double k = Math.ceil(tau / period - 1e-12);
        total += Sampling.gamma(rng, p, nu) * Math.exp(-k * logDiscount);
        tau += Sampling.exponential(rng, buy);
      }
      if (dies) {
        break;
      }
    }
    return total;
  }
}
