/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

/**
 * A proportion with its 95% Wilson score interval (Wilson 1927), which stays inside [0, 1] and
 * behaves well for small counts and rates near 0 or 1. With {@code n = 0} the rate is 0 and the
 * interval [0, 1].
 *
 * @param count the number of cases with the property
 * @param n the number of cases
 * @param value {@code count / n}
 * @param lower the interval's lower end
 * @param upper the interval's upper end
 */
public record Rate(long count, long n, double value, double lower, double upper) {
  private static final double Z = 1.959963984540054;

  /**
   * A rate with its Wilson interval.
   *
   * @param count the count, 0..n
   * @param n the number of cases
   * @return the rate
   */
  public static Rate of(long count, long n) {
    if (n == 0) {
      return new Rate(0, 0, 0, 0, 1);
    }
    double p = count / (double) n;
    double z2 = Z * Z;
    double denom = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denom;
    double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
    return new Rate(count, n, p, Math.max(0, centre - half), Math.min(1, centre + half));
  }
}
