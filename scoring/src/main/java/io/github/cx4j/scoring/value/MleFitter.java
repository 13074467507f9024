/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.scoring.internal.Cholesky;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maximum likelihood on the log scale: several BFGS starts on the mean negative log-likelihood plus
 * an optional L2 penalty, then standard errors from a central-difference Hessian of the analytic
 * gradient. A parameter is {@code offset + exp(theta)} (offset 0 except for Gamma-Gamma's
 * constrained q).
 */
final class MleFitter {
  /** Debug-level records of each fit: its start, each phase's iterations and the convergence. */
  private static final Logger LOG = LoggerFactory.getLogger(MleFitter.class);

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

  /**
   * The optimum a search reached: the best result, the Newton outcome where the polish was a Newton
   * one (its Hessian is then reused for the standard errors), and the iterations spent on the way.
   */
  private static final class Optimum {
    Bfgs.@Nullable Result best;
    Newton.@Nullable Outcome newton;
    int iterations;

    Bfgs.Result best() {
      return Objects.requireNonNull(best, "no start was explored");
    }
  }

  /**
   * Fits in four phases: {@link #startValues the start values}, {@link #explore the optimisation}
   * from each of them to a coarse tolerance, {@link #polish the polish} of the best one to the
   * asked tolerance, and {@link #standardErrors the standard errors} from the Hessian at the
   * optimum.
   */
  static ValueFit fit(Problem problem, FitOptions options) {
    List<double[]> starts = startValues(problem, options);
    double penalty = options.penalty();
    Bfgs.HessianObjective objective = scaled(problem.negLogLik(), problem.totalWeight(), penalty);
    double coarse = Math.max(options.tolerance(), 1e-4);
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} fit: {} patterns, {} customers, {} starts, penalty {}, tolerance {}{}",
          problem.kind().id(),
          problem.patterns(),
          problem.totalWeight(),
          starts.size(),
          penalty,
          options.tolerance(),
          problem.warmNegLogLik() == null ? "" : ", starts explored on a subsample");
    }
    Optimum optimum;
    if (problem.warmNegLogLik() != null) {
      // large data: explore the starts on a subsample, then polish the best on all patterns,
      // carrying the subsample's curvature (the objectives are means, so it transfers)
      Bfgs.Objective warm = scaled(problem.warmNegLogLik(), problem.warmWeight(), penalty);
      Optimum explored = explore(warm, starts, options, coarse);
      optimum = polishOnAllPatterns(problem, objective, warm, explored.best(), options);
    } else {
      optimum = explore(objective, starts, options, coarse);
      optimum = polish(problem, objective, optimum, options, coarse);
    }
    return result(problem, options, optimum);
  }

  /** Phase 1: the first {@code options.starts()} of the problem's start values. */
  static List<double[]> startValues(Problem problem, FitOptions options) {
    return problem.starts().subList(0, Math.min(options.starts(), problem.starts().size()));
  }

  /** Phase 2: BFGS from every start to a coarse tolerance, keeping the best. */
  private static Optimum explore(
      Bfgs.Objective objective, List<double[]> starts, FitOptions options, double coarse) {
    Optimum o = new Optimum();
    for (double[] start : starts) {
      Bfgs.Result r = Bfgs.minimize(objective, start, options.maxIterations(), coarse);
      o.iterations += r.iterations();
      if (LOG.isDebugEnabled()) {
        LOG.debug(
            "explore: {} iterations, converged {}, objective {} ({})",
            r.iterations(),
            r.converged(),
            r.value(),
            r.message());
      }
      if (o.best == null || better(r, o.best)) {
        o.best = r;
      }
    }
    return o;
  }

  /**
   * Phase 3 on small data: polish the explored best to the asked tolerance, by Newton steps where
   * the Hessian is analytic, else by BFGS; the polish is kept only if it does not make things
   * worse.
   */
  private static Optimum polish(
      Problem problem,
      Bfgs.HessianObjective objective,
      Optimum explored,
      FitOptions options,
      double coarse) {
    Bfgs.Result best = explored.best();
    if (problem.negLogLik() instanceof Bfgs.HessianObjective && Double.isFinite(best.value())) {
      Newton.Outcome polished =
          Newton.minimize(objective, best.theta(), options.maxIterations(), options.tolerance());
      explored.iterations += polished.result().iterations();
      logPolish("Newton", polished.result());
      if (Double.isFinite(polished.result().value()) && polished.result().value() <= best.value()) {
        explored.best = polished.result();
        explored.newton = polished;
      }
    } else if (coarse > options.tolerance()) {
      Bfgs.Result polished =
          Bfgs.minimize(
              objective,
              best.theta(),
              options.maxIterations(),
              options.tolerance(),
              best.inverseHessian());
      explored.iterations += polished.iterations();
      logPolish("BFGS", polished);
      if (Double.isFinite(polished.value()) && polished.value() <= best.value()) {
        explored.best = polished;
      }
    }
    return explored;
  }

  /**
   * Phase 3 on large data: polish the subsample's best on all patterns, by Newton steps where the
   * Hessian is analytic, else by BFGS started as close as the subsample allows (BFGS on all
   * patterns is costly per step). The subsample's iterations are not counted.
   */
  private static Optimum polishOnAllPatterns(
      Problem problem,
      Bfgs.HessianObjective objective,
      Bfgs.Objective warm,
      Bfgs.Result warmBest,
      FitOptions options) {
    Optimum o = new Optimum();
    if (problem.negLogLik() instanceof Bfgs.HessianObjective) {
      Newton.Outcome newton =
          Newton.minimize(
              objective, warmBest.theta(), options.maxIterations(), options.tolerance());
      logPolish("Newton on all patterns", newton.result());
      if (Double.isFinite(newton.result().value())) {
        o.best = newton.result();
        o.newton = newton;
        o.iterations = newton.result().iterations();
        return o;
      }
      LOG.debug("{}: Newton polish not finite; retrying with BFGS", problem.kind().id());
    }
    Bfgs.Result start = warmBest;
    Bfgs.Result refined =
        Bfgs.minimize(warm, start.theta(), options.maxIterations(), 1e-7, start.inverseHessian());
    if (Double.isFinite(refined.value()) && refined.value() <= start.value()) {
      start = refined;
    }
    o.best =
        Bfgs.minimize(
            objective,
            start.theta(),
            options.maxIterations(),
            options.tolerance(),
            start.inverseHessian());
    o.iterations = o.best.iterations();
    logPolish("BFGS on all patterns", o.best);
    return o;
  }

  private static void logPolish(String how, Bfgs.Result r) {
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "polish ({}): {} iterations, converged {}, objective {} ({})",
          how,
          r.iterations(),
          r.converged(),
          r.value(),
          r.message());
    }
  }

  /** The fit from the optimum: parameters, log-likelihood, standard errors and the message. */
  private static ValueFit result(Problem problem, FitOptions options, Optimum optimum) {
    int k = problem.offsets().length;
    double penalty = options.penalty();
    Bfgs.Result best = optimum.best();
    double[] theta = best.theta();
    double[] grad = new double[k];
    double negLl;
    if (optimum.newton != null) {
      // the Newton polish ended with the value and Hessian at theta: no further pass needed
      negLl = problem.totalWeight() * (best.value() - penalty * Bfgs.dot(theta, theta));
    } else {
      negLl = problem.negLogLik().value(theta, grad);
    }
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
    Map<String, Double> ses = standardErrors(problem, penalty, theta, grad, optimum.newton);
    String message = best.message();
    if (ses.isEmpty()) {
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
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "{} fit {} after {} iterations: log-likelihood {}, parameters {}; {}",
          problem.kind().id(),
          best.converged() ? "converged" : "did not converge",
          optimum.iterations,
          -negLl,
          params,
          message);
    }
    return new ValueFit(
        problem.kind(),
        params,
        ses,
        -negLl,
        best.converged(),
        optimum.iterations,
        problem.totalWeight(),
        problem.patterns(),
        message);
  }

  /**
   * Phase 4: standard errors by the delta method, {@code exp(theta_i) sqrt((H^-1)_ii)} from the
   * Hessian of the total objective at the optimum (the Newton polish's where there was one, else a
   * finite-difference one); empty where the Hessian is not positive definite.
   */
  private static Map<String, Double> standardErrors(
      Problem problem,
      double penalty,
      double[] theta,
      double[] gradientAtTheta,
      Newton.@Nullable Outcome newton) {
    int k = theta.length;
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
              problem.warmNegLogLik() == null ? null : gradientAtTheta);
    }
    Map<String, Double> ses = new LinkedHashMap<>();
    double[][] factor = hessian == null ? null : Cholesky.factor(hessian, Cholesky.FIT_PIVOT);
    if (factor == null) {
      return ses;
    }
    double[][] cov = Cholesky.inverse(factor);
    List<String> names = problem.kind().parameterNames();
    for (int i = 0; i < k; i++) {
      double se = Math.exp(theta[i]) * Math.sqrt(cov[i][i]);
      if (!Double.isFinite(se)) {
        ses.clear();
        return ses;
      }
      ses.put(names.get(i), se);
    }
    return ses;
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
