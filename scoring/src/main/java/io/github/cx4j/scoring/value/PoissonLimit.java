/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.scoring.internal.Cholesky;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * The boundary of the BG/NBD (m = 0) and MBG/NBD (m = 1) fits where the Gamma mixing of purchase
 * rates collapses onto one rate: r and alpha run to infinity with {@code lambda = r / alpha} fixed
 * (Gamma(r, alpha) has mean {@code r / alpha} and variance {@code r / alpha^2 -> 0}), which is what
 * the likelihood does when the data show no spread in purchase rates. The numerical optimiser then
 * walks along the ray until its steps no longer change the objective at machine precision (or its
 * line search fails on the rounding of terms of size {@code r ln alpha}), and the parameters it
 * stops at mean nothing but their ratio.
 *
 * <p>In the limit every customer buys at rate lambda while alive, and the per-customer
 * log-likelihood of Fader, Hardie and Lee (2005, eq. 6; Batislam et al. 2007 for m = 1) becomes
 *
 * <pre>
 * ll = x ln(lambda) - lambda T + lnB(a, b+x+m) - lnB(a, b) + softplus(D),
 * D  = ln(a) - ln(b+x+m-1) + lambda (T - t_x)
 * </pre>
 *
 * (the softplus term only where {@code m = 1 or x > 0}), the limit of {@code lnG(r+x) - lnG(r) + r
 * ln(alpha) - (r+x) ln(alpha+T) -> x ln(lambda) - lambda T} and {@code (r+x) ln((alpha+T)/(alpha +
 * t_x)) -> lambda (T - t_x)}. This class fits that three-parameter model and decides whether the
 * supremum lies there: the full fit went to {@code r > }{@link #SHAPE} and, at the limit's optimum,
 * the score for a rate spread is not positive. That score is the derivative of the log-likelihood
 * in the rate variance v at v = 0: mixing {@code f(lambda) = lambda^x e^(-lambda s)} over rates
 * with mean lambda and variance v gives {@code E f = f + v f'' / 2 + O(v^2)} (the third central
 * moment of the Gamma is {@code O(v^2)}), so the score is {@code sum_i w_i (A f_T'' + B f_tx'') /
 * (2 (A f_T + B f_tx))} with A and B the two branches' Beta factors and {@code f'' = f ((x / lambda
 * - s)^2 - x / lambda^2)}. A negative score means any spread lowers the likelihood: the limit is
 * the maximum.
 */
final class PoissonLimit {
  /**
   * A full fit with r above this (rates with a coefficient of variation {@code 1 / sqrt(r)} below
   * 1%) is checked against the Poisson limit.
   */
  static final double SHAPE = 1e4;

  /**
   * The r reported for a fit in the limit, with {@code alpha = R / lambda}: a stand-in for infinity
   * at which the model's predictions equal the limit's ({@link NbdFamily#poissonLimitHolds}: to
   * about 1e-10 relative where {@code lambda t max(1, lambda t) <= 200} over the horizon t).
   */
  static final double REPORTED_R = 1e12;

  /** The start of the message of a fit that ended in the Poisson limit. */
  static final String MESSAGE = "converged at the boundary: the Poisson limit";

  private PoissonLimit() {}

  /**
   * The fit to return: the given one, or, where it ran to the Poisson limit and the limit is the
   * maximum (see the class comment), the limit's fit with r = {@link #REPORTED_R}, alpha = {@code r
   * / lambda}, the limit's log-likelihood, standard errors for a and b and a message naming the
   * limit and the rate. A penalised fit is returned as it is (its penalty keeps r finite).
   */
  static ValueFit atBoundary(ValueFit fit, Patterns p, int m, FitOptions options) {
    double r = fit.param("r");
    if (options.penalty() > 0 || !(r > SHAPE)) {
      return fit;
    }
    Objective limit = new Objective(p, m);
    double[] start = {
      Math.log(r / fit.param("alpha")), Math.log(fit.param("a")), Math.log(fit.param("b"))
    };
    Bfgs.Result best = Bfgs.minimize(limit, start, options.maxIterations(), options.tolerance());
    if (!Double.isFinite(best.value())) {
      return fit;
    }
    double[] theta = best.theta();
    double lambda = Math.exp(theta[0]);
    double a = Math.exp(theta[1]);
    double b = Math.exp(theta[2]);
    double logLikelihood = -best.value() * p.totalWeight;
    double score = limit.spreadScore(lambda, a, b);
    // the full fit's log-likelihood at its huge r carries rounding of a few ulps of r ln(alpha)
    // per customer: the limit must not be worse than it beyond that
    double alpha = fit.param("alpha");
    double noise =
        8 * Math.ulp(1.0) * r * Math.max(1.0, Math.abs(Math.log(alpha))) * fit.customers()
            + 1e-9 * Math.abs(fit.logLikelihood())
            + 1e-6;
    if (score > 0 || logLikelihood < fit.logLikelihood() - noise) {
      return fit;
    }
    double[] se = standardErrors(limit, theta, p.totalWeight);
    Map<String, Double> params = new LinkedHashMap<>();
    params.put("r", REPORTED_R);
    params.put("alpha", REPORTED_R / lambda);
    params.put("a", a);
    params.put("b", b);
    Map<String, Double> ses = new LinkedHashMap<>();
    if (se != null) {
      ses.put("a", se[1]);
      ses.put("b", se[2]);
    }
    return new ValueFit(
        fit.model(),
        params,
        ses,
        logLikelihood,
        best.converged(),
        fit.iterations() + best.iterations(),
        fit.customers(),
        fit.patterns(),
        message(lambda, se == null ? Double.NaN : se[0], score, best));
  }

  /** The message of a fit in the limit. */
  static String message(double lambda, double lambdaSe, double score, Bfgs.Result limit) {
    return String.format(
        Locale.ROOT,
        "%s (r and alpha -> infinity, r / alpha = %.6g per time unit%s): the data show no"
            + " spread in purchase rates (score for a spread %.4g, not positive), so every"
            + " customer buys at rate r / alpha while alive; r is reported as %.0e and alpha as"
            + " r / %.6g, where the predictions are the limit's (%s)",
        MESSAGE,
        lambda,
        Double.isNaN(lambdaSe)
            ? ", standard error unavailable"
            : String.format(Locale.ROOT, ", standard error %.2g", lambdaSe),
        score,
        REPORTED_R,
        lambda,
        limit.message());
  }

  /**
   * Standard errors of lambda, a and b from the Hessian of the total negative log-likelihood on the
   * log scale (central differences of the analytic gradient), by the delta method; null where the
   * Hessian is not positive definite.
   */
  static double @org.jspecify.annotations.Nullable [] standardErrors(
      Objective f, double[] theta, double weight) {
    int k = theta.length;
    double[][] h = new double[k][k];
    double[] up = new double[k];
    double[] down = new double[k];
    for (int j = 0; j < k; j++) {
      double step = 1e-5 * Math.max(1.0, Math.abs(theta[j]));
      double[] t = theta.clone();
      t[j] = theta[j] + step;
      f.value(t, up);
      t[j] = theta[j] - step;
      f.value(t, down);
      for (int i = 0; i < k; i++) {
        h[i][j] = (up[i] - down[i]) / (2 * step) * weight;
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double mean = 0.5 * (h[i][j] + h[j][i]);
        h[i][j] = mean;
        h[j][i] = mean;
      }
    }
    double[][] factor = Cholesky.factor(h, Cholesky.FIT_PIVOT);
    if (factor == null) {
      return null;
    }
    double[][] inverse = Cholesky.inverse(factor);
    double[] se = new double[k];
    for (int i = 0; i < k; i++) {
      se[i] = Math.exp(theta[i]) * Math.sqrt(inverse[i][i]);
    }
    return se;
  }

  /**
   * The mean negative log-likelihood of the limit over weighted patterns, with its analytic
   * gradient in {@code (ln lambda, ln a, ln b)}.
   */
  static final class Objective implements Bfgs.Objective {
    private final Patterns p;
    private final int m;

    Objective(Patterns p, int m) {
      this.p = p;
      this.m = m;
    }

    @Override
    public double value(double[] theta, double[] gradient) {
      double lambda = Math.exp(theta[0]);
      double a = Math.exp(theta[1]);
      double b = Math.exp(theta[2]);
      int nx = p.distinctX.length;
      // per distinct x: the Beta ratio and its derivatives, the odds constant
      double[] lnBeta = new double[nx];
      double[] dA = new double[nx];
      double[] dB = new double[nx];
      double[] constant = new double[nx];
      double lnBab = Beta.logBeta(a, b);
      double psiAb = Gamma.digamma(a + b);
      double psiB = Gamma.digamma(b);
      for (int i = 0; i < nx; i++) {
        int x = p.distinctX[i];
        double bx = b + x + m;
        double psiAbx = Gamma.digamma(a + bx);
        lnBeta[i] = Beta.logBeta(a, bx) - lnBab;
        dA[i] = psiAb - psiAbx;
        dB[i] = Gamma.digamma(bx) - psiAbx - psiB + psiAb;
        constant[i] = bx - 1 > 0 ? Math.log(a) - Math.log(bx - 1) : Double.NaN;
      }
      double lnLambda = theta[0];
      double ll = 0;
      double gl = 0;
      double ga = 0;
      double gb = 0;
      for (int i = 0; i < p.size; i++) {
        double w = p.weight[i];
        int x = p.x[i];
        int xi = p.xIndex[i];
        double age = p.age[i];
        double v = x * lnLambda - lambda * age + lnBeta[xi];
        double dl = x / lambda - age;
        double da = dA[xi];
        double db = dB[xi];
        if (m == 1 || x > 0) {
          double span = age - p.tx[i];
          double d = constant[xi] + lambda * span;
          v += NbdFamily.softplus(d);
          double pi = 1.0 / (1.0 + Math.exp(-d));
          dl += pi * span;
          da += pi / a;
          db -= pi / (b + x + m - 1);
        }
        ll += w * v;
        gl += w * dl;
        ga += w * da;
        gb += w * db;
      }
      double total = p.totalWeight;
      gradient[0] = -gl * lambda / total;
      gradient[1] = -ga * a / total;
      gradient[2] = -gb * b / total;
      return -ll / total;
    }

    /**
     * The derivative of the total log-likelihood in the variance of the rates at zero variance (see
     * the class comment), at the limit's parameters.
     */
    double spreadScore(double lambda, double a, double b) {
      double score = 0;
      for (int i = 0; i < p.size; i++) {
        int x = p.x[i];
        double age = p.age[i];
        double tx = p.tx[i];
        // both branches relative to the alive one: f_T A and f_tx B = e^D f_T A
        double alive = 1.0;
        double dead = 0.0;
        if (m == 1 || x > 0) {
          double d = Math.log(a) - Math.log(b + x + m - 1) + lambda * (age - tx);
          // normalise by the larger branch so that nothing overflows
          if (d > 0) {
            alive = Math.exp(-d);
            dead = 1.0;
          } else {
            dead = Math.exp(d);
          }
        }
        double gT = x / lambda - age;
        double gTx = x / lambda - tx;
        double curvature = x / (lambda * lambda);
        double second = alive * (gT * gT - curvature) + dead * (gTx * gTx - curvature);
        score += p.weight[i] * 0.5 * second / (alive + dead);
      }
      return score;
    }
  }
}
