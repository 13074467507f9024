/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/** The two levels of an axis in a two-by-two classification (service style, loyalty type). */
public enum Level implements Labelled {
  /** Below the threshold. */
  LOW,
  /** At or above the threshold. */
  HIGH;

  @Override
  public String code() {
    return name();
  }

  /**
   * The level of a value against a threshold: {@code HIGH} when {@code value >= threshold}.
   *
   * @param value the value
   * @param threshold the threshold
   * @return the level
   */
  public static Level of(double value, double threshold) {
    return value >= threshold ? HIGH : LOW;
  }
}
