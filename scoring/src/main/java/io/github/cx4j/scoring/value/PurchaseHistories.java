/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * Customers on a calendar axis, for the time-varying covariates of {@link TimeVaryingParetoNbd}:
 * each customer's first purchase ({@code birth}, calendar time in the model's time unit), repeat
 * purchase times (time units after the first purchase) and age {@code T} (time from the first
 * purchase to the end of calibration). Frequency and recency follow: {@code x} is the number of
 * repeat purchases, {@code t_x} the last of them (0 without any).
 *
 * @param birth calendar time of each customer's first purchase, finite
 * @param repeatTimes per customer, the repeat purchase times, ascending, each in {@code (0, T]}
 * @param age T per customer, positive and finite
 */
public record PurchaseHistories(double[] birth, double[][] repeatTimes, double[] age) {

  /** Validates the rows and copies the arrays. */
  public PurchaseHistories {
    int n = birth.length;
    if (repeatTimes.length != n || age.length != n) {
      throw CxValidationException.of(
          "PurchaseHistories.age",
          "have one value per customer (" + n + ") in birth, repeatTimes and age",
          repeatTimes.length != n ? repeatTimes.length : age.length);
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(birth[i])) {
        throw CxValidationException.of(
            "PurchaseHistories.birth", "be finite (customer index " + i + ")", birth[i]);
      }
      if (!(age[i] > 0) || !Double.isFinite(age[i])) {
        throw CxValidationException.of(
            "PurchaseHistories.age", "be positive and finite (customer index " + i + ")", age[i]);
      }
      double previous = 0;
      for (int j = 0; j < repeatTimes[i].length; j++) {
        double t = repeatTimes[i][j];
        if (!(t > 0 && t <= age[i]) || t < previous) {
          throw CxValidationException.of(
              "PurchaseHistories.repeatTimes",
              "be ascending and in (0, T] (customer index " + i + ", T = " + age[i] + ")",
              t);
        }
        previous = t;
      }
      copy[i] = repeatTimes[i].clone();
    }
    birth = birth.clone();
    repeatTimes = copy;
    age = age.clone();
  }

  /**
   * The number of customers.
   *
   * @return the rows
   */
  public int size() {
    return birth.length;
  }

  /**
   * A copy of the births.
   *
   * @return calendar time of each first purchase
   */
  @Override
  public double[] birth() {
    return birth.clone();
  }

  /**
   * A copy of the ages.
   *
   * @return T per customer
   */
  @Override
  public double[] age() {
    return age.clone();
  }

  /**
   * A copy of the repeat purchase times.
   *
   * @return per customer, ascending
   */
  @Override
  public double[][] repeatTimes() {
    double[][] copy = new double[repeatTimes.length][];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = repeatTimes[i].clone();
    }
    return copy;
  }

  /**
   * x per customer.
   *
   * @return the number of repeat purchases
   */
  public int[] frequency() {
    int[] x = new int[birth.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = repeatTimes[i].length;
    }
    return x;
  }

  /**
   * t_x per customer.
   *
   * @return the time of the last repeat purchase, 0 without any
   */
  public double[] recency() {
    double[] tx = new double[birth.length];
    for (int i = 0; i < tx.length; i++) {
      int m = repeatTimes[i].length;
      tx[i] = m == 0 ? 0 : repeatTimes[i][m - 1];
    }
    return tx;
  }

  double birthAt(int i) {
    return birth[i];
  }

  double[] timesAt(int i) {
    return repeatTimes[i];
  }
}
