/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.internal.Cholesky;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Minimises a negative log-likelihood over four base log-parameters and covariate effects under a
 * {@link CovariatePenalty}, and computes the standard errors; shared by {@link CovariateModels} and
 * {@link TimeVaryingParetoNbd}.
 *
 * <p>The smooth part {@code -LL / n + lambda (1 - mixing) |gamma|^2} is minimised by BFGS. With an
 * L1 part, proximal gradient steps (soft thresholding of the effects, Barzilai-Borwein step lengths
 * with backtracking on the quadratic upper bound: Beck and Teboulle 2009, "A fast iterative
 * shrinkage-thresholding algorithm for linear inverse problems", SIAM Journal on Imaging Sciences
 * 2(1), the step rule of Wright, Nowak and Figueiredo 2009, "Sparse reconstruction by separable
 * approximation") follow from there and find which effects are 0 (unless BFGS in the orthant of the
 * smooth optimum, signs held, already meets the optimality conditions: then no proximal step is
 * needed); a final BFGS run on the other coordinates, where {@code |gamma_j| = sign_j gamma_j} is
 * smooth, polishes the result, and is kept only if no sign changed.
 */
final class PenalisedFit {
  /** Base log-parameters before the effects. */
  static final int BASE = 4;

  private static final int PROXIMAL_ITERATIONS = 5_000;

  private PenalisedFit() {}

  /** The optimum. */
  record Outcome(double[] theta, boolean converged, int iterations, String message) {}

  static Outcome minimise(
      Bfgs.Objective negLogLikelihood,
      int n,
      double[] start,
      CovariatePenalty penalty,
      FitOptions options) {
    int k = start.length;
    double weight = n;
    double l2 = penalty.l2();
    double l1 = penalty.l1();
    Bfgs.Objective smooth =
        (theta, grad) -> {
          double v = negLogLikelihood.value(theta, grad) / weight;
          for (int j = 0; j < k; j++) {
            grad[j] /= weight;
            if (j >= BASE) {
              v += l2 * theta[j] * theta[j];
              grad[j] += 2 * l2 * theta[j];
            }
          }
          return v;
        };
    Bfgs.Result result = Bfgs.minimize(smooth, start, options.maxIterations(), options.tolerance());
    if (!(l1 > 0) || k == BASE) {
      return new Outcome(result.theta(), result.converged(), result.iterations(), result.message());
    }
    // first the orthant of the smooth optimum: if BFGS with the signs held keeps every sign and
    // the zero effects meet their optimality condition, that is the optimum; else proximal steps
    Outcome smoothOptimum =
        new Outcome(result.theta(), result.converged(), result.iterations(), result.message());
    Outcome direct = polish(smooth, smoothOptimum, l1, options, " BFGS iterations without L1");
    if (direct != smoothOptimum) {
      return direct;
    }
    Outcome prox = proximal(smooth, result.theta(), l1, options.tolerance());
    return polish(smooth, prox, l1, options, " proximal gradient steps");
  }

  /** Proximal gradient on smooth + l1 |gamma|_1. */
  private static Outcome proximal(Bfgs.Objective smooth, double[] start, double l1, double tol) {
    int k = start.length;
    double[] x = start.clone();
    double[] g = new double[k];
    double fx = smooth.value(x, g);
    double[] xn = new double[k];
    double[] gn = new double[k];
    double step = 1e-2;
    for (int it = 1; it <= PROXIMAL_ITERATIONS; it++) {
      double fn;
      double used;
      double[] d = new double[k];
      while (true) {
        for (int j = 0; j < k; j++) {
          double v = x[j] - step * g[j];
          xn[j] = j >= BASE ? softThreshold(v, step * l1) : v;
          d[j] = xn[j] - x[j];
        }
        fn = smooth.value(xn, gn);
        double bound = fx + dot(g, d) + dot(d, d) / (2 * step);
        if (Double.isFinite(fn) && fn <= bound + 1e-15 * Math.abs(fx)) {
          used = step;
          break;
        }
        step *= 0.5;
        if (step < 1e-30) {
          return new Outcome(x, false, it, "proximal gradient: no step decreases the objective");
        }
      }
      double[] y = new double[k];
      double moved = 0;
      for (int j = 0; j < k; j++) {
        y[j] = gn[j] - g[j];
        moved = Math.max(moved, Math.abs(d[j]));
      }
      System.arraycopy(xn, 0, x, 0, k);
      System.arraycopy(gn, 0, g, 0, k);
      fx = fn;
      if (moved / used < tol) {
        return new Outcome(x, true, it, "converged: proximal gradient mapping below tolerance");
      }
      double sy = dot(d, y);
      step = sy > 0 ? Math.min(1e10, Math.max(1e-10, dot(d, d) / sy)) : Math.min(1e10, step * 2);
    }
    return new Outcome(x, false, PROXIMAL_ITERATIONS, "proximal gradient: iteration limit reached");
  }

  /** BFGS on the non-zero effects with their signs fixed; kept if no sign changes. */
  private static Outcome polish(
      Bfgs.Objective smooth, Outcome prox, double l1, FitOptions options, String steps) {
    double[] theta = prox.theta();
    int k = theta.length;
    int[] free = new int[k];
    int m = 0;
    for (int j = 0; j < k; j++) {
      if (j < BASE || theta[j] != 0) {
        free[m++] = j;
      }
    }
    int count = m;
    double[] sign = new double[k];
    for (int j = BASE; j < k; j++) {
      sign[j] = Math.signum(theta[j]);
    }
    Bfgs.Objective restricted =
        (u, grad) -> {
          double[] full = theta.clone();
          for (int i = 0; i < count; i++) {
            full[free[i]] = u[i];
          }
          double[] g = new double[k];
          double v = smooth.value(full, g);
          for (int i = 0; i < count; i++) {
            int j = free[i];
            v += l1 * sign[j] * u[i];
            grad[i] = g[j] + l1 * sign[j];
          }
          return v;
        };
    double[] u0 = new double[count];
    for (int i = 0; i < count; i++) {
      u0[i] = theta[free[i]];
    }
    Bfgs.Result r = Bfgs.minimize(restricted, u0, options.maxIterations(), options.tolerance());
    double[] polished = theta.clone();
    for (int i = 0; i < count; i++) {
      int j = free[i];
      if (j >= BASE && Math.signum(r.theta()[i]) != sign[j]) {
        return prox;
      }
      polished[j] = r.theta()[i];
    }
    // the zero effects must still satisfy |d smooth / d gamma_j| <= l1
    double[] g = new double[k];
    smooth.value(polished, g);
    for (int j = BASE; j < k; j++) {
      if (polished[j] == 0 && Math.abs(g[j]) > l1 + 1e-6) {
        return prox;
      }
    }
    return new Outcome(
        polished,
        r.converged(),
        prox.iterations() + r.iterations(),
        r.message() + " (after " + prox.iterations() + steps + ")");
  }

  static double softThreshold(double v, double t) {
    return v > t ? v - t : v < -t ? v + t : 0.0;
  }

  private static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /**
   * Standard errors from the inverse of the Hessian (forward differences of the analytic gradient)
   * of the total negative log-likelihood plus the L2 part of the penalty (the L1 part has no
   * curvature away from 0), delta method for the four base parameters; empty if the Hessian is not
   * positive definite.
   */
  static Map<String, Double> standardErrors(
      Bfgs.Objective negLogLikelihood,
      double[] theta,
      double totalL2,
      List<String> baseNames,
      List<String> effectNames) {
    int k = theta.length;
    Map<String, Double> ses = new LinkedHashMap<>();
    // forward differences of the analytic gradient: k + 1 evaluations instead of 2 k
    double[] atTheta = new double[k];
    if (!Double.isFinite(negLogLikelihood.value(theta, atTheta))) {
      return ses;
    }
    double[][] cov = covariance(negLogLikelihood, theta, totalL2, atTheta);
    if (cov == null) {
      return ses;
    }
    for (int j = 0; j < k; j++) {
      double sd = Math.sqrt(cov[j][j]);
      double se = j < BASE ? Math.exp(theta[j]) * sd : sd;
      if (!Double.isFinite(se)) {
        ses.clear();
        return ses;
      }
      ses.put(j < BASE ? baseNames.get(j) : effectNames.get(j - BASE), se);
    }
    return ses;
  }

  /**
   * The inverse of the Hessian (forward differences of the analytic gradient at {@code theta},
   * whose gradient is {@code atTheta}) of the negative log-likelihood plus the L2 part of the
   * penalty; null if it is not positive definite.
   */
  private static double @Nullable [][] covariance(
      Bfgs.Objective negLogLikelihood, double[] theta, double totalL2, double[] atTheta) {
    int k = theta.length;
    double[][] h = MleFitter.hessian(negLogLikelihood, theta, 0.0, atTheta);
    if (h == null) {
      return null;
    }
    for (int j = BASE; j < k; j++) {
      h[j][j] += 2 * totalL2;
    }
    double[][] factor = Cholesky.factor(h, Cholesky.FIT_PIVOT);
    return factor == null ? null : Cholesky.inverse(factor);
  }

  /**
   * A parametric bootstrap of a covariate fit: {@code count} parameter vectors (log base
   * parameters, effects) drawn from {@code N(theta, H^-1)}, H the Hessian of the penalised negative
   * log-likelihood at the fit (the covariance behind the standard errors).
   *
   * @param field the field for the error, for example {@code CovariateFit.parameterDraws}
   * @throws CxValidationException if the count is outside 1..100,000 or the Hessian is not positive
   *     definite
   */
  static double[][] draws(
      Bfgs.Objective negLogLikelihood,
      double[] theta,
      double totalL2,
      int count,
      long seed,
      String field) {
    if (count < 1 || count > 100_000) {
      throw CxValidationException.of(field, "be within 1..100,000", count);
    }
    int k = theta.length;
    double[] atTheta = new double[k];
    double[][] cov =
        Double.isFinite(negLogLikelihood.value(theta, atTheta))
            ? covariance(negLogLikelihood, theta, totalL2, atTheta)
            : null;
    double[][] l = cov == null ? null : Cholesky.factor(cov, 0.0);
    if (l == null) {
      throw CxValidationException.of(
          field,
          "come from a maximum of the likelihood on these data (the Hessian is not positive"
              + " definite)",
          count);
    }
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] out = new double[count][k];
    double[] z = new double[k];
    for (double[] draw : out) {
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
    }
    return out;
  }

  /** Standardises customer-major columns in place over all rows; records centre and scale. */
  static void standardise(
      double[] values,
      int columns,
      List<String> names,
      double[] centres,
      double[] scales,
      int offset,
      String field) {
    int rows = columns == 0 ? 0 : values.length / columns;
    for (int j = 0; j < columns; j++) {
      double sum = 0;
      for (int i = 0; i < rows; i++) {
        sum += values[i * columns + j];
      }
      double centre = sum / rows;
      double ss = 0;
      for (int i = 0; i < rows; i++) {
        double d = values[i * columns + j] - centre;
        ss += d * d;
      }
      double scale = Math.sqrt(ss / rows);
      if (!(scale > 0)) {
        throw CxValidationException.of(
            field,
            "vary across customers to be standardised (covariate " + names.get(j) + ")",
            centre);
      }
      centres[offset + j] = centre;
      scales[offset + j] = scale;
      for (int i = 0; i < rows; i++) {
        values[i * columns + j] = (values[i * columns + j] - centre) / scale;
      }
    }
  }
}
