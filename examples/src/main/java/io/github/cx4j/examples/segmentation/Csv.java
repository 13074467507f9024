/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.segmentation;

import io.github.cx4j.io.CsvWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** CSV cells for the segmentation commands. */
final class Csv {
  private Csv() {}

  /** A text cell, quoted by cx4j-io's rule ({@link CsvWriter#cell}). */
  static String text(String value) {
    return CsvWriter.cell(value, ',');
  }

  /**
   * A number rounded to six decimals, without trailing zeros or exponent ({@code 12.5}, {@code 0}).
   */
  static String number(double value) {
    BigDecimal d =
        BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
    if (d.signum() == 0) {
      return "0";
    }
    return d.toPlainString();
  }
}
