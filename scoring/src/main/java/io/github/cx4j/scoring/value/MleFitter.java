/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hipparchus.exception.MathRuntimeException;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.jspecify.annotations.Nullable;

/**
 * Maximum likelihood on the log scale: several BFGS starts on the mean negative log-likelihood plus
 * an optional L2 penalty, then standard errors from a central-difference Hessian of the analytic
 * gradient. A parameter is {@code offset + exp(theta)} (offset 0 except for Gamma-Gamma's
 * constrained q).
 */
final class MleFitter {
  private MleFitter() {}

  /** The problem: objectives return the total weighted negative log-likelihood. */
  record Problem(
      ValueModelKind kind,
      Bfgs.Objective negLogLik,
      double totalWeight,
      int patterns,
      double[] offsets,
      List<double[]> starts,
      Bfgs.@Nullable Objective warmNegLogLik,
      double warmWeight) {}

  static ValueFit fit(Problem problem, FitOptions options) {
    int k = problem.offsets().length;
    List<double[]> starts =
        problem.starts().subList(0, Math.min(options.starts(), problem.starts().size()));
    double penalty = options.penalty();
    Bfgs.Result best = null;
    int totalIterations = 0;
    Bfgs.HessianObjective objective = scaled(problem.negLogLik(), problem.totalWeight(), penalty);
    // Newton steps where the likelihood has an analytic Hessian
    Bfgs.HessianObjective exact =
        problem.negLogLik() instanceof Bfgs.HessianObjective ? objective : null;
    Newton.Outcome newton = null;
    double coarse = Math.max(options.tolerance(), 1e-4);
    if (problem.warmNegLogLik() != null) {
      // large data: explore the starts on a subsample, then polish the best on all patterns,
      // carrying the subsample's curvature (the objectives are means, so it transfers)
      Bfgs.Objective warm = scaled(problem.warmNegLogLik(), problem.warmWeight(), penalty);
      Bfgs.Result warmBest = null;
      for (double[] start : starts) {
        Bfgs.Result r = Bfgs.minimize(warm, start, options.maxIterations(), coarse);
        if (warmBest == null || better(r, warmBest)) {
          warmBest = r;
        }
      }
      Objects.requireNonNull(warmBest, "MleFitter: the problem has no start");
      if (exact != null) {
        newton =
            Newton.minimize(exact, warmBest.theta(), options.maxIterations(), options.tolerance());
        if (Double.isFinite(newton.result().value())) {
          best = newton.result();
          totalIterations += best.iterations();
        } else {
          newton = null;
        }
      }
      if (best == null) {
        // BFGS on all patterns is costly per step: start it as close as the subsample allows
        Bfgs.Result refined =
            Bfgs.minimize(
                warm, warmBest.theta(), options.maxIterations(), 1e-7, warmBest.inverseHessian());
        if (Double.isFinite(refined.value()) && refined.value() <= warmBest.value()) {
          warmBest = refined;
        }
        best =
            Bfgs.minimize(
                objective,
                warmBest.theta(),
                options.maxIterations(),
                options.tolerance(),
                warmBest.inverseHessian());
        totalIterations += best.iterations();
      }
    } else {
      // explore every start to a coarse tolerance, then polish the best one (by Newton steps
      // where the Hessian is analytic)
      for (double[] start : starts) {
        Bfgs.Result r = Bfgs.minimize(objective, start, options.maxIterations(), coarse);
        totalIterations += r.iterations();
        if (best == null || better(r, best)) {
          best = r;
        }
      }
      Objects.requireNonNull(best, "MleFitter: the problem has no start");
      if (exact != null && Double.isFinite(best.value())) {
        Newton.Outcome polished =
            Newton.minimize(exact, best.theta(), options.maxIterations(), options.tolerance());
        totalIterations += polished.result().iterations();
        if (Double.isFinite(polished.result().value())
            && polished.result().value() <= best.value()) {
          best = polished.result();
          newton = polished;
        }
      } else if (coarse > options.tolerance()) {
        Bfgs.Result polished =
            Bfgs.minimize(
                objective,
                best.theta(),
                options.maxIterations(),
                options.tolerance(),
                best.inverseHessian());
        totalIterations += polished.iterations();
        if (Double.isFinite(polished.value()) && polished.value() <= best.value()) {
          best = polished;
        }
      }
    }
    double[] theta = best.theta();
    double[] grad = new double[k];
    double negLl;
    if (newton != null) {
      // the Newton polish ended with the value and Hessian at theta: no further pass needed
      negLl = problem.totalWeight() * (best.value() - penalty * Bfgs.dot(theta, theta));
    } else {
      negLl = problem.negLogLik().value(theta, grad);
    }
    String message = best.message();
    if (!Double.isFinite(negLl)) {
      throw new IllegalStateException(
          problem.kind().id() + ": no starting point gave a finite log-likelihood");
    }
    Map<String, Double> params = new LinkedHashMap<>();
    List<String> names = problem.kind().parameterNames();
    double[] values = new double[k];
    for (int i = 0; i < k; i++) {
      values[i] = problem.offsets()[i] + Math.exp(theta[i]);
      params.put(names.get(i), values[i]);
    }
    Map<String, Double> ses = new LinkedHashMap<>();
    double[][] hessian;
    if (newton != null) {
      // Hessian of the mean objective (with its penalty) times the weight: the total's Hessian
      hessian = new double[k][k];
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          hessian[i][j] = newton.hessian()[i][j] * problem.totalWeight();
        }
      }
    } else {
      hessian =
          hessian(
              problem.negLogLik(),
              theta,
              penalty * problem.totalWeight(),
              problem.warmNegLogLik() == null ? null : grad);
    }
    boolean hessianOk = hessian != null;
    if (hessianOk) {
      try {
        RealMatrix cov =
            new CholeskyDecomposition(MatrixUtils.createRealMatrix(hessian), 1e-12, 1e-14)
                .getSolver()
                .getInverse();
        for (int i = 0; i < k; i++) {
          double se = Math.exp(theta[i]) * Math.sqrt(cov.getEntry(i, i));
          if (!Double.isFinite(se)) {
            hessianOk = false;
            break;
          }
          ses.put(names.get(i), se);
        }
      } catch (MathRuntimeException e) {
        hessianOk = false;
      }
    }
    if (!hessianOk) {
      ses.clear();
      message += "; standard errors unavailable: the Hessian is not positive definite";
    }
    if (best.converged()) {
      for (double v : values) {
        if (v > 1e7 || v < 1e-7) {
          message +=
              "; a parameter is at the edge of its range (the optimum may lie at a boundary)";
          break;
        }
      }
    }
    return new ValueFit(
        problem.kind(),
        params,
        ses,
        -negLl,
        best.converged(),
        totalIterations,
        problem.totalWeight(),
        problem.patterns(),
        message);
  }

  private static boolean better(Bfgs.Result a, Bfgs.Result b) {
    if (a.converged() != b.converged()
        && Double.isFinite(a.value())
        && Double.isFinite(b.value())) {
      if (Math.abs(a.value() - b.value()) > 1e-9 * (1 + Math.abs(b.value()))) {
        return a.value() < b.value();
      }
      return a.converged();
    }
    return a.value() < b.value();
  }

  /**
   * The mean objective plus the L2 penalty: {@code f / weight + penalty |theta|^2}, with its
   * gradient and (where {@code f} has one and it is asked for) its Hessian.
   */
  private static Bfgs.HessianObjective scaled(Bfgs.Objective f, double weight, double penalty) {
    Bfgs.HessianObjective exact =
        f instanceof Bfgs.HessianObjective h ? h : (theta, grad, unused) -> f.value(theta, grad);
    double inv = 1.0 / weight;
    return (theta, grad, hess) -> {
      double v = exact.value(theta, grad, hess) * inv;
      for (int i = 0; i < theta.length; i++) {
        grad[i] = grad[i] * inv + 2 * penalty * theta[i];
        v += penalty * theta[i] * theta[i];
        if (hess != null) {
          for (int j = 0; j < theta.length; j++) {
            hess[i][j] *= inv;
          }
          hess[i][i] += 2 * penalty;
        }
      }
      return v;
    };
  }

  /**
   * Central-difference Hessian of the total objective (plus penalty), or null if not finite; with
   * the gradient at theta given, forward differences (half the evaluations, for large data).
   */
  static double @Nullable [][] hessian(
      Bfgs.Objective f, double[] theta, double totalPenalty, double @Nullable [] gradientAtTheta) {
    int k = theta.length;
    double[][] h = new double[k][k];
    double[] gp = new double[k];
    double[] gm = new double[k];
    for (int j = 0; j < k; j++) {
      double step = 1e-5 * Math.max(1.0, Math.abs(theta[j]));
      double[] tp = theta.clone();
      double[] tm = theta.clone();
      tp[j] += step;
      double fp = f.value(tp, gp);
      if (gradientAtTheta != null) {
        if (!Double.isFinite(fp)) {
          return null;
        }
        for (int i = 0; i < k; i++) {
          h[i][j] = (gp[i] - gradientAtTheta[i]) / step;
        }
        continue;
      }
      tm[j] -= step;
      double fm = f.value(tm, gm);
      if (!Double.isFinite(fp) || !Double.isFinite(fm)) {
        return null;
      }
      for (int i = 0; i < k; i++) {
        h[i][j] = (gp[i] - gm[i]) / (2 * step);
      }
    }
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < i; j++) {
        double s = 0.5 * (h[i][j] + h[j][i]);
        h[i][j] = s;
        h[j][i] = s;
      }
      h[i][i] += 2 * totalPenalty;
      for (int j = 0; j < k; j++) {
        if (!Double.isFinite(h[i][j])) {
          return null;
        }
      }
    }
    return h;
  }
}
