/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A quasi-Newton minimiser (BFGS with an inverse-Hessian update and a backtracking Armijo line
 * search) for smooth objectives with analytic gradients on unconstrained (log-scale) parameters.
 * Non-finite objective values are treated as +infinity, so the search backs away from them.
 */
final class Bfgs {
  /** An objective to minimise. */
  @FunctionalInterface
  interface Objective {
    /**
     * Evaluates the objective.
     *
     * @param theta the point
     * @param gradient receives the gradient (same length as theta)
     * @return the value, or a non-finite value where the objective is undefined
     */
    double value(double[] theta, double[] gradient);
  }

  /** An objective that can also give its Hessian, for Newton steps and standard errors. */
  interface HessianObjective extends Objective {
    /**
     * Evaluates the objective, its gradient and, if {@code hessian} is not null, its Hessian.
     *
     * @param theta the point
     * @param gradient receives the gradient
     * @param hessian null, or a k x k matrix that receives the Hessian
     * @return the value, or a non-finite value where the objective is undefined
     */
    double value(double[] theta, double[] gradient, double @Nullable [][] hessian);

    @Override
    default double value(double[] theta, double[] gradient) {
      return value(theta, gradient, null);
    }
  }

  /** The outcome of a minimisation. */
  record Result(
      double[] theta,
      double value,
      int iterations,
      boolean converged,
      String message,
      double @Nullable [][] inverseHessian) {}

  private Bfgs() {}

  static Result minimize(Objective f, double[] start, int maxIterations, double gradientTolerance) {
    return minimize(f, start, maxIterations, gradientTolerance, null);
  }

  /**
   * Minimises from a start, optionally with an initial inverse Hessian (from an earlier run on the
   * same or a similar objective), which saves most iterations when polishing.
   */
  static Result minimize(
      Objective f,
      double[] start,
      int maxIterations,
      double gradientTolerance,
      double @Nullable [][] initialInverseHessian) {
    int k = start.length;
    double[] x = start.clone();
    double[] g = new double[k];
    double fx = f.value(x, g);
    if (!Double.isFinite(fx) || !allFinite(g)) {
      return new Result(
          x, Double.POSITIVE_INFINITY, 0, false, "the objective is not finite at the start", null);
    }
    HessianObjective bare = (theta, gradient, unused) -> f.value(theta, gradient);
    boolean warm = initialInverseHessian != null;
    double[][] h = initialInverseHessian != null ? copy(initialInverseHessian) : identity(k);
    double[] xNew = new double[k];
    double[] gNew = new double[k];
    double[] d = new double[k];
    int stalled = 0;
    for (int iter = 1; iter <= maxIterations; iter++) {
      if (maxAbs(g) < gradientTolerance) {
        return new Result(x, fx, iter - 1, true, "converged: gradient below tolerance", h);
      }
      for (int i = 0; i < k; i++) {
        double s = 0;
        for (int j = 0; j < k; j++) {
          s -= h[i][j] * g[j];
        }
        d[i] = s;
      }
      double slope = dot(d, g);
      if (!(slope < 0)) {
        h = identity(k);
        for (int i = 0; i < k; i++) {
          d[i] = -g[i];
        }
        slope = dot(d, g);
      }
      double fNew = lineSearch(bare, x, fx, d, slope, xNew, gNew, null);
      if (Double.isNaN(fNew)) {
        return stopped(x, fx, iter, g, gradientTolerance, h);
      }
      double[] s = new double[k];
      double[] y = new double[k];
      for (int i = 0; i < k; i++) {
        s[i] = xNew[i] - x[i];
        y[i] = gNew[i] - g[i];
      }
      double sy = dot(s, y);
      if (sy > 1e-300) {
        if (iter == 1 && !warm) {
          // Shanno-Phua scaling of the initial inverse Hessian
          double scale = sy / dot(y, y);
          for (int i = 0; i < k; i++) {
            h[i][i] = scale;
          }
        }
        updateInverse(h, s, y, sy);
      }
      double change = fx - fNew;
      System.arraycopy(xNew, 0, x, 0, k);
      System.arraycopy(gNew, 0, g, 0, k);
      fx = fNew;
      if (change <= 1e-15 * (1 + Math.abs(fx))) {
        if (++stalled >= 4) {
          boolean small = maxAbs(g) < Math.sqrt(gradientTolerance);
          return new Result(
              x,
              fx,
              iter,
              small,
              small
                  ? "converged: objective no longer decreases"
                  : "stalled: objective no longer decreases but the gradient is not small",
              h);
        }
      } else {
        stalled = 0;
      }
    }
    boolean ok = maxAbs(g) < gradientTolerance;
    return new Result(
        x,
        fx,
        maxIterations,
        ok,
        ok ? "converged" : "iteration limit " + maxIterations + " reached",
        h);
  }

  /**
   * Armijo backtracking along {@code d} from {@code x}, the first step capped at 2 units on the log
   * scale so that no parameter over- or underflows; leaves the accepted point and its gradient (and
   * Hessian, if {@code hNew} is not null) in {@code xNew}, {@code gNew}, {@code hNew}.
   *
   * @return the value at the accepted point, or NaN if no step decreased the objective
   */
  static double lineSearch(
      HessianObjective f,
      double[] x,
      double fx,
      double[] d,
      double slope,
      double[] xNew,
      double[] gNew,
      double @Nullable [][] hNew) {
    double step = Math.min(1.0, 2.0 / Math.max(1e-300, maxAbs(d)));
    for (int ls = 0; ls < 60; ls++) {
      for (int i = 0; i < x.length; i++) {
        xNew[i] = x[i] + step * d[i];
      }
      double fNew = f.value(xNew, gNew, hNew);
      if (Double.isFinite(fNew)
          && allFinite(gNew)
          && (hNew == null || Arrays.stream(hNew).allMatch(Bfgs::allFinite))
          && fNew <= fx + 1e-4 * step * slope) {
        return fNew;
      }
      step *= 0.5;
      if (step * maxAbs(d) < 1e-12) {
        break;
      }
    }
    return Double.NaN;
  }

  /** The result where no step makes progress: converged if the gradient is nearly small. */
  static Result stopped(
      double[] x,
      double fx,
      int iter,
      double[] g,
      double gradientTolerance,
      double @Nullable [][] inverseHessian) {
    boolean small = maxAbs(g) < Math.sqrt(gradientTolerance);
    return new Result(
        x.clone(),
        fx,
        iter,
        small,
        small
            ? "converged: no further decrease possible at machine precision"
            : "line search failed to decrease the objective",
        inverseHessian);
  }

  private static void updateInverse(double[][] h, double[] s, double[] y, double sy) {
    int k = s.length;
    double rho = 1.0 / sy;
    double[] hy = new double[k];
    for (int i = 0; i < k; i++) {
      double v = 0;
      for (int j = 0; j < k; j++) {
        v += h[i][j] * y[j];
      }
      hy[i] = v;
    }
    double yhy = dot(y, hy);
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        h[i][j] += -rho * (hy[i] * s[j] + s[i] * hy[j]) + (rho * rho * yhy + rho) * s[i] * s[j];
      }
    }
  }

  private static double[][] copy(double[][] m) {
    double[][] c = new double[m.length][];
    for (int i = 0; i < m.length; i++) {
      c[i] = m[i].clone();
    }
    return c;
  }

  private static double[][] identity(int k) {
    double[][] h = new double[k][k];
    for (int i = 0; i < k; i++) {
      h[i][i] = 1.0;
    }
    return h;
  }

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double maxAbs(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  static boolean allFinite(double[] a) {
    return Arrays.stream(a).allMatch(Double::isFinite);
  }
}
