/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.internal;

import io.github.cx4j.core.CxValidationException;

/** Argument checks with cx4j's standard messages. */
public final class Checks {
  private Checks() {}

  /**
   * Requires a finite number within 0..1.
   *
   * @param value the value
   * @param field the qualified field name
   * @return the value
   * @throws CxValidationException if the value is NaN, infinite or outside 0..1
   */
  public static double unit(double value, String field) {
    if (!(value >= 0.0 && value <= 1.0)) {
      throw CxValidationException.of(field, "be a finite number within 0..1", value);
    }
    return value;
  }

  /**
   * Requires a finite number.
   *
   * @param value the value
   * @param field the qualified field name
   * @return the value
   * @throws CxValidationException if the value is NaN or infinite
   */
  public static double finite(double value, String field) {
    if (!Double.isFinite(value)) {
      throw CxValidationException.of(field, "be a finite number", value);
    }
    return value;
  }
}
