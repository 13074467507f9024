/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.internal;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.internal.StudentT;
import org.hipparchus.distribution.continuous.NormalDistribution;

/**
 * Small statistical helpers used by the survey and quality packages: checked confidence levels and
 * their critical values. Not API.
 *
 * <p>Normal quantiles come from Hipparchus; Student-t ones from cx4j-core's one {@link StudentT}
 * (shared with the complaints module). Wilson intervals and percentiles live in cx4j-core too
 * ({@code core.internal.Intervals}, {@code core.internal.Percentiles}).
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
    return StudentT.quantile((1 + level) / 2, df);
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
    return StudentT.twoSidedP(t, df);
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
