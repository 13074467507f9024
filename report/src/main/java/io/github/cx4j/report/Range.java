/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;

/**
 * A closed interval of a chart's value axis, for whiskers and bands.
 *
 * @param low the lower end, finite
 * @param high the upper end, finite and not below {@code low}
 */
public record Range(double low, double high) {
  /** Checks the ends. */
  public Range {
    Checks.finite("Range.low", low);
    Checks.finite("Range.high", high);
    if (high < low) {
      throw CxValidationException.of("Range.high", "not be below low " + low, high);
    }
  }
}
