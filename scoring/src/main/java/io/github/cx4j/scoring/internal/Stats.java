/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.internal;

import io.github.cx4j.core.CxValidationException;
import java.util.Arrays;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.distribution.continuous.TDistribution;

/**
 * Small statistical helpers used by the survey and quality packages. Not API.
 *
 * <p>Normal and Student-t quantiles come from Hipparchus; the Wilson interval follows Wilson
 * (1927), "Probable inference, the law of succession, and statistical inference", JASA 22:209-212.
 */
public final class Stats {
  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(0, 1);

  private Stats() {}

  /**
   * Checks a confidence level.
   *
   * @param level the level
   * @param field the qualified field for the error
   * @return the level
   * @throws CxValidationException unless {@code 0 < level < 1}
   */
  public static double checkLevel(double level, String field) {
    if (!(level > 0 && level < 1)) {
      throw CxValidationException.of(field, "be strictly between 0 and 1", level);
    }
    return level;
  }

  /**
   * The two-sided standard-normal critical value for a confidence level: {@code Phi^-1((1 + level)
   * / 2)}, 1.959964 for 0.95.
   *
   * @param level a level in (0, 1)
   * @param field the qualified field for the error
   * @return the critical value
   */
  public static double z(double level, String field) {
    checkLevel(level, field);
    return STANDARD_NORMAL.inverseCumulativeProbability((1 + level) / 2);
  }

  /**
   * The two-sided Student-t critical value with {@code df} degrees of freedom.
   *
   * @param level a level in (0, 1)
   * @param df degrees of freedom, at least 1
   * @param field the qualified field for the error
   * @return the critical value
   */
  public static double t(double level, double df, String field) {
    checkLevel(level, field);
    if (!(df >= 1)) {
      throw CxValidationException.of(field + ".df", "be at least 1", df);
    }
    return new TDistribution(df).inverseCumulativeProbability((1 + level) / 2);
  }

  /**
   * The standard normal distribution function.
   *
   * @param x a finite value
   * @return {@code Phi(x)}
   */
  public static double normalCdf(double x) {
    return STANDARD_NORMAL.cumulativeProbability(x);
  }

  /**
   * The two-sided p-value of a z statistic: {@code 2 (1 - Phi(|z|))}, computed from the upper tail
   * so small p-values keep their precision.
   *
   * @param z a finite statistic
   * @return the p-value in [0, 1]
   */
  public static double twoSidedP(double z) {
    return Math.min(1.0, 2 * STANDARD_NORMAL.cumulativeProbability(-Math.abs(z)));
  }

  /**
   * Two-sided p-value of a t statistic.
   *
   * @param t the statistic
   * @param df degrees of freedom, at least 1
   * @return the p-value in [0, 1]
   */
  public static double twoSidedTP(double t, double df) {
    return Math.min(1.0, 2 * new TDistribution(df).cumulativeProbability(-Math.abs(t)));
  }

  /**
   * Wilson's score interval for a binomial share: {@code (p + z^2/2n +- z sqrt(p(1-p)/n +
   * z^2/4n^2)) / (1 + z^2/n)}.
   *
   * @param successes successes, {@code 0 <= successes <= n}
   * @param n trials, at least 1
   * @param z the critical value
   * @return {@code [low, high]} within [0, 1]
   */
  public static double[] wilson(double successes, double n, double z) {
    double p = successes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    // the interval always contains p, also where rounding would leave p = 0 or 1 just outside
    return new double[] {
      clamp(Math.min(p, centre - half), 0, 1), clamp(Math.max(p, centre + half), 0, 1)
    };
  }

  /**
   * Clamps a value to a range.
   *
   * @param value the value
   * @param low the lower end
   * @param high the upper end
   * @return the clamped value
   */
  public static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }

  /**
   * The percentile of sorted values by linear interpolation between order statistics (Hyndman and
   * Fan 1996, type 7, the default of R's {@code quantile}).
   *
   * @param sorted ascending values, at least one
   * @param q the probability in [0, 1]
   * @return the percentile
   */
  public static double percentile(double[] sorted, double q) {
    if (sorted.length == 1) {
      return sorted[0];
    }
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The two-sided percentile interval of bootstrap replicates.
   *
   * @param replicates the replicates (sorted in place)
   * @param level the confidence level
   * @return {@code [low, high]}
   */
  public static double[] percentileInterval(double[] replicates, double level) {
    Arrays.sort(replicates);
    return new double[] {
      percentile(replicates, (1 - level) / 2), percentile(replicates, (1 + level) / 2)
    };
  }

  /**
   * Checks the number of bootstrap replicates.
   *
   * @param replicates the number asked for
   * @param field the qualified field for the error
   * @return the number
   */
  public static int checkReplicates(int replicates, String field) {
    if (replicates < 100 || replicates > 1_000_000) {
      throw CxValidationException.of(field, "be within 100..1000000", replicates);
    }
    return replicates;
  }
}
