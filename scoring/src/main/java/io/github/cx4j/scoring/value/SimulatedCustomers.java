/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * Repeat-purchase summaries produced by a model's seeded simulator: frequency x, recency t_x and
 * age T per customer, in the model's time unit.
 *
 * @param frequency repeat purchases per customer
 * @param recency time of the last repeat purchase (0 if none)
 * @param age time from the first purchase to the end of the observation
 */
public record SimulatedCustomers(int[] frequency, double[] recency, double[] age) {

  /** Checks that the columns have one value per customer. */
  public SimulatedCustomers {
    if (recency.length != frequency.length || age.length != frequency.length) {
      throw CxValidationException.of(
          "SimulatedCustomers.recency", "have as many values as frequency", recency.length);
    }
  }

  /**
   * The number of customers.
   *
   * @return the size
   */
  public int size() {
    return frequency.length;
  }
}
