/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import org.jspecify.annotations.Nullable;

/**
 * The parameters of the BG/NBD family in one place: BG/NBD ({@code m = 0}, Fader, Hardie and Lee
 * 2005) and MBG/NBD ({@code m = 1}, Batislam, Denizel and Filiztekin 2007) share every formula but
 * for {@code m}, the number of dropout chances before the first repeat purchase. The public model
 * records ({@link BgNbdModel}, {@link MbgNbdModel}) and the column path ({@link Clv}, {@link
 * NbdBatch}) go through it to {@link NbdFamily}'s formulas.
 *
 * @param r shape of the purchase-rate distribution
 * @param alpha scale of the purchase-rate distribution
 * @param a first shape of the dropout-probability distribution
 * @param b second shape of the dropout-probability distribution
 * @param m 0 for BG/NBD, 1 for MBG/NBD
 */
record NbdParameters(double r, double alpha, double a, double b, int m) {

  /**
   * The parameters of a BG/NBD or MBG/NBD model.
   *
   * @param model any purchase model
   * @return its parameters, or null if it is not of the BG/NBD family
   */
  static @Nullable NbdParameters of(PurchaseModel model) {
    if (model instanceof BgNbdModel bg) {
      return bg.nbd();
    }
    if (model instanceof MbgNbdModel mbg) {
      return mbg.nbd();
    }
    return null;
  }

  double logLikelihood(int x, double tx, double age) {
    return NbdFamily.logLikelihood(r, alpha, a, b, m, x, tx, age);
  }

  double conditionalExpected(double t, int x, double tx, double age) {
    return NbdFamily.conditionalExpected(r, alpha, a, b, m, t, x, tx, age);
  }

  double probabilityAlive(int x, double tx, double age) {
    return NbdFamily.probabilityAlive(r, alpha, a, b, m, x, tx, age);
  }

  double aliveAt(int x, double tx, double age, double t) {
    return NbdFamily.aliveAt(r, alpha, a, b, m, x, tx, age, t);
  }

  double probabilityOfPurchases(int n, double t) {
    return NbdFamily.probabilityOfPurchases(r, alpha, a, b, m, n, t);
  }

  double discounted(int x, double tx, double age, double horizon, double period, double rate) {
    return NbdFamily.discounted(r, alpha, a, b, m, x, tx, age, horizon, period, rate);
  }

  SimulatedCustomers simulate(double[] age, long seed) {
    return NbdFamily.simulate(m, r, alpha, a, b, age, seed);
  }

  /** The column-wise evaluator for the customers {@code x}, {@code age} at horizon {@code t}. */
  NbdBatch batch(double t, int[] x, double[] age) {
    return new NbdBatch(this, t, x, age);
  }
}
