/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

/**
 * A fitted or given MBG/NBD (Batislam, Denizel and Filiztekin 2007, "Empirical validation and
 * comparison of models for customer base analysis", IJRM 24(3)): purchases follow a Poisson process
 * with rate lambda ~ Gamma(r, alpha) across customers; at the first purchase and after each repeat
 * purchase a customer drops out with probability p ~ Beta(a, b). Times are in the unit of the data
 * (alpha is in the same unit).
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha scale of the purchase-rate distribution, in time units
 * @param a first shape of the dropout-probability distribution
 * @param b second shape of the dropout-probability distribution
 */
public record MbgNbdModel(double r, double alpha, double a, double b) implements PurchaseModel {

  /** Validates the parameters (positive and finite). */
  public MbgNbdModel {
    ValueModel.requirePositive("MbgNbdModel.r", r);
    ValueModel.requirePositive("MbgNbdModel.alpha", alpha);
    ValueModel.requirePositive("MbgNbdModel.a", a);
    ValueModel.requirePositive("MbgNbdModel.b", b);
  }

  @Override
  public ValueModelKind kind() {
    return ValueModelKind.MBGNBD;
  }

  @Override
  public double[] values() {
    return new double[] {r, alpha, a, b};
  }

  @Override
  public double logLikelihood(int x, double tx, double age) {
    return nbd().logLikelihood(x, tx, age);
  }

  @Override
  public double expectedPurchases(double t) {
    return nbd().conditionalExpected(t, 0, 0.0, 0.0);
  }

  @Override
  public double conditionalExpectedPurchases(double t, int x, double tx, double age) {
    return nbd().conditionalExpected(t, x, tx, age);
  }

  @Override
  public double probabilityAlive(int x, double tx, double age) {
    return nbd().probabilityAlive(x, tx, age);
  }

  @Override
  public double probabilityAliveAt(int x, double tx, double age, double t) {
    return nbd().aliveAt(x, tx, age, t);
  }

  @Override
  public double probabilityOfPurchases(int n, double t) {
    return nbd().probabilityOfPurchases(n, t);
  }

  @Override
  public double discountedExpectedPurchases(
      int x, double tx, double age, double horizon, double period, double rate) {
    return nbd().discounted(x, tx, age, horizon, period, rate);
  }

  /** The parameters as the family's one record ({@code m = 1}). */
  NbdParameters nbd() {
    return new NbdParameters(r, alpha, a, b, 1);
  }
}
