/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.internal;

import io.github.cx4j.core.Interval;

/**
 * The one Wilson score interval of cx4j, after Wilson (1927), "Probable inference, the law of
 * succession, and statistical inference", Journal of the American Statistical Association
 * 22:209-212, used for every share with an interval (CSAT, CES agreement, complaint rates).
 */
public final class Intervals {
  /** The two-sided 95% standard-normal critical value {@code Phi^-1(0.975)}. */
  public static final double Z95 = 1.959963984540054;

  private Intervals() {}

  /**
   * Wilson's score interval for a binomial share: {@code (p + z^2/2n +- z sqrt(p(1-p)/n +
   * z^2/4n^2)) / (1 + z^2/n)}. It always contains {@code p} and stays within [0, 1]; with no trials
   * it is {@code [0, 1]}.
   *
   * @param successes successes, {@code 0 <= successes <= n}
   * @param n trials, at least 0
   * @param z the critical value, positive
   * @return the interval
   */
  public static Interval wilson(double successes, double n, double z) {
    if (n == 0) {
      return new Interval(0, 1);
    }
    double p = successes / n;
    double z2 = z * z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2 * n)) / denom;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / denom;
    // the interval always contains p, also where rounding would leave p = 0 or 1 just outside
    return new Interval(
        clamp(Math.min(p, centre - half), 0, 1), clamp(Math.max(p, centre + half), 0, 1));
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
}
