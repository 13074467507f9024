/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import org.hipparchus.special.Beta;

/**
 * A fitted or given shifted-beta-geometric model of contractual retention (Fader and Hardie 2007,
 * "How to project customer retention", Journal of Interactive Marketing 21(1)): each customer
 * renews at the end of every period with probability 1 - theta until she churns, and theta ~
 * Beta(alpha, beta) across customers. Periods are the contract periods (years, months...).
 *
 * @param alpha first shape of the churn probability
 * @param beta second shape of the churn probability
 */
public record SbgModel(double alpha, double beta) implements ValueModel {

  /** Validates the parameters (positive and finite). */
  public SbgModel {
    ValueModel.requirePositive("SbgModel.alpha", alpha);
    ValueModel.requirePositive("SbgModel.beta", beta);
  }

  @Override
  public ValueModelKind kind() {
    return ValueModelKind.SBG;
  }

  @Override
  public double[] values() {
    return new double[] {alpha, beta};
  }

  private static void requirePeriod(String field, int t, int min) {
    if (t < min) {
      throw CxValidationException.of(field, "be at least " + min, t);
    }
  }

  /**
   * S(t) = B(alpha, beta + t) / B(alpha, beta): the share of a cohort still active after t periods.
   *
   * @param t periods, non-negative
   * @return the survival probability
   */
  public double survival(int t) {
    requirePeriod("Sbg.t", t, 0);
    return Math.exp(Beta.logBeta(alpha, beta + t) - Beta.logBeta(alpha, beta));
  }

  /**
   * P(T = t) = B(alpha + 1, beta + t - 1) / B(alpha, beta): the probability of churning at the end
   * of period t.
   *
   * @param t the period, at least 1
   * @return the probability
   */
  public double churnProbability(int t) {
    requirePeriod("Sbg.t", t, 1);
    return Math.exp(Beta.logBeta(alpha + 1, beta + t - 1) - Beta.logBeta(alpha, beta));
  }

  /**
   * The retention rate of period t, {@code r_t = S(t) / S(t - 1) = (beta + t - 1) / (alpha + beta +
   * t - 1)}: it rises with t because the customers who remain are the loyal ones (FH 2007 eq. 5).
   *
   * @param t the period, at least 1
   * @return the retention rate
   */
  public double retentionRate(int t) {
    requirePeriod("Sbg.t", t, 1);
    return (beta + t - 1) / (alpha + beta + t - 1);
  }

  /**
   * The projected survival curve S(0), ..., S(periods).
   *
   * @param periods the number of periods, non-negative
   * @return the curve, starting at 1
   */
  public double[] survivalCurve(int periods) {
    requirePeriod("Sbg.periods", periods, 0);
    double[] s = new double[periods + 1];
    s[0] = 1.0;
    for (int t = 1; t <= periods; t++) {
      s[t] = s[t - 1] * retentionRate(t);
    }
    return s;
  }

  /**
   * Discounted expected lifetime of a new customer, in periods: {@code sum_t S(t) / (1 + d)^t =
   * 2F1(1, beta; alpha + beta; 1 / (1 + d))} (Fader and Hardie 2010, "Customer-base valuation in a
   * contractual setting", Marketing Science 29(1), eq. 4). Multiply by the margin per period for
   * the expected lifetime value of a customer about to sign.
   *
   * @param discountRate d per period, positive
   * @return the discounted expected lifetime
   */
  public double discountedExpectedLifetime(double discountRate) {
    requireRate(discountRate);
    return Math.exp(Hyp2F1.logOneP(beta, alpha + beta, 1.0 / (1.0 + discountRate), null));
  }

  /**
   * Discounted expected residual lifetime of a customer who has made {@code renewals} renewals,
   * evaluated just before her next renewal decision: {@code (beta + n - 1) / (alpha + beta + n - 1)
   * 2F1(1, beta + n; alpha + beta + n; 1 / (1 + d))} with {@code n = renewals + 1} (Fader and
   * Hardie 2010, eq. 6). Multiply by the margin per period for the residual value of the customer.
   *
   * @param discountRate d per period, positive
   * @param renewals renewals so far, non-negative
   * @return the discounted expected residual lifetime, in periods
   */
  public double discountedExpectedResidualLifetime(double discountRate, int renewals) {
    requireRate(discountRate);
    requirePeriod("Sbg.renewals", renewals, 0);
    int n = renewals + 1;
    double first = (beta + n - 1) / (alpha + beta + n - 1);
    return first
        * Math.exp(Hyp2F1.logOneP(beta + n, alpha + beta + n, 1.0 / (1.0 + discountRate), null));
  }

  private static void requireRate(double d) {
    if (!(d > 0) || !Double.isFinite(d)) {
      throw CxValidationException.of("Sbg.discountRate", "be positive and finite", d);
    }
  }
}
