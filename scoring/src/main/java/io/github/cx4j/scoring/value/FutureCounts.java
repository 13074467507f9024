/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import org.hipparchus.analysis.integration.gauss.GaussIntegrator;
import org.hipparchus.analysis.integration.gauss.GaussIntegratorFactory;

/**
 * The distribution of the number of purchases in {@code (T, T + t]} of a customer who is alive at
 * T, term by term: {@link #next()} returns {@code P(Y = 0 | alive)}, then {@code P(Y = 1 | alive)},
 * and so on. Given alive at T each model's future is a new customer of the same model with the
 * posterior parameters (BG/NBD and MBG/NBD: lambda ~ Gamma(r + x, alpha + T), p ~ Beta(a, b + x +
 * m), dropout after each purchase; Pareto/NBD: lambda ~ Gamma(r + x, alpha + T), mu ~ Gamma(s, beta
 * + T); BG/BB: p ~ Beta(alpha + x, beta + n - x), theta ~ Beta(gamma, delta + n)).
 */
abstract class FutureCounts {
  /** Purchases beyond this are refused (a distribution that far out is not a prediction). */
  static final int MAX_COUNT = 10_000_000;

  /**
   * The next probability, starting at {@code P(Y = 0 | alive)}.
   *
   * @return the probability of the next count
   */
  abstract double next();

  /**
   * The future counts of a customer alive at T.
   *
   * @param model the model
   * @param t the future period, validated by the caller
   * @param x frequency
   * @param age T (for BG/BB the opportunities n)
   * @return the distribution, term by term
   */
  static FutureCounts of(PurchaseModel model, double t, int x, double age) {
    if (model instanceof BgNbdModel m) {
      return new Nbd(m.r() + x, m.alpha() + age, m.a(), m.b() + x, t);
    }
    if (model instanceof MbgNbdModel m) {
      return new Nbd(m.r() + x, m.alpha() + age, m.a(), m.b() + x + 1, t);
    }
    if (model instanceof ParetoNbdModel m) {
      return new Pareto(m.r() + x, m.alpha() + age, m.s(), m.beta() + age, t);
    }
    if (model instanceof BgBbModel m) {
      return new BgBbCounts(m.alpha() + x, m.beta() + age - x, m.gamma(), m.delta() + age, (int) t);
    }
    throw CxValidationException.of(
        "PredictionIntervals.model",
        "be bgnbd, mbgnbd, paretonbd or bgbb (a model with a predictive distribution)",
        model.kind().id());
  }

  /**
   * The negative-binomial terms {@code P(N(tau) = y)} of a Poisson count with rate lambda ~
   * Gamma(r, alpha) over {@code (0, tau]}, by the recursion {@code P(y + 1) = P(y) (r + y) / (y +
   * 1) q}, {@code q = tau / (alpha + tau)}; in log space where {@code P(0) = (alpha / (alpha +
   * tau))^r} underflows.
   */
  static final class NbTerms {
    private final double r;
    private final double q;
    private final double logQ;
    private final boolean inLogs;
    private double term;
    private double logTerm;
    private int y;

    NbTerms(double r, double alpha, double tau) {
      this.r = r;
      this.q = tau / (alpha + tau);
      this.logQ = Math.log(q);
      this.logTerm = -r * Math.log1p(tau / alpha);
      this.inLogs = logTerm < -600;
      this.term = Math.exp(logTerm);
    }

    /** The current term {@code P(N = y)}, then advances y. */
    double next() {
      double current = inLogs ? Math.exp(logTerm) : term;
      double ratio = (r + y) / (y + 1.0);
      if (inLogs) {
        logTerm += Math.log(ratio) + logQ;
      } else {
        term *= ratio * q;
      }
      y++;
      return current;
    }
  }

  /**
   * BG/NBD with posterior parameters (Fader, Hardie and Lee 2005, eq. 8, for a customer alive at
   * the start): {@code P(y) = B(a, b + y) / B(a, b) NB(y) + [y > 0] B(a + 1, b + y - 1) / B(a, b)
   * (1 - sum_{j < y} NB(j))}, the Beta ratios by recursion in y.
   */
  static final class Nbd extends FutureCounts {
    private final NbTerms nb;
    private final double a;
    private final double b;
    private double aliveRatio = 1.0;
    private double deadRatio;
    private double nbSum;
    private int y;

    Nbd(double r, double alpha, double a, double b, double t) {
      this.nb = new NbTerms(r, alpha, t);
      this.a = a;
      this.b = b;
      this.deadRatio = a / (a + b);
    }

    @Override
    double next() {
      double term = nb.next();
      double value;
      if (y == 0) {
        value = term;
      } else {
        aliveRatio *= (b + y - 1) / (a + b + y - 1);
        if (y > 1) {
          deadRatio *= (b + y - 2) / (a + b + y - 1);
        }
        value = aliveRatio * term + deadRatio * Math.max(0.0, 1.0 - nbSum);
      }
      nbSum += term;
      y++;
      return value;
    }
  }

  /**
   * Pareto/NBD with posterior parameters: {@code P(y) = NB(y; t) S(t) + int_0^t NB(y; tau) f(tau)
   * dtau} (Fader and Hardie 2005, "A note on deriving the Pareto/NBD model", the purchases of a
   * customer alive through t or dying at tau), with the lifetime's survival {@code S(t) = (beta /
   * (beta + t))^s} and density f. In {@code u = ln(1 + tau / beta)} the lifetime's density is
   * {@code s e^(-s u)}; the integral is taken by 16-point Gauss-Legendre quadrature on panels of
   * width at most {@code min(1/2, 2/s)} up to {@code min(ln(1 + t / beta), 40 / s)} (beyond, the
   * density is below {@code e^-40}), so that both the exponential and the negative-binomial term
   * are resolved; the negative-binomial recursion then runs at each node's lifetime.
   */
  static final class Pareto extends FutureCounts {
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

    private final NbTerms atHorizon;
    private final double survival;
    private final NbTerms[] atDeath;
    private final double[] weight;

    Pareto(double r, double alpha, double s, double beta, double t) {
      double end = Math.log1p(t / beta);
      this.survival = Math.exp(-s * end);
      this.atHorizon = new NbTerms(r, alpha, t);
      double upper = Math.min(end, 40.0 / s);
      int panels =
          upper == 0
              ? 0
              : (int) Math.min(MAX_PANELS, Math.ceil(upper / Math.min(0.5, 2.0 / s) - 1e-9));
      double width = panels == 0 ? 0 : upper / panels;
      atDeath = new NbTerms[panels * POINTS];
      weight = new double[panels * POINTS];
      for (int k = 0; k < panels; k++) {
        for (int i = 0; i < POINTS; i++) {
          double u = (k + NODES[i]) * width;
          double tau = Math.min(t, beta * Math.expm1(u));
          atDeath[k * POINTS + i] = new NbTerms(r, alpha, tau);
          weight[k * POINTS + i] = WEIGHTS[i] * width * s * Math.exp(-s * u);
        }
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
   * BG/BB with posterior parameters over t opportunities: the customer is alive at exactly l of
   * them with probability {@code E[(1 - theta)^l] - E[(1 - theta)^(l + 1)]} ({@code l < t}) or
   * {@code E[(1 - theta)^t]}, {@code E[(1 - theta)^l] = B(gamma, delta + l) / B(gamma, delta)}, and
   * buys at each of them with probability p ~ Beta(alpha, beta): {@code P(y) = sum_{l >= y} P(L =
   * l) BB(y; l, alpha, beta)} (the beta-binomial), O(t^2) by recursions.
   */
  static final class BgBbCounts extends FutureCounts {
    private final double[] pmf;
    private int y;

    BgBbCounts(double alpha, double beta, double gamma, double delta, int t) {
      double[] aliveFor = new double[t + 1];
      double survive = 1.0;
      for (int l = 0; l <= t; l++) {
        double nextSurvive = survive * (delta + l) / (gamma + delta + l);
        aliveFor[l] = l < t ? survive - nextSurvive : survive;
        survive = nextSurvive;
      }
      pmf = new double[t + 1];
      double first = 1.0; // BB(y; y) = prod_{i < y} (alpha + i) / (alpha + beta + i)
      for (int k = 0; k <= t; k++) {
        double bb = first;
        double sum = 0;
        for (int l = k; l <= t; l++) {
          sum += aliveFor[l] * bb;
          // BB(k; l + 1) / BB(k; l)
          bb *= (l + 1.0) / (l + 1.0 - k) * (beta + l - k) / (alpha + beta + l);
        }
        pmf[k] = sum;
        first *= (alpha + k) / (alpha + beta + k);
      }
    }

    @Override
    double next() {
      return y < pmf.length ? pmf[y++] : 0.0;
    }
  }
}
