/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.core.Interval;
import io.github.cx4j.core.internal.Intervals;

/**
 * A proportion with its 95% Wilson score interval (Wilson 1927), which stays inside [0, 1] and
 * behaves well for small counts and rates near 0 or 1. With {@code n = 0} the rate is 0 and the
 * interval [0, 1].
 *
 * @param count the number of cases with the property
 * @param n the number of cases
 * @param value {@code count / n}
 * @param interval the Wilson interval
 */
public record Rate(long count, long n, double value, Interval interval) {

  /**
   * A rate with its Wilson interval.
   *
   * @param count the count, 0..n
   * @param n the number of cases
   * @return the rate
   */
  public static Rate of(long count, long n) {
    Interval interval = Intervals.wilson(count, n, Intervals.Z95);
    return new Rate(count, n, n == 0 ? 0 : count / (double) n, interval);
  }
}
