/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.scoring.internal.Cholesky;

/**
 * Newton's method with an analytic Hessian and a backtracking line search, for polishing a fit that
 * a quasi-Newton search has brought close to the optimum: near the optimum each step squares the
 * error, so a large data set needs three or four passes instead of the dozen a BFGS polish takes.
 * Where the Hessian is not positive definite the step falls back to the Levenberg-damped system
 * {@code (H + mu I) d = -g}, and to steepest descent if even that fails.
 */
final class Newton {
  /**
   * The outcome: the minimisation result and the gradient and Hessian at its point.
   *
   * @param result point, value, iterations, convergence and message (its inverse Hessian is the
   *     inverse of {@code hessian} where that exists)
   * @param gradient the gradient at the point
   * @param hessian the Hessian at the point
   */
  record Outcome(Bfgs.Result result, double[] gradient, double[][] hessian) {}

  private Newton() {}

  static Outcome minimize(
      Bfgs.HessianObjective f, double[] start, int maxIterations, double gradientTolerance) {
    int k = start.length;
    double[] x = start.clone();
    double[] g = new double[k];
    double[][] h = new double[k][k];
    double fx = f.value(x, g, h);
    if (!finite(fx, g, h)) {
      return new Outcome(
          new Bfgs.Result(
              x,
              Double.POSITIVE_INFINITY,
              0,
              false,
              "the objective is not finite at the start",
              null),
          g,
          h);
    }
    double[] xNew = new double[k];
    double[] gNew = new double[k];
    double[][] hNew = new double[k][k];
    for (int iter = 1; iter <= maxIterations; iter++) {
      if (Bfgs.maxAbs(g) < gradientTolerance) {
        return outcome(x, fx, iter - 1, true, "converged: gradient below tolerance", g, h);
      }
      double[] d = direction(h, g);
      double slope = Bfgs.dot(d, g);
      double fNew;
      if (-0.5 * slope <= 1e-13 * (1 + Math.abs(fx))) {
        // the predicted decrease is below the rounding of the objective, so a line search cannot
        // judge the step: take the full step if it shrinks the gradient, else stop here
        for (int i = 0; i < k; i++) {
          xNew[i] = x[i] + d[i];
        }
        fNew = f.value(xNew, gNew, hNew);
        if (!finite(fNew, gNew, hNew) || !(Bfgs.maxAbs(gNew) < Bfgs.maxAbs(g))) {
          return stopped(x, fx, iter, g, h, gradientTolerance);
        }
      } else {
        fNew = Bfgs.lineSearch(f, x, fx, d, slope, xNew, gNew, hNew);
        if (Double.isNaN(fNew)) {
          return stopped(x, fx, iter, g, h, gradientTolerance);
        }
      }
      System.arraycopy(xNew, 0, x, 0, k);
      System.arraycopy(gNew, 0, g, 0, k);
      for (int i = 0; i < k; i++) {
        System.arraycopy(hNew[i], 0, h[i], 0, k);
      }
      fx = fNew;
    }
    boolean ok = Bfgs.maxAbs(g) < gradientTolerance;
    return outcome(
        x,
        fx,
        maxIterations,
        ok,
        ok ? "converged" : "iteration limit " + maxIterations + " reached",
        g,
        h);
  }

  /** The outcome where no step makes progress, with the Hessian's inverse where it has one. */
  private static Outcome stopped(
      double[] x, double fx, int iter, double[] g, double[][] h, double gradientTolerance) {
    Bfgs.Result r = Bfgs.stopped(x, fx, iter, g, gradientTolerance, null);
    return outcome(x, fx, iter, r.converged(), r.message(), g, h);
  }

  /** The Newton direction, damped until the system is positive definite. */
  static double[] direction(double[][] h, double[] g) {
    int k = g.length;
    if (Bfgs.maxAbs(g) == 0) {
      return new double[k];
    }
    double scale = 0;
    for (int i = 0; i < k; i++) {
      scale = Math.max(scale, Math.abs(h[i][i]));
    }
    double mu = 0;
    double[][] m = new double[k][k];
    double[][] l = new double[k][k];
    for (int attempt = 0; attempt < 30; attempt++) {
      for (int i = 0; i < k; i++) {
        System.arraycopy(h[i], 0, m[i], 0, k);
        m[i][i] += mu;
      }
      if (Cholesky.factor(m, null, k, Cholesky.FIT_PIVOT, l)) {
        double[] d = Cholesky.solve(l, g);
        for (int i = 0; i < k; i++) {
          d[i] = -d[i];
        }
        if (Bfgs.allFinite(d) && Bfgs.dot(d, g) < 0) {
          return d;
        }
      }
      // not positive definite: damp more
      mu = mu == 0 ? 1e-8 * Math.max(1.0, scale) : mu * 10;
    }
    double[] d = new double[k];
    for (int i = 0; i < k; i++) {
      d[i] = -g[i];
    }
    return d;
  }

  private static Outcome outcome(
      double[] x,
      double fx,
      int iterations,
      boolean converged,
      String message,
      double[] g,
      double[][] h) {
    // the inverse stays unset where the Hessian is not positive definite
    double[][] factor = Cholesky.factor(h, Cholesky.FIT_PIVOT);
    double[][] inverse = factor == null ? null : Cholesky.inverse(factor);
    return new Outcome(
        new Bfgs.Result(x.clone(), fx, iterations, converged, message, inverse), g.clone(), h);
  }

  private static boolean finite(double value, double[] g, double[][] h) {
    return Double.isFinite(value) && Bfgs.allFinite(g) && finite(h);
  }

  private static boolean finite(double[][] m) {
    for (double[] row : m) {
      if (!Bfgs.allFinite(row)) {
        return false;
      }
    }
    return true;
  }
}
