/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * How far ahead a lifetime value looks and how it discounts, all explicit: no assumed month length.
 * The horizon is cut into periods of {@code period} time units; the purchases of the k-th period
 * are discounted by {@code (1 + discountRate)^-k}.
 *
 * @param horizon the horizon, in the model's time unit (weeks for the CDNOW examples), non-negative
 * @param period the discounting period, in the same unit, positive (4.348 weeks for a mean
 *     Gregorian month, 52.18 for a year)
 * @param discountRate the discount rate per period, greater than -1
 */
public record ClvHorizon(double horizon, double period, double discountRate) {

  /** Validates the horizon. */
  public ClvHorizon {
    PurchaseModel.requireHorizon(horizon, period, discountRate);
  }

  /**
   * A horizon from an annual discount rate, converted to a rate per period.
   *
   * @param horizon the horizon in time units
   * @param period the discounting period in time units
   * @param annualRate the annual discount rate, greater than -1
   * @param unitsPerYear time units in a year (52.1775 weeks, 365.2425 days)
   * @return the horizon with the per-period rate {@code (1 + annualRate)^(period / unitsPerYear) -
   *     1}
   */
  public static ClvHorizon ofAnnualRate(
      double horizon, double period, double annualRate, double unitsPerYear) {
    if (!(unitsPerYear > 0) || !Double.isFinite(unitsPerYear)) {
      throw CxValidationException.of(
          "ClvHorizon.unitsPerYear", "be positive and finite", unitsPerYear);
    }
    if (!(annualRate > -1) || !Double.isFinite(annualRate)) {
      throw CxValidationException.of(
          "ClvHorizon.annualRate", "be finite and greater than -1", annualRate);
    }
    double rate = Math.expm1(Math.log1p(annualRate) * period / unitsPerYear);
    return new ClvHorizon(horizon, period, rate);
  }
}
