/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.quality;

import com.google.common.math.DoubleMath;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.internal.Percentiles;
import io.github.cx4j.scoring.internal.Cholesky;
import io.github.cx4j.scoring.internal.Stats;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Key-driver analysis: how much of the variance of an outcome (overall satisfaction) each driver
 * (attribute ratings) accounts for, in a linear regression with correlated drivers.
 *
 * <ul>
 *   <li>Johnson's (2000) relative weights: with the driver correlation matrix {@code R = V diag(l)
 *       V'}, its symmetric square root {@code L = V diag(sqrt l) V'} (the correlations between the
 *       drivers and their closest orthogonal counterparts) and {@code beta = L^-1 r_xy}, the raw
 *       weight of driver j is {@code sum_k L_jk^2 beta_k^2}; the raw weights sum to R^2. Seeded
 *       bootstrap percentile intervals (resampling respondents) for raw weights and shares.
 *   <li>The Shapley value of R^2, known as LMG (Lindeman, Merenda and Gold 1980; Grömping 2006):
 *       the average increase in R^2 from adding driver j over all orders of entry, computed exactly
 *       from the R^2 of all 2^p subsets, for up to 15 drivers.
 * </ul>
 *
 * Drivers and outcome are standardised; a constant driver or outcome, or perfectly collinear
 * drivers, are errors (the weights are not defined), never NaN.
 */
public final class KeyDrivers {
  private static final Logger LOG = LoggerFactory.getLogger(KeyDrivers.class);

  /** The largest number of drivers for the exact Shapley decomposition. */
  public static final int MAX_SHAPLEY_DRIVERS = 15;

  private KeyDrivers() {}

  /**
   * One driver's importance.
   *
   * @param driver the driver's name
   * @param rawWeight Johnson's raw relative weight (a part of R^2)
   * @param share the raw weight as a share of R^2
   * @param rawInterval bootstrap percentile interval of the raw weight
   * @param shareInterval bootstrap percentile interval of the share
   * @param shapley the Shapley (LMG) share of R^2 (a part of R^2); empty for more than 15 drivers
   * @param correlation the driver's correlation with the outcome
   */
  public record Driver(
      String driver,
      double rawWeight,
      double share,
      Interval rawInterval,
      Interval shareInterval,
      java.util.OptionalDouble shapley,
      double correlation) {}

  /**
   * The analysis.
   *
   * @param n observations
   * @param rSquared R^2 of the regression on all drivers
   * @param drivers the drivers in input order
   * @param replicates bootstrap replicates asked for
   * @param failedReplicates replicates skipped because the resampled drivers were singular
   * @param level the intervals' level
   * @param seed the bootstrap seed
   */
  public record Result(
      int n,
      double rSquared,
      List<Driver> drivers,
      int replicates,
      int failedReplicates,
      double level,
      long seed) {
    /**
     * Copies the drivers.
     *
     * @param n observations
     * @param rSquared R^2
     * @param drivers drivers
     * @param replicates replicates
     * @param failedReplicates failed replicates
     * @param level level
     * @param seed seed
     */
    public Result {
      drivers = List.copyOf(drivers);
    }
  }

  /**
   * Relative weights with bootstrap intervals and, for up to 15 drivers, the Shapley decomposition
   * (for more drivers {@code shapley} is empty: the exact decomposition needs 2^p regressions).
   *
   * @param names the drivers' names, unique
   * @param drivers one column per driver ({@code drivers[j][i]}), finite values
   * @param outcome the outcome column
   * @param level the level of the intervals
   * @param replicates bootstrap replicates, 100..1,000,000
   * @param seed the bootstrap seed
   * @return the analysis
   */
  public static Result analyse(
      List<String> names,
      double[][] drivers,
      double[] outcome,
      double level,
      int replicates,
      long seed) {
    check(names, drivers, outcome);
    Stats.checkLevel(level, "KeyDrivers.level");
    Stats.checkReplicates(replicates, "KeyDrivers.replicates");
    int p = drivers.length;
    int n = outcome.length;
    // strict: these throw instead of returning null
    double[][] r = Objects.requireNonNull(correlations(drivers, outcome, names, true));
    double[] raw = Objects.requireNonNull(relativeWeights(r, true));
    double r2 = sum(raw);
    double[] lmg = p <= MAX_SHAPLEY_DRIVERS ? shapleyFromCorrelations(r) : null;
    SplittableRandom random = new SplittableRandom(seed);
    double[][] bootRaw = new double[p][replicates];
    double[][] bootShare = new double[p][replicates];
    int ok = 0;
    int failed = 0;
    int[] rows = new int[n];
    double[][] xs = new double[p][n];
    double[] ys = new double[n];
    for (int b = 0; b < replicates; b++) {
      for (int i = 0; i < n; i++) {
        rows[i] = random.nextInt(n);
      }
      for (int j = 0; j < p; j++) {
        for (int i = 0; i < n; i++) {
          xs[j][i] = drivers[j][rows[i]];
        }
      }
      for (int i = 0; i < n; i++) {
        ys[i] = outcome[rows[i]];
      }
      double[][] rb = correlations(xs, ys, names, false);
      double[] w = rb == null ? null : relativeWeights(rb, false);
      if (w == null) {
        failed++;
        continue;
      }
      double total = sum(w);
      for (int j = 0; j < p; j++) {
        bootRaw[j][ok] = w[j];
        bootShare[j][ok] = total > 0 ? w[j] / total : 1.0 / p;
      }
      ok++;
    }
    if (ok < replicates / 2) {
      throw CxValidationException.withMessage(
          "KeyDrivers.replicates",
          "KeyDrivers.replicates must mostly succeed, was "
              + failed
              + " of "
              + replicates
              + " bootstrap samples with singular drivers: too few observations for "
              + p
              + " drivers");
    }
    List<Driver> out = new ArrayList<>();
    for (int j = 0; j < p; j++) {
      double share = r2 > 0 ? raw[j] / r2 : 1.0 / p;
      double[] re = Percentiles.interval(java.util.Arrays.copyOf(bootRaw[j], ok), level);
      double[] se = Percentiles.interval(java.util.Arrays.copyOf(bootShare[j], ok), level);
      Interval ri = new Interval(re[0], re[1]);
      Interval si = new Interval(se[0], se[1]);
      out.add(
          new Driver(
              names.get(j),
              raw[j],
              share,
              ri,
              si,
              lmg == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(lmg[j]),
              r[p][j]));
    }
    if (failed > 0) {
      LOG.debug(
          "key drivers: {} of {} bootstrap replicates skipped (singular resampled drivers)",
          failed,
          replicates);
    }
    return new Result(n, r2, out, replicates, failed, level, seed);
  }

  /**
   * The exact Shapley (LMG) decomposition of R^2.
   *
   * @param names the drivers' names
   * @param drivers one column per driver, at most 15
   * @param outcome the outcome
   * @return each driver's share of R^2 (parts of R^2, summing to R^2), in input order
   */
  public static double[] shapley(List<String> names, double[][] drivers, double[] outcome) {
    check(names, drivers, outcome);
    if (drivers.length > MAX_SHAPLEY_DRIVERS) {
      throw CxValidationException.of(
          "KeyDrivers.drivers",
          "be at most 15 for the exact Shapley decomposition",
          drivers.length);
    }
    return shapleyFromCorrelations(
        Objects.requireNonNull(correlations(drivers, outcome, names, true)));
  }

  /**
   * Johnson's raw relative weights.
   *
   * @param names the drivers' names
   * @param drivers one column per driver
   * @param outcome the outcome
   * @return the raw weights (summing to R^2), in input order
   */
  public static double[] relativeWeights(List<String> names, double[][] drivers, double[] outcome) {
    check(names, drivers, outcome);
    return Objects.requireNonNull(
        relativeWeights(Objects.requireNonNull(correlations(drivers, outcome, names, true)), true));
  }

  private static void check(List<String> names, double[][] drivers, double[] outcome) {
    int p = drivers.length;
    if (p == 0) {
      throw CxValidationException.of("KeyDrivers.drivers", "hold at least one driver", 0);
    }
    if (names.size() != p) {
      throw CxValidationException.of(
          "KeyDrivers.names", "have one name per driver (" + p + ")", names.size());
    }
    if (new HashSet<>(names).size() != p) {
      throw CxValidationException.of("KeyDrivers.names", "be unique", names);
    }
    int n = outcome.length;
    if (n < p + 2) {
      throw CxValidationException.of(
          "KeyDrivers.outcome", "have at least drivers + 2 = " + (p + 2) + " observations", n);
    }
    for (int j = 0; j < p; j++) {
      if (drivers[j].length != n) {
        throw CxValidationException.of(
            "KeyDrivers.drivers[" + j + "]", "have " + n + " observations", drivers[j].length);
      }
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(drivers[j][i])) {
          throw CxValidationException.of(
              "KeyDrivers.drivers[" + j + "][" + i + "]", "be finite", drivers[j][i]);
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(outcome[i])) {
        throw CxValidationException.of("KeyDrivers.outcome[" + i + "]", "be finite", outcome[i]);
      }
    }
  }

  /**
   * The (p + 1) x p matrix: rows 0..p-1 the driver correlations, row p the driver-outcome
   * correlations. Returns null (when not strict) or throws for a constant column.
   */
  static double @Nullable [][] correlations(
      double[][] x, double[] y, List<String> names, boolean strict) {
    int p = x.length;
    int n = y.length;
    double[][] z = new double[p + 1][];
    for (int j = 0; j <= p; j++) {
      double[] col = j < p ? x[j] : y;
      double mean = 0;
      for (double v : col) {
        mean += v;
      }
      mean /= n;
      double ss = 0;
      for (double v : col) {
        ss += (v - mean) * (v - mean);
      }
      if (!(ss > 1e-12 * n * Math.max(1, mean * mean))) {
        if (!strict) {
          return null;
        }
        String what =
            j < p ? "KeyDrivers.drivers[" + j + "] (" + names.get(j) + ")" : "KeyDrivers.outcome";
        throw CxValidationException.of(what, "vary", "constant " + col[0]);
      }
      double sd = Math.sqrt(ss);
      double[] s = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = (col[i] - mean) / sd;
      }
      z[j] = s;
    }
    double[][] r = new double[p + 1][p];
    for (int a = 0; a <= p; a++) {
      for (int b = 0; b < p; b++) {
        if (a < p && b < a) {
          r[a][b] = r[b][a];
          continue;
        }
        double dot = 0;
        double[] za = z[a];
        double[] zb = z[b];
        for (int i = 0; i < n; i++) {
          dot += za[i] * zb[i];
        }
        r[a][b] = Math.max(-1, Math.min(1, dot));
      }
    }
    return r;
  }

  /** Johnson's raw weights from the correlations; null (when not strict) or error if singular. */
  static double @Nullable [] relativeWeights(double[][] r, boolean strict) {
    int p = r[0].length;
    double[][] rxx = new double[p][p];
    for (int a = 0; a < p; a++) {
      rxx[a] = r[a].clone();
      rxx[a][a] = 1.0;
    }
    RealMatrix m = new Array2DRowRealMatrix(rxx, false);
    EigenDecompositionSymmetric eig = new EigenDecompositionSymmetric(m);
    double[] values = eig.getEigenvalues();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (double v : values) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if (!(min > 1e-10 * max)) {
      if (!strict) {
        return null;
      }
      throw CxValidationException.withMessage(
          "KeyDrivers.drivers",
          "KeyDrivers.drivers must not be collinear, was a singular correlation matrix (smallest"
              + " eigenvalue "
              + String.format(java.util.Locale.ROOT, "%.3g", min)
              + ")");
    }
    RealMatrix v = eig.getV();
    double[][] lambda = new double[p][p];
    double[][] inverse = new double[p][p];
    for (int a = 0; a < p; a++) {
      for (int b = 0; b < p; b++) {
        double s = 0;
        double t = 0;
        for (int k = 0; k < p; k++) {
          double vv = v.getEntry(a, k) * v.getEntry(b, k);
          s += vv * Math.sqrt(values[k]);
          t += vv / Math.sqrt(values[k]);
        }
        lambda[a][b] = s;
        inverse[a][b] = t;
      }
    }
    double[] beta = new double[p];
    for (int a = 0; a < p; a++) {
      double s = 0;
      for (int b = 0; b < p; b++) {
        s += inverse[a][b] * r[p][b];
      }
      beta[a] = s;
    }
    double[] raw = new double[p];
    for (int j = 0; j < p; j++) {
      double s = 0;
      for (int k = 0; k < p; k++) {
        s += lambda[j][k] * lambda[j][k] * beta[k] * beta[k];
      }
      raw[j] = s;
    }
    return raw;
  }

  /** Exact Shapley values of R^2 from the correlations, via R^2 of all 2^p subsets. */
  static double[] shapleyFromCorrelations(double[][] r) {
    int p = r[0].length;
    relativeWeights(r, true); // rejects singular drivers with the standard message
    double[][] rxx = new double[p][];
    for (int a = 0; a < p; a++) {
      rxx[a] = r[a].clone();
      rxx[a][a] = 1.0;
    }
    int subsets = 1 << p;
    double[] r2 = new double[subsets];
    int[] idx = new int[p];
    double[][] l = new double[p][p];
    double[] w = new double[p];
    for (int mask = 1; mask < subsets; mask++) {
      int k = 0;
      for (int j = 0; j < p; j++) {
        if ((mask & (1 << j)) != 0) {
          idx[k++] = j;
        }
      }
      // Cholesky of R_SS (the singular drivers were rejected above), then R^2 = |L^-1 r_S|^2
      if (!Cholesky.factor(rxx, idx, k, 0.0, l)) {
        throw new IllegalStateException("driver correlations not positive definite: " + mask);
      }
      double total = 0;
      for (int a = 0; a < k; a++) {
        double s = r[p][idx[a]];
        for (int c = 0; c < a; c++) {
          s -= l[a][c] * w[c];
        }
        w[a] = s / l[a][a];
        total += w[a] * w[a];
      }
      r2[mask] = Math.min(1.0, total);
    }
    double[] weight = new double[p];
    // weight for a subset of size s not containing j: s! (p - s - 1)! / p!
    for (int s = 0; s < p; s++) {
      double lw = logFactorial(s) + logFactorial(p - s - 1) - logFactorial(p);
      weight[s] = Math.exp(lw);
    }
    double[] shapley = new double[p];
    for (int mask = 0; mask < subsets; mask++) {
      int size = Integer.bitCount(mask);
      for (int j = 0; j < p; j++) {
        int bit = 1 << j;
        if ((mask & bit) == 0) {
          shapley[j] += weight[size] * (r2[mask | bit] - r2[mask]);
        }
      }
    }
    return shapley;
  }

  private static double logFactorial(int k) {
    return Math.log(DoubleMath.factorial(k));
  }

  private static double sum(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s;
  }
}
