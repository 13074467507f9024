/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule of cx4j where library code rounds a number for presentation (money to the
 * currency's digits, durations to whole seconds, numbers for text): half to even (banker's
 * rounding, IEEE 754's default), so that rounding many values does not drift upwards.
 */
public final class Rounding {
  /** The rounding mode. */
  public static final RoundingMode MODE = RoundingMode.HALF_EVEN;

  private Rounding() {}

  /**
   * A finite value rounded to a number of decimals.
   *
   * @param value a finite value
   * @param digits the decimals, at least 0
   * @return the decimal with exactly {@code digits} decimals
   */
  public static BigDecimal decimal(double value, int digits) {
    return BigDecimal.valueOf(value).setScale(digits, MODE);
  }

  /**
   * A finite value rounded to a whole number, half to even.
   *
   * @param value a finite value within the range of {@code long}
   * @return the nearest whole number, the even one on a tie ({@code 2.5 -> 2}, {@code 3.5 -> 4})
   */
  public static long whole(double value) {
    return (long) Math.rint(value);
  }

  /**
   * A finite value as plain text with at most {@code digits} decimals and no trailing zeros or
   * exponent ({@code 12.5}, {@code 0}, {@code -3}).
   *
   * @param value a finite value
   * @param digits the most decimals, at least 0
   * @return the text
   */
  public static String plain(double value, int digits) {
    BigDecimal d = decimal(value, digits).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }
}
