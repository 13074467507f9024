/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The column path of {@link Clv} for BG/NBD and MBG/NBD ({@link NbdBatch}, constants and series
 * coefficients once per frequency) against the per-customer predictions of the models.
 */
class ClvColumnsTest {
  /** Relative tolerance of the column path against the per-customer path. */
  static final double TOLERANCE = 1e-12;

  static void assertClose(double expected, double actual, String what) {
    assertEquals(expected, actual, TOLERANCE * Math.abs(expected) + 1e-300, what);
  }

  static List<PurchaseModel> nbdModels(SplittableRandom rng, boolean aNearOne) {
    double r = ValueProperties.param(rng);
    double alpha = ValueProperties.param(rng);
    double a = aNearOne ? 1 + rng.nextDouble(-1e-9, 1e-9) : ValueProperties.param(rng);
    double b = ValueProperties.param(rng);
    return List.of(new BgNbdModel(r, alpha, a, b), new MbgNbdModel(r, alpha, a, b));
  }

  /** Customers with x = 0, small and large frequencies (up to 100,000), T up to 10,000. */
  static SimulatedCustomers randomCustomers(SplittableRandom rng, int n, double maxAge) {
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = rng.nextInt(5);
      x[i] =
          switch (kind) {
            case 0 -> 0;
            case 1 -> rng.nextInt(10);
            case 2 -> rng.nextInt(300);
            case 3 -> rng.nextInt(100_001);
            default -> NbdBatch.MAX_TABLED_FREQUENCY + rng.nextInt(2);
          };
      // some customers just acquired: the series argument t / (alpha + T + t) close to 1
      age[i] = rng.nextInt(8) == 0 ? rng.nextDouble(0, 1) : rng.nextDouble(0, maxAge);
      tx[i] = x[i] == 0 ? 0 : age[i] * rng.nextDouble();
    }
    return new SimulatedCustomers(x, tx, age);
  }

  @Test
  void columnPathEqualsPerCustomerPredictionsForRandomModelsAndCustomers() {
    qt().withExamples(60)
        .forAll(integers().all(), integers().between(0, 3))
        .checkAssert(
            (seed, shape) -> {
              SplittableRandom rng = new SplittableRandom(seed);
              SimulatedCustomers c = randomCustomers(rng, 40, 10_000);
              // t from 1e-3 to 500 time units
              double t = Math.exp(rng.nextDouble(Math.log(1e-3), Math.log(500)));
              for (PurchaseModel m : nbdModels(rng, shape == 0)) {
                double[] e =
                    Clv.conditionalExpectedPurchases(m, t, c.frequency(), c.recency(), c.age());
                double[] alive = Clv.probabilityAlive(m, c.frequency(), c.recency(), c.age());
                for (int i = 0; i < e.length; i++) {
                  int x = c.frequency()[i];
                  double tx = c.recency()[i];
                  double age = c.age()[i];
                  String what = m + " t=" + t + " x=" + x + " tx=" + tx + " T=" + age;
                  assertClose(m.conditionalExpectedPurchases(t, x, tx, age), e[i], what);
                  assertClose(m.probabilityAlive(x, tx, age), alive[i], what);
                }
              }
            });
  }

  @Test
  void clvColumnPathEqualsPerCustomerDiscountedPurchases() {
    qt().withExamples(40)
        .forAll(integers().all(), integers().between(0, 3))
        .checkAssert(
            (seed, shape) -> {
              SplittableRandom rng = new SplittableRandom(seed);
              SimulatedCustomers c = randomCustomers(rng, 30, 2_000);
              // repeat some rows with other recencies: customers who share x and T
              int n = 60;
              int[] x = java.util.Arrays.copyOf(c.frequency(), n);
              double[] tx = java.util.Arrays.copyOf(c.recency(), n);
              double[] age = java.util.Arrays.copyOf(c.age(), n);
              for (int i = 30; i < n; i++) {
                x[i] = x[i - 30];
                age[i] = age[i - 30];
                tx[i] = x[i] == 0 ? 0 : age[i] * rng.nextDouble();
              }
              double[] monetary = new double[n];
              java.util.Arrays.fill(monetary, 20);
              double period = Math.exp(rng.nextDouble(Math.log(0.5), Math.log(60)));
              ClvHorizon h = new ClvHorizon(period * rng.nextInt(1, 25), period, 0.01 * shape);
              GammaGammaModel gg = new GammaGammaModel(6.25, 3.74, 15.44);
              for (PurchaseModel m : nbdModels(rng, shape == 0)) {
                double[] clv = Clv.of(m, gg, x, tx, age, monetary, h, 0.5);
                for (int i = 0; i < n; i++) {
                  double expected =
                      0.5
                          * gg.conditionalExpectedSpend(x[i], 20)
                          * m.discountedExpectedPurchases(
                              x[i], tx[i], age[i], h.horizon(), h.period(), h.discountRate());
                  assertClose(expected, clv[i], m + " " + h + " row " + i);
                }
              }
            });
  }

  @Test
  void parallelChunksOfDistinctCustomersEqualPerCustomerPredictions() {
    // 60,000 distinct CDNOW-like customers in days: the row-by-row path, in parallel chunks
    BgNbdModel days = new BgNbdModel(0.243, 4.414 * 7, 0.793, 2.426);
    int n = 60_000;
    double[] ages = new double[n];
    for (int i = 0; i < n; i++) {
      ages[i] = 365 + 365.0 * ((i * 0.6180339887498949) % 1.0);
    }
    SimulatedCustomers c = BgNbd.simulate(days, ages, 7);
    assertTrue(Clv.mostlyDistinct(c.frequency(), c.recency(), c.age()));
    MbgNbdModel mbg = new MbgNbdModel(days.r(), days.alpha(), days.a(), days.b());
    for (PurchaseModel m : List.of(days, mbg)) {
      double[] e = Clv.conditionalExpectedPurchases(m, 365, c.frequency(), c.recency(), c.age());
      double[] alive = Clv.probabilityAlive(m, c.frequency(), c.recency(), c.age());
      for (int i = 0; i < n; i++) {
        int x = c.frequency()[i];
        double tx = c.recency()[i];
        double age = c.age()[i];
        assertClose(m.conditionalExpectedPurchases(365, x, tx, age), e[i], m + " row " + i);
        assertClose(m.probabilityAlive(x, tx, age), alive[i], m + " row " + i);
      }
    }
  }

  @Test
  void repeatedSummariesAreCollapsedAndSpreadBack() {
    // 3,000 rows that repeat 30 summaries: the once-per-pattern path
    SplittableRandom rng = new SplittableRandom(11);
    SimulatedCustomers distinct = randomCustomers(rng, 30, 500);
    int n = 3_000;
    int[] pattern = new int[n];
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      int p = rng.nextInt(30);
      pattern[i] = p;
      x[i] = distinct.frequency()[p];
      tx[i] = distinct.recency()[p];
      age[i] = distinct.age()[p];
    }
    assertTrue(!Clv.mostlyDistinct(x, tx, age));
    for (PurchaseModel m : nbdModels(rng, false)) {
      double[] expected = new double[30];
      for (int p = 0; p < 30; p++) {
        expected[p] =
            m.conditionalExpectedPurchases(
                52, distinct.frequency()[p], distinct.recency()[p], distinct.age()[p]);
      }
      double[] e = Clv.conditionalExpectedPurchases(m, 52, x, tx, age);
      for (int i = 0; i < n; i++) {
        assertClose(expected[pattern[i]], e[i], m + " row " + i);
      }
    }
  }

  @Test
  void zeroFutureAndNoCustomers() {
    SimulatedCustomers c = randomCustomers(new SplittableRandom(3), 20, 100);
    double[] e =
        Clv.conditionalExpectedPurchases(ClvTest.BG, 0, c.frequency(), c.recency(), c.age());
    assertArrayEquals(new double[20], e);
    assertEquals(
        0,
        Clv.conditionalExpectedPurchases(ClvTest.BG, 39, new int[0], new double[0], new double[0])
            .length);
    assertEquals(
        0, Clv.probabilityAlive(ClvTest.BG, new int[0], new double[0], new double[0]).length);
  }

  @Test
  void seriesBuiltForALargerArgumentGivesTheSameSum() {
    // the column path builds the coefficients once per frequency for the largest argument
    double k = 0.243 + 3;
    double a = 0.793;
    double c = a + 2.426 + 3 - 1;
    NbdFamily.Series small = NbdFamily.Series.of(k, a, c, 0.3);
    NbdFamily.Series large = NbdFamily.Series.of(k, a, c, 0.95);
    for (double z : new double[] {0, 1e-9, 0.01, 0.1, 0.29, 0.3}) {
      assertEquals(small.sum(z), large.sum(z), 0.0, "z=" + z);
    }
  }

  @Test
  void badColumnsNameTheFieldTheRuleAndTheCustomer() {
    MbgNbdModel mbg = new MbgNbdModel(0.243, 4.414, 0.793, 2.426);
    int[] x = {0, 2};
    double[] tx = {0, 3};
    double[] age = {5, 6};
    ValidationTest.fails(
        "Clv.t must be finite and non-negative, was -1.0",
        () -> Clv.conditionalExpectedPurchases(ClvTest.BG, -1, x, tx, age));
    ValidationTest.fails(
        "Clv.t must be finite and non-negative, was NaN",
        () -> Clv.conditionalExpectedPurchases(mbg, Double.NaN, x, tx, age));
    ValidationTest.fails(
        "Clv.recency must have as many values as frequency (2), was 1",
        () -> Clv.conditionalExpectedPurchases(ClvTest.BG, 39, x, new double[] {0}, age));
    ValidationTest.fails(
        "Clv.recency must have as many values as frequency (2), was 3",
        () -> Clv.probabilityAlive(mbg, x, tx, new double[3]));
    ValidationTest.fails(
        "bgnbd.frequency must be non-negative (customer index 1), was -1",
        () -> Clv.conditionalExpectedPurchases(ClvTest.BG, 39, new int[] {0, -1}, tx, age));
    ValidationTest.fails(
        "mbgnbd.recency must be within 0..T (6.0) (customer index 1), was 7.0",
        () -> Clv.conditionalExpectedPurchases(mbg, 39, x, new double[] {0, 7}, age));
    ValidationTest.fails(
        "bgnbd.recency must be 0 when the frequency is 0 (customer index 0), was 1.0",
        () -> Clv.probabilityAlive(ClvTest.BG, x, new double[] {1, 3}, age));
    ValidationTest.fails(
        "mbgnbd.age must be finite and non-negative (customer index 0), was NaN",
        () -> Clv.probabilityAlive(mbg, x, tx, new double[] {Double.NaN, 6}));
    // many distinct customers (the row-by-row path): the first bad customer is named
    SimulatedCustomers c = randomCustomers(new SplittableRandom(5), 70_000, 1_000);
    double[] badAge = c.age().clone();
    badAge[65_000] = Double.POSITIVE_INFINITY;
    badAge[66_000] = -1;
    ValidationTest.fails(
        "bgnbd.age must be finite and non-negative (customer index 65000), was Infinity",
        () -> Clv.conditionalExpectedPurchases(ClvTest.BG, 39, c.frequency(), c.recency(), badAge));
  }
}
