/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fits the Pareto/NBD with time-varying covariates on the purchase and the dropout process, with
 * the interval-wise likelihood of CLVTools (Bachmann, Meierer and Näf 2021, "The role of
 * time-varying contextual factors in latent attrition models for customer base analysis", Marketing
 * Science 40(4)): while alive, a customer purchases at rate {@code lambda exp(gamma_p' z(t))} and
 * drops out at rate {@code mu exp(gamma_d' w(t))}, with {@code lambda ~ Gamma(r, alpha)} and {@code
 * mu ~ Gamma(s, beta)} and the covariates piecewise constant over calendar intervals ({@link
 * TimeVaryingCovariates}). See {@code TimeVaryingLikelihood} for the likelihood; constant
 * covariates give the static-covariate model of {@link CovariateModels}, zero effects the plain
 * Pareto/NBD.
 *
 * <p>The likelihood needs the covariates at each repeat purchase, so the customers come as {@link
 * PurchaseHistories} (first purchase on the calendar axis, repeat purchase times), not as (x, t_x,
 * T) alone. The fit starts at the Pareto/NBD without covariates, minimises the mean negative
 * log-likelihood (plus an optional {@link CovariatePenalty}) with the analytic gradient, and takes
 * standard errors from the Hessian, as {@link CovariateModels} does.
 */
public final class TimeVaryingParetoNbd {
  private TimeVaryingParetoNbd() {}

  /**
   * Fits the model.
   *
   * @param customers the customers' purchase histories
   * @param purchase the purchase process's covariates (may have no columns)
   * @param dropout the dropout process's covariates (may have no columns)
   * @param penalty the penalty on the effects ({@link CovariatePenalty#none()}: maximum likelihood)
   * @param standardise whether to centre and scale each covariate by its mean and standard
   *     deviation over all customers and intervals
   * @param options iterations and tolerance (and those of the starting fit)
   * @return the fit
   */
  public static TimeVaryingFit fit(
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout,
      CovariatePenalty penalty,
      boolean standardise,
      FitOptions options) {
    int n = customers.size();
    requireRows(n, purchase, dropout);
    int kp = purchase.count();
    int kd = dropout.count();
    double[] centres = new double[kp + kd];
    double[] scales = new double[kp + kd];
    Arrays.fill(scales, 1.0);
    if (standardise) {
      measure(purchase, 0, centres, scales);
      measure(dropout, kp, centres, scales);
    }
    TimeVaryingLikelihood likelihood =
        likelihood(customers, purchase, dropout, centres, scales, 0.0);
    int[] x = customers.frequency();
    double[] tx = customers.recency();
    double[] age = customers.age();
    ValueFit base = ValueModelKind.PARETONBD.fit(x, tx, age, null, null, options);
    int k = likelihood.size();
    double[] start = new double[k];
    double[] baseValues = base.toModel().values();
    for (int j = 0; j < 4; j++) {
      start[j] = Math.log(baseValues[j]);
    }
    PenalisedFit.Outcome result = PenalisedFit.minimise(likelihood, n, start, penalty, options);
    double[] theta = result.theta();
    double negLl = likelihood.value(theta, new double[k]);
    if (!Double.isFinite(negLl)) {
      throw new IllegalStateException(
          "paretonbd: the time-varying covariate fit left the finite region");
    }
    List<String> baseNames = ValueModelKind.PARETONBD.parameterNames();
    Map<String, Double> params = new LinkedHashMap<>();
    for (int j = 0; j < 4; j++) {
      params.put(baseNames.get(j), Math.exp(theta[j]));
    }
    List<String> effectNames = new ArrayList<>();
    for (String name : purchase.names()) {
      effectNames.add("purchase." + name);
    }
    for (String name : dropout.names()) {
      effectNames.add("dropout." + name);
    }
    Map<String, Double> effects = new LinkedHashMap<>();
    for (int j = 4; j < k; j++) {
      effects.put(effectNames.get(j - 4), theta[j]);
    }
    Map<String, Double> ses =
        PenalisedFit.standardErrors(likelihood, theta, penalty.l2() * n, baseNames, effectNames);
    String message = result.message();
    if (ses.isEmpty()) {
      message += "; standard errors unavailable: the Hessian is not positive definite";
    }
    return new TimeVaryingFit(
        params,
        effects,
        ses,
        purchase.names(),
        dropout.names(),
        centres,
        scales,
        penalty,
        -negLl,
        result.converged(),
        result.iterations(),
        n,
        message);
  }

  /**
   * Simulated customers of the time-varying model and their purchases after calibration.
   *
   * @param histories the calibration histories
   * @param holdout per customer, the purchases in {@code (T, T + horizon]}
   */
  public record Simulation(PurchaseHistories histories, int[] holdout) {
    /** Copies the counts. */
    public Simulation {
      holdout = holdout.clone();
    }

    /**
     * A copy of the holdout counts.
     *
     * @return per customer, the purchases after T within the horizon
     */
    @Override
    public int[] holdout() {
      return holdout.clone();
    }
  }

  /**
   * Simulates customers: {@code lambda ~ Gamma(r, alpha)}, {@code mu ~ Gamma(s, beta)}, purchases
   * at rate {@code lambda exp(gamma_p' z(t))} and dropout at rate {@code mu exp(gamma_d' w(t))}
   * along each customer's covariate path (raw values, not standardised), from its first purchase at
   * {@code birth} until it drops out or {@code T + horizon} ends. Seeded per customer, so a
   * customer's draw does not depend on the others.
   *
   * @param model the base parameters r, alpha, s, beta
   * @param purchaseEffects one coefficient per purchase covariate
   * @param dropoutEffects one coefficient per dropout covariate
   * @param birth calendar time of each first purchase
   * @param age T per customer
   * @param horizon the period after T whose purchases are counted, non-negative
   * @param purchase the purchase covariates through T + horizon
   * @param dropout the dropout covariates through T + horizon
   * @param seed the random seed
   * @return the calibration histories and the holdout counts
   */
  public static Simulation simulate(
      ParetoNbdModel model,
      double[] purchaseEffects,
      double[] dropoutEffects,
      double[] birth,
      double[] age,
      double horizon,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout,
      long seed) {
    PurchaseModel.requireTime("TimeVaryingParetoNbd.horizon", horizon);
    int n = birth.length;
    requireRows(n, purchase, dropout);
    if (purchaseEffects.length != purchase.count() || dropoutEffects.length != dropout.count()) {
      throw CxValidationException.of(
          "TimeVaryingParetoNbd.effects",
          "have one coefficient per covariate ("
              + purchase.count()
              + " purchase, "
              + dropout.count()
              + " dropout)",
          purchaseEffects.length + " and " + dropoutEffects.length);
    }
    double[][] repeat = new double[n][];
    int[] holdout = new int[n];
    double[] zero = new double[n];
    // the pieces check that the paths cover [birth, birth + T + horizon]
    TimeVaryingLikelihood.Pieces.build(birth, zero, age, horizon, purchase, dropout);
    for (int i = 0; i < n; i++) {
      java.util.SplittableRandom rng = Sampling.forRow(seed, i);
      double lambda = Sampling.gamma(rng, model.r(), model.alpha());
      double mu = Sampling.gamma(rng, model.s(), model.beta());
      double hazard = Sampling.exponential(rng, 1.0);
      double t = birth[i];
      double stopAt = birth[i] + age[i] + horizon;
      double[] bp = purchase.breaks();
      double[] bd = dropout.breaks();
      List<Double> times = new ArrayList<>();
      while (t < stopAt) {
        int kp = purchase.intervalOf(t);
        int kd = dropout.intervalOf(t);
        double hi = stopAt;
        if (kp + 1 < bp.length - 1) {
          hi = Math.min(hi, bp[kp + 1]);
        }
        if (kd + 1 < bd.length - 1) {
          hi = Math.min(hi, bd[kd + 1]);
        }
        double rate = lambda * Math.exp(dot(purchaseEffects, purchase.values()[i], kp));
        double death = mu * Math.exp(dot(dropoutEffects, dropout.values()[i], kd));
        double stop = hi;
        boolean dies = hazard < death * (hi - t);
        if (dies) {
          stop = t + hazard / death;
        } else {
          hazard -= death * (hi - t);
        }
        double u = t + Sampling.exponential(rng, rate);
        while (u < stop) {
          double since = u - birth[i];
          if (since <= age[i]) {
            times.add(since);
          } else {
            holdout[i]++;
          }
          u += Sampling.exponential(rng, rate);
        }
        if (dies) {
          break;
        }
        t = stop;
      }
      repeat[i] = times.stream().mapToDouble(Double::doubleValue).toArray();
    }
    return new Simulation(new PurchaseHistories(birth, repeat, age), holdout);
  }

  private static double dot(double[] effects, double[] row, int interval) {
    double sum = 0;
    int w = effects.length;
    for (int j = 0; j < w; j++) {
      sum += effects[j] * row[interval * w + j];
    }
    return sum;
  }

  static void requireRows(int n, TimeVaryingCovariates purchase, TimeVaryingCovariates dropout) {
    if (purchase.size() != n || dropout.size() != n) {
      throw CxValidationException.of(
          "TimeVaryingParetoNbd.covariates",
          "have one row per customer (" + n + ")",
          purchase.size() != n ? purchase.size() : dropout.size());
    }
  }

  /** Mean and population standard deviation of each covariate over all customers and intervals. */
  private static void measure(
      TimeVaryingCovariates c, int offset, double[] centres, double[] scales) {
    int w = c.count();
    int cells = c.size() * c.intervals();
    for (int j = 0; j < w; j++) {
      double sum = 0;
      for (double[] row : c.values()) {
        for (int k = j; k < row.length; k += w) {
          sum += row[k];
        }
      }
      double centre = sum / cells;
      double ss = 0;
      for (double[] row : c.values()) {
        for (int k = j; k < row.length; k += w) {
          double d = row[k] - centre;
          ss += d * d;
        }
      }
      double scale = Math.sqrt(ss / cells);
      if (!(scale > 0)) {
        throw CxValidationException.of(
            "TimeVaryingCovariates.values",
            "vary to be standardised (covariate " + c.names().get(j) + ")",
            centre);
      }
      centres[offset + j] = centre;
      scales[offset + j] = scale;
    }
  }

  /** The likelihood on pieces reaching {@code horizon} after each customer's T. */
  static TimeVaryingLikelihood likelihood(
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout,
      double[] centres,
      double[] scales,
      double horizon) {
    TimeVaryingLikelihood.Pieces pieces =
        TimeVaryingLikelihood.Pieces.build(
            customers.birth(), customers.recency(), customers.age(), horizon, purchase, dropout);
    return likelihood(customers, purchase, dropout, centres, scales, pieces);
  }

  /** The likelihood on pieces reaching the end of the covariate paths. */
  static TimeVaryingLikelihood likelihoodToPathEnd(
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout,
      double[] centres,
      double[] scales) {
    TimeVaryingLikelihood.Pieces pieces =
        TimeVaryingLikelihood.Pieces.toPathEnd(
            customers.birth(), customers.recency(), customers.age(), purchase, dropout);
    return likelihood(customers, purchase, dropout, centres, scales, pieces);
  }

  private static TimeVaryingLikelihood likelihood(
      PurchaseHistories customers,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout,
      double[] centres,
      double[] scales,
      TimeVaryingLikelihood.Pieces pieces) {
    int n = customers.size();
    int kp = purchase.count();
    int kd = dropout.count();
    int[] x = customers.frequency();
    double[] tx = customers.recency();
    double[] age = customers.age();
    double[] birth = customers.birth();
    double[][] zp = scaled(purchase, 0, centres, scales);
    double[][] zd = scaled(dropout, kp, centres, scales);
    double[] sums = new double[n * kp];
    if (kp > 0) {
      for (int i = 0; i < n; i++) {
        for (double t : customers.timesAt(i)) {
          int k = purchase.intervalOf(birth[i] + t);
          for (int j = 0; j < kp; j++) {
            sums[i * kp + j] += zp[i][k * kp + j];
          }
        }
      }
    }
    return new TimeVaryingLikelihood(x, tx, age, pieces, zp, kp, zd, kd, sums);
  }

  private static double[][] scaled(
      TimeVaryingCovariates c, int offset, double[] centres, double[] scales) {
    int w = c.count();
    double[][] out = new double[c.size()][];
    for (int i = 0; i < out.length; i++) {
      double[] row = c.values()[i];
      double[] z = new double[row.length];
      for (int k = 0; k < row.length; k++) {
        int j = k % w;
        z[k] = (row[k] - centres[offset + j]) / scales[offset + j];
      }
      out[i] = z;
    }
    return out;
  }
}
