/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A closed confidence interval {@code [low, high]} in the units of its estimate (shares in [0, 1],
 * NPS shares in [-1, 1], means in scale points, index points in [0, 100], differences of means,
 * bootstrap percentile intervals). The one interval type of cx4j: every result with an interval
 * carries one of these. JSON: {@code [low, high]}.
 *
 * @param low the lower end
 * @param high the upper end, not below {@code low}
 */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({"low", "high"})
public record Interval(double low, double high) {

  /**
   * Checks the ends.
   *
   * @throws CxValidationException if an end is not finite or {@code high < low}
   */
  public Interval {
    if (!Double.isFinite(low)) {
      throw CxValidationException.of("Interval.low", "be finite", low);
    }
    if (!Double.isFinite(high)) {
      throw CxValidationException.of("Interval.high", "be finite", high);
    }
    if (high < low) {
      throw CxValidationException.of("Interval.high", "not be below low " + low, high);
    }
  }

  /**
   * An interval from an array {@code {low, high}}.
   *
   * @param ends two values
   * @return the interval
   * @throws CxValidationException unless there are exactly two ends, as for the constructor
   */
  public static Interval of(double[] ends) {
    if (ends.length != 2) {
      throw CxValidationException.of("Interval.ends", "hold exactly 2 values", ends.length);
    }
    return new Interval(ends[0], ends[1]);
  }

  /**
   * Whether the interval contains a value.
   *
   * @param value the value
   * @return true if {@code low <= value <= high}
   */
  public boolean contains(double value) {
    return value >= low && value <= high;
  }

  /**
   * The width.
   *
   * @return {@code high - low}
   */
  public double width() {
    return high - low;
  }
}
