/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Time-varying covariates of one process, piecewise constant over calendar intervals: interval
 * {@code k} is {@code [breaks[k], breaks[k + 1])} on the calendar time axis (in the model's time
 * unit, for example weeks since the start of the data), and {@code values[i][k * names.size() + j]}
 * is covariate {@code j} of customer {@code i} during interval {@code k}. Customers are placed on
 * the axis by their first purchase ({@code birth}, see {@link TimeVaryingParetoNbd}); the intervals
 * must cover each customer's observation window and, for predictions, the horizon after it.
 *
 * <p>Contextual factors the same for everyone (a season, a campaign) are rows that repeat across
 * customers; per-customer factors (a subscription that starts in week 20) differ between rows.
 *
 * @param names the covariate names, distinct and not blank
 * @param breaks the interval boundaries, finite and strictly increasing, at least two
 * @param values one row per customer with {@code (breaks.length - 1) * names.size()} finite values,
 *     interval-major
 */
public record TimeVaryingCovariates(List<String> names, double[] breaks, double[][] values) {

  /** Validates the names, the breaks and the rows. */
  public TimeVaryingCovariates {
    names = List.copyOf(names);
    Set<String> seen = new HashSet<>();
    for (String name : names) {
      if (name.isBlank() || !seen.add(name)) {
        throw CxValidationException.of(
            "TimeVaryingCovariates.names", "be distinct and not blank", names);
      }
    }
    if (breaks.length < 2) {
      throw CxValidationException.of(
          "TimeVaryingCovariates.breaks", "have at least two boundaries", breaks.length);
    }
    for (int k = 0; k < breaks.length; k++) {
      if (!Double.isFinite(breaks[k]) || (k > 0 && !(breaks[k] > breaks[k - 1]))) {
        throw CxValidationException.of(
            "TimeVaryingCovariates.breaks",
            "be finite and strictly increasing (index " + k + ")",
            breaks[k]);
      }
    }
    int width = (breaks.length - 1) * names.size();
    for (int i = 0; i < values.length; i++) {
      if (values[i].length != width) {
        throw CxValidationException.of(
            "TimeVaryingCovariates.values",
            "have "
                + width
                + " values per customer, "
                + names.size()
                + " per interval (customer index "
                + i
                + ")",
            values[i].length);
      }
      for (int c = 0; c < width; c++) {
        if (!Double.isFinite(values[i][c])) {
          throw CxValidationException.of(
              "TimeVaryingCovariates.values",
              "be finite (customer index "
                  + i
                  + ", interval "
                  + c / names.size()
                  + ", covariate "
                  + names.get(c % names.size())
                  + ")",
              values[i][c]);
        }
      }
    }
    breaks = breaks.clone();
  }

  /**
   * Static covariates as a path that never changes: each customer's values repeated over the one
   * interval {@code [from, to)}.
   *
   * @param covariates the static covariates
   * @param from the start of the calendar axis
   * @param to its end
   * @return the path
   */
  public static TimeVaryingCovariates constant(Covariates covariates, double from, double to) {
    double[][] v = new double[covariates.size()][];
    for (int i = 0; i < v.length; i++) {
      v[i] = covariates.values()[i].clone();
    }
    return new TimeVaryingCovariates(covariates.names(), new double[] {from, to}, v);
  }

  /**
   * No covariates for {@code customers} customers on the calendar interval {@code [from, to)}.
   *
   * @param customers the number of customers
   * @param from the start of the calendar axis
   * @param to its end
   * @return a path with no columns
   */
  public static TimeVaryingCovariates none(int customers, double from, double to) {
    return new TimeVaryingCovariates(List.of(), new double[] {from, to}, new double[customers][0]);
  }

  /**
   * The number of customers.
   *
   * @return the rows
   */
  public int size() {
    return values.length;
  }

  /**
   * The number of covariates.
   *
   * @return the columns per interval
   */
  public int count() {
    return names.size();
  }

  /**
   * The number of intervals.
   *
   * @return {@code breaks.length - 1}
   */
  public int intervals() {
    return breaks.length - 1;
  }

  /**
   * A copy of the breaks.
   *
   * @return the interval boundaries
   */
  @Override
  public double[] breaks() {
    return breaks.clone();
  }

  /** The interval holding calendar time t: the last k with breaks[k] &lt;= t (0 before). */
  int intervalOf(double t) {
    int lo = 0;
    int hi = breaks.length - 1;
    while (hi - lo > 1) {
      int mid = (lo + hi) >>> 1;
      if (breaks[mid] <= t) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
