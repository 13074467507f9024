/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import io.github.cx4j.core.CxValidationException;
import org.hipparchus.special.Beta;
import org.hipparchus.special.Gamma;

/**
 * A fitted or given BG/BB model (Fader, Hardie and Shang 2010, "Customer-base analysis in a
 * discrete-time noncontractual setting", Marketing Science 29(6)): at each of a series of discrete
 * purchase opportunities an alive customer buys with probability p ~ Beta(alpha, beta), and becomes
 * inactive at the start of each period with probability theta ~ Beta(gamma, delta). Times are whole
 * numbers of opportunities: x repeat transactions, recency t_x (the opportunity of the last one, 0
 * if none) and n opportunities (the "age").
 *
 * @param alpha first shape of the purchase probability
 * @param beta second shape of the purchase probability
 * @param gamma first shape of the dropout probability
 * @param delta second shape of the dropout probability
 */
public record BgBbModel(double alpha, double beta, double gamma, double delta)
    implements PurchaseModel {

  /** Validates the parameters (positive and finite). */
  public BgBbModel {
    ValueModel.requirePositive("BgBbModel.alpha", alpha);
    ValueModel.requirePositive("BgBbModel.beta", beta);
    ValueModel.requirePositive("BgBbModel.gamma", gamma);
    ValueModel.requirePositive("BgBbModel.delta", delta);
  }

  @Override
  public ValueModelKind kind() {
    return ValueModelKind.BGBB;
  }

  @Override
  public double[] values() {
    return new double[] {alpha, beta, gamma, delta};
  }

  private static int periods(String field, double t) {
    if (!(t >= 0) || t != Math.rint(t) || t > 1e7) {
      throw CxValidationException.of(field, "be a whole non-negative number of periods", t);
    }
    return (int) t;
  }

  private double[] evaluate(int x, double tx, double n) {
    Patterns.validate("BgBb", 0, x, tx, n, 1.0, true);
    double[] logAlive = new double[1];
    double ll =
        BgBbLikelihood.single(
            alpha, beta, gamma, delta, x, (int) tx, (int) n, new double[4], logAlive);
    return new double[] {ll, logAlive[0]};
  }

  @Override
  public double logLikelihood(int x, double tx, double n) {
    return evaluate(x, tx, n)[0];
  }

  /** P(alive at opportunity n | x, t_x, n) (the customer may still buy at opportunity n + 1). */
  @Override
  public double probabilityAlive(int x, double tx, double n) {
    return Math.min(1.0, Math.exp(evaluate(x, tx, n)[1]));
  }

  /** Sum over j = 1..t of B(gamma, delta + n + j) / B(gamma, delta + n). */
  private double survivalSum(int n, int t) {
    double ratio = 1.0;
    double sum = 0;
    for (int j = 1; j <= t; j++) {
      ratio *= (delta + n + j - 1) / (gamma + delta + n + j - 1);
      sum += ratio;
      if (ratio < 1e-18 * sum) {
        break;
      }
    }
    return sum;
  }

  /** {@inheritDoc} Here t is a whole number of opportunities. */
  @Override
  public double expectedPurchases(double t) {
    int periods = periods("BgBb.t", t);
    return alpha / (alpha + beta) * survivalSum(0, periods);
  }

  /** {@inheritDoc} Here t, t_x and n are whole numbers of opportunities. */
  @Override
  public double conditionalExpectedPurchases(double t, int x, double tx, double n) {
    int periods = periods("BgBb.t", t);
    double alive = probabilityAlive(x, tx, n);
    return alive * (alpha + x) / (alpha + beta + n) * survivalSum((int) n, periods);
  }

  @Override
  public double probabilityAliveAt(int x, double tx, double n, double t) {
    int periods = periods("BgBb.t", t);
    double alive = probabilityAlive(x, tx, n);
    double logRatio = Beta.logBeta(gamma, delta + n + periods) - Beta.logBeta(gamma, delta + n);
    return alive * Math.exp(logRatio);
  }

  /**
   * {@inheritDoc} Fader, Hardie and Shang (2010), eq. 8, summed in log space; t is a whole number
   * of opportunities.
   */
  @Override
  public double probabilityOfPurchases(int k, double t) {
    int n = periods("BgBb.t", t);
    if (k < 0) {
      throw CxValidationException.of("PurchaseModel.n", "be non-negative", k);
    }
    if (k > n) {
      return 0.0;
    }
    double lbAB = Beta.logBeta(alpha, beta);
    double lbGD = Beta.logBeta(gamma, delta);
    double total =
        Math.exp(
            logChoose(n, k)
                + Beta.logBeta(alpha + k, beta + n - k)
                - lbAB
                + Beta.logBeta(gamma, delta + n)
                - lbGD);
    for (int i = k; i < n; i++) {
      total +=
          Math.exp(
              logChoose(i, k)
                  + Beta.logBeta(alpha + k, beta + i - k)
                  - lbAB
                  + Beta.logBeta(gamma + 1, delta + i)
                  - lbGD);
    }
    return Math.min(1.0, total);
  }

  private static double logChoose(int n, int k) {
    return Gamma.logGamma(n + 1.0) - Gamma.logGamma(k + 1.0) - Gamma.logGamma(n - k + 1.0);
  }

  /**
   * Discounted expected residual transactions (Fader, Hardie and Shang 2010, eq. 14): the expected
   * transactions at opportunities n + 1, n + 2, ..., the j-th discounted by {@code (1 + d)^-j}, in
   * closed form with a Gauss hypergeometric function.
   *
   * @param discountRate d per opportunity, positive
   * @param x repeat transactions
   * @param tx recency
   * @param n opportunities so far
   * @return DERT, a number of transactions
   */
  public double discountedExpectedResidualTransactions(
      double discountRate, int x, double tx, double n) {
    if (!(discountRate > 0) || !Double.isFinite(discountRate)) {
      throw CxValidationException.of("BgBb.discountRate", "be positive and finite", discountRate);
    }
    double alive = probabilityAlive(x, tx, n);
    double z = 1.0 / (1.0 + discountRate);
    double log2f1 = Hyp2F1.logOneP(delta + n + 1, gamma + delta + n + 1, z, null);
    double first = (delta + n) / (gamma + delta + n);
    return alive * (alpha + x) / (alpha + beta + n) * first * z * Math.exp(log2f1);
  }
}
