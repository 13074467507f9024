/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.cx4j.core.CxValidationException;
import org.junit.jupiter.api.Test;

/** BG/CNBD-k and MBG/CNBD-k (Platzer and Reutterer 2016). */
class CnbdTest {
  private static final Cdnow CDNOW = Cdnow.load();

  private static void close(double expected, double actual, double relative, String what) {
    assertEquals(expected, actual, relative * Math.max(1e-300, Math.abs(expected)), what);
  }

  @Test
  void withKOneEveryPredictionIsTheBgNbdOne() {
    BgNbdModel bg = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
    BgCnbdModel c1 = new BgCnbdModel(1, 0.243, 4.414, 0.793, 2.426);
    MbgNbdModel mbg = new MbgNbdModel(0.525, 6.183, 0.891, 1.614);
    MbgCnbdModel m1 = new MbgCnbdModel(1, 0.525, 6.183, 0.891, 1.614);
    int[][] summaries = {{0, 0, 38}, {0, 0, 1}, {1, 2, 30}, {2, 30, 38}, {7, 35, 36}, {20, 5, 39}};
    for (int[] s : summaries) {
      int x = s[0];
      double tx = s[1];
      double age = s[2];
      String at = "x=" + x + " tx=" + tx + " T=" + age;
      close(bg.logLikelihood(x, tx, age), c1.logLikelihood(x, tx, age), 1e-12, at);
      close(bg.probabilityAlive(x, tx, age), c1.probabilityAlive(x, tx, age), 1e-12, at);
      close(mbg.logLikelihood(x, tx, age), m1.logLikelihood(x, tx, age), 1e-12, at);
      close(mbg.probabilityAlive(x, tx, age), m1.probabilityAlive(x, tx, age), 1e-12, at);
      for (double t : new double[] {0.5, 10, 39, 104}) {
        close(
            bg.conditionalExpectedPurchases(t, x, tx, age),
            c1.conditionalExpectedPurchases(t, x, tx, age),
            1e-9,
            at + " t=" + t);
        close(
            mbg.conditionalExpectedPurchases(t, x, tx, age),
            m1.conditionalExpectedPurchases(t, x, tx, age),
            1e-9,
            at + " t=" + t);
        close(bg.probabilityAliveAt(x, tx, age, t), c1.probabilityAliveAt(x, tx, age, t), 1e-9, at);
        close(
            mbg.probabilityAliveAt(x, tx, age, t), m1.probabilityAliveAt(x, tx, age, t), 1e-9, at);
      }
    }
    for (int n = 0; n < 8; n++) {
      close(bg.probabilityOfPurchases(n, 39), c1.probabilityOfPurchases(n, 39), 1e-9, "n=" + n);
      close(mbg.probabilityOfPurchases(n, 39), m1.probabilityOfPurchases(n, 39), 1e-9, "n=" + n);
    }
    close(bg.expectedPurchases(52), c1.expectedPurchases(52), 1e-9, "E[X(52)]");
    close(mbg.expectedPurchases(52), m1.expectedPurchases(52), 1e-9, "E[X(52)]");
  }

  @Test
  void withKOneTheFitIsTheBgNbdFit() {
    ValueFit bg = BgNbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age);
    ValueFit c1 =
        BgCnbd.fitWithK(1, CDNOW.x, CDNOW.tx, CDNOW.age, CDNOW.litt, null, FitOptions.defaults());
    assertEquals(ValueModelKind.BGCNBD, c1.model());
    assertEquals(1.0, c1.param("k"));
    for (String name : new String[] {"r", "alpha", "a", "b"}) {
      close(bg.param(name), c1.param(name), 1e-5, name);
    }
    close(bg.logLikelihood(), c1.logLikelihood(), 1e-10, "log-likelihood");
    ValueFit mbg = MbgNbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age);
    ValueFit m1 =
        MbgCnbd.fitWithK(1, CDNOW.x, CDNOW.tx, CDNOW.age, null, null, FitOptions.defaults());
    for (String name : new String[] {"r", "alpha", "a", "b"}) {
      close(mbg.param(name), m1.param(name), 1e-5, name);
    }
    close(mbg.logLikelihood(), m1.logLikelihood(), 1e-10, "log-likelihood");
    assertTrue(m1.message().contains("without the inter-purchase-time term"), m1.message());
  }

  @Test
  void cdnowShowsNoRegularitySoKIsOneAndTheEstimatesAreFaderHardieLee2005() {
    // BTYDplus, demo "bg-cnbd-k": "k=1 -> no regularity detected for CDNow"
    ValueFit fit = BgCnbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age, CDNOW.litt);
    assertTrue(fit.converged(), fit.message());
    assertEquals(1.0, fit.param("k"));
    assertEquals(0.243, fit.param("r"), 0.0005);
    assertEquals(4.414, fit.param("alpha"), 0.0005);
    assertEquals(0.793, fit.param("a"), 0.0005);
    assertEquals(2.426, fit.param("b"), 0.0005);
    assertEquals(-9582.4, fit.logLikelihood(), 0.05);
    // k = 2 fits far worse once the timings are counted
    ValueFit k2 =
        BgCnbd.fitWithK(2, CDNOW.x, CDNOW.tx, CDNOW.age, CDNOW.litt, null, FitOptions.defaults());
    assertTrue(k2.logLikelihood() < fit.logLikelihood() - 200, k2.toString());
    ValueFit mbg = MbgCnbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age, CDNOW.litt);
    assertEquals(1.0, mbg.param("k"));
    ValueFit mbgNbd = MbgNbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age);
    close(mbgNbd.param("r"), mbg.param("r"), 1e-5, "MBG r");
    close(mbgNbd.logLikelihood(), mbg.logLikelihood(), 1e-10, "MBG log-likelihood");
  }

  @Test
  void recoversKnownParametersFromSimulatedCustomers() {
    // the parameters of BTYDplus's MBG/CNBD-k test; T from 12 to 96 weeks
    int n = 4000;
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      age[i] = 12 + 84.0 * i / (n - 1);
    }
    for (int m = 0; m < 2; m++) {
      CnbdParameters truth = new CnbdParameters(3, 0.85, 1.45, 0.79, 2.42, m);
      CnbdSimulation sim = CnbdFamily.simulate(truth, age, 20261203L + m);
      SimulatedCustomers c = sim.customers();
      ValueFit fit =
          m == 0
              ? BgCnbd.fit(c.frequency(), c.recency(), c.age(), sim.logIntervalSums())
              : MbgCnbd.fit(c.frequency(), c.recency(), c.age(), sim.logIntervalSums());
      assertTrue(fit.converged(), fit.message());
      assertEquals(3.0, fit.param("k"), "the regularity is recovered");
      // within 15% (dropout shapes are the hardest to pin down)
      close(0.85, fit.param("r"), 0.15, "r");
      close(1.45, fit.param("alpha"), 0.15, "alpha");
      close(0.79, fit.param("a"), 0.15, "a");
      close(2.42, fit.param("b"), 0.15, "b");
    }
  }

  @Test
  void conditionalPredictionsAverageToTheUnconditionalOnes() {
    // law of total expectation on customers simulated from known parameters: the mean of E[Y(t) |
    // x, t_x, T] over customers of age T is E[X(T + t)] - E[X(T)], the mean of P(alive | x, t_x, T)
    // is P(alive at T) of a new customer
    int n = 20_000;
    double age = 26;
    double t = 26;
    double[] ages = new double[n];
    java.util.Arrays.fill(ages, age);
    for (int m = 0; m < 2; m++) {
      CnbdParameters q = new CnbdParameters(3, 0.85, 1.45, 0.79, 2.42, m);
      PurchaseModel model =
          m == 0
              ? new BgCnbdModel(3, 0.85, 1.45, 0.79, 2.42)
              : new MbgCnbdModel(3, 0.85, 1.45, 0.79, 2.42);
      SimulatedCustomers c = CnbdFamily.simulate(q, ages, 7L + m).customers();
      double meanFuture = 0;
      double meanAlive = 0;
      double meanX = 0;
      for (int i = 0; i < n; i++) {
        meanFuture += model.conditionalExpectedPurchases(t, c.frequency()[i], c.recency()[i], age);
        meanAlive += model.probabilityAlive(c.frequency()[i], c.recency()[i], age);
        meanX += c.frequency()[i];
      }
      meanFuture /= n;
      meanAlive /= n;
      meanX /= n;
      close(model.expectedPurchases(age), meanX, 0.03, "E[X(T)] m=" + m);
      close(
          model.expectedPurchases(age + t) - model.expectedPurchases(age),
          meanFuture,
          0.03,
          "E[Y(t)] m=" + m);
      close(model.probabilityAliveAt(0, 0, 0, age), meanAlive, 0.03, "P(alive) m=" + m);
    }
  }

  @Test
  void theFrequencyDistributionSumsToOneAndPAliveIsAProbability() {
    qt().withExamples(40)
        .forAll(
            integers().between(1, 6),
            doubles().between(0.1, 3),
            doubles().between(0.2, 20),
            doubles().between(0.2, 3))
        .checkAssert(
            (k, r, alpha, a) -> {
              // four generators at most: b is mapped from alpha into 0.2..5
              double b = 0.2 + (alpha * 7.0) % 4.8;
              MbgCnbdModel m = new MbgCnbdModel(k, r, alpha, a, b);
              BgCnbdModel g = new BgCnbdModel(k, r, alpha, a, b);
              double sm = 0;
              double sg = 0;
              for (int n = 0; n < 400; n++) {
                sm += m.probabilityOfPurchases(n, 4);
                sg += g.probabilityOfPurchases(n, 4);
              }
              assertEquals(1.0, sm, 1e-6);
              assertEquals(1.0, sg, 1e-6);
              for (int x = 0; x < 5; x++) {
                double tx = x == 0 ? 0 : 3.0 * x;
                double p = g.probabilityAlive(x, tx, 20);
                assertTrue(p >= 0 && p <= 1, "P(alive) " + p);
                double later = g.probabilityAliveAt(x, tx, 20, 10);
                assertTrue(later >= 0 && later <= p + 1e-12, "P(alive at T+t) " + later);
              }
            });
  }

  @Test
  void simulationIsSeeded() {
    BgCnbdModel model = new BgCnbdModel(2, 0.5, 3, 0.8, 2.4);
    double[] age = {10, 20, 30, 40};
    CnbdSimulation a = BgCnbd.simulate(model, age, 5);
    CnbdSimulation b = BgCnbd.simulate(model, age, 5);
    assertEquals(
        java.util.Arrays.toString(a.customers().frequency()),
        java.util.Arrays.toString(b.customers().frequency()));
    assertEquals(
        java.util.Arrays.toString(a.logIntervalSums()),
        java.util.Arrays.toString(b.logIntervalSums()));
  }

  @Test
  void littOnTheBoundAfterSixDecimalRoundingIsAccepted() {
    // one repeat purchase a day after the first, in weeks, written with six decimals: t_x =
    // 0.142857 and litt = ln(1/7) = -1.945910 lie 3.1e-6 above ln(t_x), inside the slack of
    // 1e-6 (1 + x / t_x) = 8e-6; 1e-4 above it is refused
    double tx = 0.142857;
    double litt = -1.945910;
    assertTrue(litt > Math.log(tx));
    assertTrue(CnbdFamily.littWithinBound(1, tx, litt));
    assertNull(Domain.littReason(1, tx, litt));
    assertFalse(CnbdFamily.littWithinBound(1, tx, Math.log(tx) + 1e-4));
    assertEquals(Domain.LITT_TOO_LARGE, Domain.littReason(1, tx, Math.log(tx) + 1e-4));
    // twelve equal intervals of 1/7 week: litt = 12 ln(1/7) on the bound, rounded
    assertTrue(CnbdFamily.littWithinBound(12, 1.714286, -23.350922));
    ValueFit fit =
        BgCnbd.fitWithK(
            2,
            new int[] {1, 0, 2},
            new double[] {tx, 0, 3},
            new double[] {5, 5, 6},
            new double[] {litt, 0, 0.5},
            null,
            FitOptions.defaults());
    assertTrue(Double.isFinite(fit.logLikelihood()));
  }

  @Test
  void badInputIsNamed() {
    int[] x = {0, 2};
    double[] tx = {0, 4};
    double[] age = {5, 6};
    assertEquals(
        "BgCnbd.litt must have one value per frequency (2), was 1",
        fails(() -> BgCnbd.fit(x, tx, age, new double[] {0})));
    assertEquals(
        "BgCnbd.litt must be 0 with frequency 0 (customer index 0), was 1.0",
        fails(() -> BgCnbd.fit(x, tx, age, new double[] {1, 0})));
    assertEquals(
        "MbgCnbd.litt must be at most x ln(t_x / x) = 1.3862943611198906 (customer index 1), was"
            + " 2.0",
        fails(() -> MbgCnbd.fit(x, tx, age, new double[] {0, 2})));
    assertEquals(
        "BgCnbd.litt must be finite (customer index 1), was NaN",
        fails(() -> BgCnbd.fit(x, tx, age, new double[] {0, Double.NaN})));
    assertEquals(
        "BgCnbd.k must be a whole number in 1..1000, was 0",
        fails(() -> BgCnbd.fitWithK(0, x, tx, age, null, null, FitOptions.defaults())));
    assertEquals(
        "MbgCnbd.maxK must be a whole number in 1..1000, was 0",
        fails(() -> MbgCnbd.fit(x, tx, age, new double[] {0, 0}, null, FitOptions.defaults(), 0)));
    assertEquals(
        "BgCnbdModel.k must be a whole number in 1..1000, was 0",
        fails(() -> new BgCnbdModel(0, 1, 1, 1, 1)));
    assertEquals(
        "MbgCnbdModel.alpha must be positive and finite, was -1.0",
        fails(() -> new MbgCnbdModel(2, 1, -1, 1, 1)));
    assertEquals(
        "bgcnbd.params.k must be a whole number in 1..1000, was 1.5",
        fails(
            () ->
                ValueModel.of(
                    ValueModelKind.BGCNBD,
                    java.util.Map.of("k", 1.5, "r", 1.0, "alpha", 1.0, "a", 1.0, "b", 1.0))));
    assertEquals(
        "ValueModelKind.litt must be given to choose the regularity k of mbgcnbd (log"
            + " inter-purchase times), was \"none\"",
        fails(() -> ValueModelKind.MBGCNBD.fit(x, tx, age, null, null, FitOptions.defaults())));
  }

  @Test
  void theFitRoundTripsToItsModel() throws Exception {
    ValueFit fit =
        BgCnbd.fitWithK(2, CDNOW.x, CDNOW.tx, CDNOW.age, CDNOW.litt, null, FitOptions.defaults());
    BgCnbdModel model = fit.as(BgCnbdModel.class);
    assertEquals(2, model.k());
    String json = io.github.cx4j.core.CxJson.mapper().writeValueAsString(fit);
    ValueFit back = io.github.cx4j.core.CxJson.mapper().readValue(json, ValueFit.class);
    assertEquals(fit, back);
    ValueFit viaKind =
        ValueModelKind.BGCNBD.fit(
            CDNOW.x, CDNOW.tx, CDNOW.age, null, CDNOW.litt, null, FitOptions.defaults());
    assertEquals(1.0, viaKind.param("k"));
  }

  private static String fails(org.junit.jupiter.api.function.Executable e) {
    return org.junit.jupiter.api.Assertions.assertThrows(CxValidationException.class, e)
        .getMessage();
  }
}
