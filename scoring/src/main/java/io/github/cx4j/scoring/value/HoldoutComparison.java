/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.util.List;

/**
 * Predicted versus actual purchases in a holdout period, by calibration frequency: the data of the
 * conditional-expectations plot of Fader, Hardie and Lee (2005, Figure 4).
 *
 * @param holdoutLength the holdout length, in the model's time unit
 * @param rows one row per calibration frequency, the last pooling the higher ones
 * @param totalPredicted predicted holdout purchases of all customers
 * @param totalActual actual holdout purchases of all customers
 */
public record HoldoutComparison(
    double holdoutLength, List<Row> rows, double totalPredicted, double totalActual) {

  /** Copies the rows. */
  public HoldoutComparison {
    rows = List.copyOf(rows);
  }

  /**
   * One calibration frequency.
   *
   * @param frequency the calibration frequency x
   * @param pooled whether the row pools x and above
   * @param customers how many customers have it
   * @param predicted mean predicted holdout purchases per customer
   * @param actual mean actual holdout purchases per customer
   */
  public record Row(
      int frequency, boolean pooled, int customers, double predicted, double actual) {}
}
