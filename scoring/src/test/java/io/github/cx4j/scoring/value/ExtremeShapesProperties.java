/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD and MBG/NBD predictions at any parameters from 1e-8 to 1e8 (issue 21: at extreme dropout
 * shapes the hypergeometric series overflowed and P(alive) times NaN was written as a prediction):
 * finite and within their bounds, and equal to the closed forms of the limits.
 */
class ExtremeShapesProperties {
  /** A parameter from an exponent in [-8, 8]. */
  static double param(double exponent) {
    return Math.pow(10, exponent);
  }

  @Test
  void predictionsAreFiniteAndWithinTheirBoundsFrom1eMinus8To1e8() {
    qt().withFixedSeed(21)
        .withExamples(300)
        .forAll(
            doubles().between(-8, 8),
            doubles().between(-8, 8),
            integers().between(0, 200),
            longs().all())
        .checkAssert(
            (la, lb, x, seed) -> {
              // the rest from the seed, mapped into range
              SplittableRandom rng = new SplittableRandom(seed);
              double r = param(rng.nextDouble(-8, 8));
              double alpha = param(rng.nextDouble(-8, 8));
              double a = param(la);
              double b = param(lb);
              double age = 40;
              double tx = x == 0 ? 0 : rng.nextDouble() * age;
              double t = param(rng.nextDouble(-2, 3));
              for (PurchaseModel model :
                  new PurchaseModel[] {
                    new BgNbdModel(r, alpha, a, b), new MbgNbdModel(r, alpha, a, b)
                  }) {
                String at = model + " x=" + x + " tx=" + tx + " t=" + t;
                double alive = model.probabilityAlive(x, tx, age);
                assertTrue(alive >= 0 && alive <= 1, at + ": P(alive) " + alive);
                double expected = model.conditionalExpectedPurchases(t, x, tx, age);
                // E[Y | alive] is at most (r + x) t / (alpha + T), the never-dropping customer's
                double bound = (r + x) * t / (alpha + age);
                assertTrue(
                    expected >= 0 && expected <= alive * bound * (1 + 1e-9) + 1e-300,
                    at + ": E[Y(t)] " + expected + " bound " + alive * bound);
                double unconditional = model.expectedPurchases(t);
                assertTrue(
                    unconditional >= 0 && unconditional <= r * t / alpha * (1 + 1e-9),
                    at + ": E[Y(t)] of a new customer " + unconditional);
                double aliveAt = model.probabilityAliveAt(x, tx, age, t);
                assertTrue(
                    aliveAt >= 0 && aliveAt <= alive * (1 + 1e-12),
                    at + ": P(alive at) " + aliveAt);
                double none = model.probabilityOfPurchases(0, t);
                assertTrue(none >= 0 && none <= 1, at + ": P(0 purchases) " + none);
                double discounted = model.discountedExpectedPurchases(x, tx, age, t, t / 4, 0.01);
                assertTrue(
                    discounted >= 0 && discounted <= expected * (1 + 1e-9) + 1e-300,
                    at + ": discounted " + discounted + " above undiscounted " + expected);
                double[] batch =
                    Clv.conditionalExpectedPurchases(
                        model, t, new int[] {x}, new double[] {tx}, new double[] {age});
                assertEquals(expected, batch[0], 1e-8 * expected + 1e-300, at + ": batch");
              }
            });
  }

  /** {@code (1 - (1 + p u)^-k) / p}, the expected purchases of an alive customer given p. */
  static double givenP(double k, double p, double u) {
    return -Math.expm1(-k * Math.log1p(p * u)) / p;
  }

  @Test
  void theLimitsOfTheDropoutShapesGiveTheirClosedForms() {
    double r = 0.24;
    double alpha = 4.41;
    double age = 38.86;
    double t = 39;
    int x = 3;
    double tx = 30.0;
    double k = r + x;
    double u = t / (alpha + age);
    // a -> 0 or b -> infinity: p is (almost surely) 0, nobody drops out: the NBD's k u
    for (BgNbdModel never : new BgNbdModel[] {new BgNbdModel(r, alpha, 1e-8, 1)}) {
      assertEquals(1.0, never.probabilityAlive(x, tx, age), 1e-7);
      assertEquals(k * u, never.conditionalExpectedPurchases(t, x, tx, age), 1e-6 * k * u);
    }
    // b -> infinity with a = 1: p ~ Exp(mean 1 / b), E[f(p)] = f(0) + f'(0) / b + O(1 / b^2)
    BgNbdModel rare = new BgNbdModel(r, alpha, 1, 1e8);
    double fPrime0 = -k * (k + 1) * u * u / 2;
    double aliveRare = rare.probabilityAlive(x, tx, age);
    assertEquals(
        aliveRare * (k * u + fPrime0 / (1e8 + x + 1)),
        rare.conditionalExpectedPurchases(t, x, tx, age),
        1e-12 * k * u);
    // a, b -> infinity at a / (a + b) = 1/2: p is 1/2 for every customer
    BgNbdModel half = new BgNbdModel(r, alpha, 1e8, 1e8);
    double aliveHalf = half.probabilityAlive(x, tx, age);
    double oddsHalf = 0.5 / 0.5 * Math.pow((alpha + age) / (alpha + tx), k);
    assertEquals(1 / (1 + oddsHalf), aliveHalf, 1e-7);
    assertEquals(
        aliveHalf * givenP(k, 0.5, u), half.conditionalExpectedPurchases(t, x, tx, age), 1e-7);
    // a -> 0 and b -> 0: with no repeat purchase p is 0 or 1 with probability 1/2 each; after x
    // purchases its distribution is Beta(a, b + x), which puts it at 0
    BgNbdModel split = new BgNbdModel(r, alpha, 1e-8, 1e-8);
    assertEquals(1.0, split.probabilityAlive(0, 0, age));
    assertEquals(
        0.5 * r * u + 0.5 * givenP(r, 1, u),
        split.conditionalExpectedPurchases(t, 0, 0, age),
        1e-7);
    assertEquals(
        split.probabilityAlive(x, tx, age) * k * u,
        split.conditionalExpectedPurchases(t, x, tx, age),
        1e-6 * k * u);
  }

  @Test
  void quadratureAgreesWithTheSeriesAtModerateShapes() {
    qt().withFixedSeed(2105)
        .withExamples(200)
        .forAll(
            doubles().between(-2, 1.5),
            doubles().between(-2, 2.5),
            doubles().between(-2, 2.5),
            doubles().between(-2, 1.7))
        .checkAssert(
            (lk, la, lb, lu) -> {
              double k = param(lk);
              double a = param(la);
              double b = param(lb);
              double alphaT = 10;
              double t = alphaT * param(lu);
              double series = NbdFamily.aliveExpectation(k, a, b, alphaT, t);
              double quadrature = NbdFamily.aliveExpectationByQuadrature(k, a, b, alphaT, t);
              assertEquals(
                  series, quadrature, 1e-8 * series, "k=" + k + " a=" + a + " b=" + b + " t=" + t);
            });
  }

  @Test
  void poissonLimitAgreesWithTheQuadratureWhereItHolds() {
    // k = r + x near 1e9-1e14 with lambda = k u from 1e-6 to 1e3: a fit whose rate mixing collapsed
    qt().withFixedSeed(1407)
        .withExamples(200)
        .forAll(
            doubles().between(9, 14),
            doubles().between(-6, 3),
            doubles().between(-2, 4),
            doubles().between(-2, 4))
        .checkAssert(
            (lk, llambda, la, lb) -> {
              double k = param(lk);
              double lambda = param(llambda);
              double a = param(la);
              double b = param(lb);
              double alphaT = 1e13;
              double t = lambda / k * alphaT;
              double u = t / alphaT;
              String at = "k=" + k + " lambda=" + lambda + " a=" + a + " b=" + b;
              assertTrue(
                  NbdFamily.poissonLimitHolds(k * u, u) == (u * Math.max(1, k * u) <= 2e-10), at);
              if (!NbdFamily.poissonLimitHolds(k * u, u)) {
                return;
              }
              double limit = NbdFamily.aliveExpectationInPoissonLimit(k * u, a, b);
              double quadrature = NbdFamily.aliveExpectationByQuadrature(k, a, b, alphaT, t);
              assertEquals(quadrature, limit, 1e-8 * quadrature, at);
              assertEquals(
                  limit,
                  NbdFamily.checkedAliveExpectation(Double.NaN, k, a, b, alphaT, t),
                  0.0,
                  at);
            });
  }

  @Test
  void poissonLimitAtTheFitOfDataWithoutRateSpread() {
    // the BG/NBD fit that SparkBench's data gives (r and alpha run off together, r / alpha = 0.042)
    BgNbdModel model = new BgNbdModel(1.14e12, 2.74e13, 2.88, 95.8);
    double series = NbdFamily.aliveExpectation(1.14e12 + 3, 2.88, 95.8 + 3, 2.74e13 + 60, 52);
    double quadrature =
        NbdFamily.aliveExpectationByQuadrature(1.14e12 + 3, 2.88, 95.8 + 3, 2.74e13 + 60, 52);
    assertEquals(quadrature, series, 1e-9 * quadrature);
    double expected = model.conditionalExpectedPurchases(52, 3, 50, 60);
    assertEquals(model.probabilityAlive(3, 50, 60) * quadrature, expected, 1e-9 * expected);
    // while alive, a customer with the one rate r / alpha = 0.0416 a week buys at most 2.16 in 52
    assertTrue(quadrature > 0 && quadrature < 52 * 1.14e12 / 2.74e13, "E[Y | alive] " + quadrature);
  }
}
