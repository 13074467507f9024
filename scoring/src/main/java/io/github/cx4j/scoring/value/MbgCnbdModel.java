/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

/**
 * A fitted or given MBG/CNBD-k (Platzer and Reutterer 2016, "Ticking away the moments: timing
 * regularity helps to better predict customer activity", Marketing Science 35(5)): inter-purchase
 * times are Erlang-k with rate lambda ~ Gamma(r, alpha) across customers (k = 1 is the exponential
 * of the {@link MbgNbdModel}); at the first purchase and after each repeat purchase a customer
 * drops out with probability p ~ Beta(a, b). The predictions are exact (see docs/value.md), not the
 * scaled-alpha approximation of the R package BTYDplus.
 *
 * @param k the regularity: the Erlang order of the inter-purchase times, 1 or more
 * @param r shape of the rate distribution
 * @param alpha scale of the rate distribution, in time units
 * @param a first shape of the dropout-probability distribution
 * @param b second shape of the dropout-probability distribution
 */
public record MbgCnbdModel(int k, double r, double alpha, double a, double b)
    implements PurchaseModel {

  /** Validates the parameters: k in 1..1000, the others positive and finite. */
  public MbgCnbdModel {
    CnbdFamily.requireK("MbgCnbdModel", k);
    ValueModel.requirePositive("MbgCnbdModel.r", r);
    ValueModel.requirePositive("MbgCnbdModel.alpha", alpha);
    ValueModel.requirePositive("MbgCnbdModel.a", a);
    ValueModel.requirePositive("MbgCnbdModel.b", b);
  }

  @Override
  public ValueModelKind kind() {
    return ValueModelKind.MBGCNBD;
  }

  @Override
  public double[] values() {
    return new double[] {k, r, alpha, a, b};
  }

  /**
   * {@inheritDoc} Without the inter-purchase-time term {@code (k-1) litt - x ln (k-1)!}, which does
   * not depend on the parameters r, alpha, a and b.
   */
  @Override
  public double logLikelihood(int x, double tx, double age) {
    return CnbdFamily.logLikelihood(cnbd(), x, tx, age);
  }

  @Override
  public double expectedPurchases(double t) {
    return CnbdFamily.conditionalExpected(cnbd(), t, 0, 0.0, 0.0);
  }

  @Override
  public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    return CnbdFamily.conditionalExpected(cnbd(), t, x, tx, age);
  }

  @Override
  public double probabilityAlive(int x, double tx, double age) {
    return CnbdFamily.probabilityAlive(cnbd(), x, tx, age);
  }

  @Override
  public double probabilityAliveAt(int x, double tx, double age, double t) {
    return CnbdFamily.aliveAt(cnbd(), x, tx, age, t);
  }

  @Override
  public double probabilityOfPurchases(int n, double t) {
    return CnbdFamily.probabilityOfPurchases(cnbd(), n, t);
  }

  CnbdParameters cnbd() {
    return new CnbdParameters(k, r, alpha, a, b, 1);
  }
}
