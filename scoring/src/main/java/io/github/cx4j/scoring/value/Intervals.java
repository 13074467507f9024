/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * Central prediction intervals, one per customer: {@code low} is the {@code (1 - level) / 2}
 * quantile of the customer's predictive distribution and {@code high} its {@code (1 + level) / 2}
 * quantile (for counts, the smallest count whose distribution function reaches the probability), so
 * that {@code P(low <= Y <= high) >= level} for counts (with equality only where the distribution
 * allows it) and about {@code level} for continuous values.
 *
 * @param level the nominal coverage, in (0, 1)
 * @param low the lower end per customer
 * @param high the upper end per customer
 */
public record Intervals(double level, double[] low, double[] high) {

  /** Checks that the ends are paired and ordered. */
  public Intervals {
    PredictionIntervals.requireLevel(level);
    if (high.length != low.length) {
      throw CxValidationException.of(
          "Intervals.high", "have one value per low end (" + low.length + ")", high.length);
    }
    for (int i = 0; i < low.length; i++) {
      if (!(low[i] <= high[i])) {
        throw CxValidationException.of(
            "Intervals.low", "be at most the high end (customer index " + i + ")", low[i]);
      }
    }
  }

  /**
   * The number of customers.
   *
   * @return the size
   */
  public int size() {
    return low.length;
  }

  /**
   * The share of observed values inside their customer's interval (ends included).
   *
   * @param actual the observed value per customer
   * @return the empirical coverage in [0, 1]
   */
  public double coverage(double[] actual) {
    if (actual.length != low.length) {
      throw CxValidationException.of(
          "Intervals.actual", "have one value per customer (" + low.length + ")", actual.length);
    }
    if (actual.length == 0) {
      throw CxValidationException.of("Intervals.actual", "hold at least one value", 0);
    }
    int inside = 0;
    for (int i = 0; i < actual.length; i++) {
      if (actual[i] >= low[i] && actual[i] <= high[i]) {
        inside++;
      }
    }
    return inside / (double) actual.length;
  }
}
