/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;

/**
 * A model of repeat purchases and dropout (BG/NBD, MBG/NBD, Pareto/NBD, BG/BB). Times are in the
 * unit of the data the model was fitted on (weeks for the CDNOW examples; periods, i.e. purchase
 * opportunities, for BG/BB). A customer is summarised by frequency x (repeat purchases), recency
 * t_x (time of the last repeat purchase since the first purchase, 0 if none) and age T (time from
 * the first purchase to the end of the calibration period).
 */
public sealed interface PurchaseModel extends ValueModel
    permits BgNbdModel,
        MbgNbdModel,
        ParetoNbdModel,
        BgBbModel,
        BgCnbdModel,
        MbgCnbdModel,
        GgompertzNbdModel {

  /**
   * The log-likelihood of one customer's summary, computed in log space (finite for any valid
   * summary).
   *
   * @param x frequency
   * @param tx recency
   * @param age T
   * @return the log-likelihood
   */
  double logLikelihood(int x, double tx, double age);

  /**
   * E[X(t)]: expected purchases in (0, t] of a customer just acquired.
   *
   * @param t the length of the period, non-negative
   * @return the expectation
   */
  double expectedPurchases(double t);

  /**
   * E[Y(t) | x, t_x, T]: expected purchases in (T, T + t] of a customer with this summary.
   *
   * @param t the length of the future period, non-negative
   * @param x frequency
   * @param tx recency
   * @param age T
   * @return the expectation
   */
  double conditionalExpectedPurchases(double t, int x, double tx, double age);

  /**
   * P(alive at T | x, t_x, T): the probability that the customer has not dropped out by the end of
   * the calibration period.
   *
   * @param x frequency
   * @param tx recency
   * @param age T
   * @return a probability in [0, 1]
   */
  double probabilityAlive(int x, double tx, double age);

  /**
   * P(alive at T + t | x, t_x, T): the probability that the customer is still alive {@code t} time
   * units after the end of the calibration period (not conditioning on future purchases).
   *
   * @param x frequency
   * @param tx recency
   * @param age T
   * @param t time after T, non-negative
   * @return a probability in [0, 1]
   */
  double probabilityAliveAt(int x, double tx, double age, double t);

  /**
   * P(X(t) = n): the probability that a new customer makes exactly n purchases in (0, t].
   *
   * @param n the number of purchases, non-negative
   * @param t the length of the period
   * @return the probability
   */
  double probabilityOfPurchases(int n, double t);

  /**
   * Discounted expected purchases of one customer over a horizon: the expected purchases of each
   * period {@code ((k-1) period, k period]} after T, discounted by {@code (1 + rate)^-k}. The
   * period length and the discount rate per period are explicit (no assumed month length).
   *
   * @param x frequency
   * @param tx recency
   * @param age T
   * @param horizon the horizon in the model's time unit, non-negative
   * @param period the length of one discounting period in the same unit, positive
   * @param rate the discount rate per period, {@code > -1}
   * @return the discounted expected number of purchases
   */
  default double discountedExpectedPurchases(
      int x, double tx, double age, double horizon, double period, double rate) {
    requireHorizon(horizon, period, rate);
    int periods = (int) Math.ceil(horizon / period - 1e-12);
    double previous = 0;
    double total = 0;
    double factor = 1.0;
    for (int k = 1; k <= periods; k++) {
      double end = Math.min(horizon, k * period);
      double now = conditionalExpectedPurchases(end, x, tx, age);
      factor /= 1.0 + rate;
      total += (now - previous) * factor;
      previous = now;
    }
    return total;
  }

  /** Checks horizon arguments. */
  static void requireHorizon(double horizon, double period, double rate) {
    if (!(horizon >= 0) || !Double.isFinite(horizon)) {
      throw CxValidationException.of("Clv.horizon", "be finite and non-negative", horizon);
    }
    if (!(period > 0) || !Double.isFinite(period)) {
      throw CxValidationException.of("Clv.period", "be positive and finite", period);
    }
    if (!(rate > -1) || !Double.isFinite(rate)) {
      throw CxValidationException.of("Clv.discountRate", "be finite and greater than -1", rate);
    }
    if (horizon / period > 1e6) {
      throw CxValidationException.of(
          "Clv.horizon", "span at most 1,000,000 periods of " + period, horizon);
    }
  }

  /** Checks a future time. */
  static void requireTime(String field, double t) {
    if (!(t >= 0) || !Double.isFinite(t)) {
      throw CxValidationException.of(field, "be finite and non-negative", t);
    }
  }
}
