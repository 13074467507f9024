/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Simulated lifetime-value intervals: their mean is {@link Clv#of}'s expectation, they cover
 * simulated holdout values at the stated rate, and they do not depend on the thread schedule;
 * parameter draws reproduce the fit's standard errors (tolerances stated per test).
 */
class ClvIntervalsTest {
  static final GammaGammaModel SPEND = new GammaGammaModel(6.25, 3.74, 15.44);

  @Test
  void simulatedMeanIsTheExpectedValue() {
    ClvHorizon horizon = new ClvHorizon(52, 4, 0.01);
    for (PurchaseModel m : PredictionIntervalsTest.MODELS) {
      boolean discrete = m instanceof BgBbModel;
      int x = 3;
      double tx = discrete ? 5 : 30;
      double age = discrete ? 6 : 38;
      double mbar = 40;
      ClvHorizon h = discrete ? new ClvHorizon(10, 2, 0.05) : horizon;
      double expected =
          Clv.of(
              m,
              SPEND,
              new int[] {x},
              new double[] {tx},
              new double[] {age},
              new double[] {mbar},
              h,
              0.3)[0];
      double[] values = new double[200_000];
      PredictionIntervals.clvSamples(
          List.of(m),
          new double[] {m.probabilityAlive(x, tx, age)},
          SPEND,
          x,
          age,
          mbar,
          h,
          Math.log1p(h.discountRate()),
          0.3,
          new SplittableRandom(3),
          values);
      double mean = Arrays.stream(values).average().orElseThrow();
      double sd =
          Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
      // four Monte Carlo standard errors
      assertEquals(expected, mean, 4 * sd / Math.sqrt(values.length), m.kind().id());
    }
  }

  @Test
  void ninetyPercentIntervalsCoverHoldoutValue() {
    for (PurchaseModel m : List.of(PredictionIntervalsTest.BG, PredictionIntervalsTest.PARETO)) {
      PredictionIntervalsTest.Panel s = PredictionIntervalsTest.panel(m, SPEND, 5000, 21);
      int n = s.x().length;
      ClvHorizon h = new ClvHorizon(39, 1, 0.0);
      IntervalOptions options = new IntervalOptions(0.9, 500, 8);
      Intervals iv =
          PredictionIntervals.clv(m, SPEND, s.x(), s.tx(), s.age(), s.monetary(), h, 1.0, options);
      double coverage = iv.coverage(s.value());
      // randomised PIT from the same simulated draws (the values have an atom at 0)
      double pitInside = 0;
      SplittableRandom u = new SplittableRandom(2);
      double[] values = new double[options.draws()];
      for (int i = 0; i < n; i++) {
        PredictionIntervals.clvSamples(
            List.of(m),
            new double[] {m.probabilityAlive(s.x()[i], s.tx()[i], s.age()[i])},
            SPEND,
            s.x()[i],
            s.age()[i],
            s.monetary()[i],
            h,
            0.0,
            1.0,
            Sampling.forRow(options.seed(), i),
            values);
        double v = s.value()[i];
        int below = 0;
        int at = 0;
        for (double d : values) {
          if (d < v) {
            below++;
          } else if (d == v) {
            at++;
          }
        }
        double pit = (below + u.nextDouble() * at) / values.length;
        if (pit >= 0.05 && pit <= 0.95) {
          pitInside++;
        }
      }
      String what = m.kind().id();
      // 0.9 +- 0.02: 4.7 binomial SE at n = 5,000, plus the Monte Carlo error of 500 draws
      assertEquals(0.9, pitInside / n, 0.02, what + " PIT coverage");
      assertTrue(coverage >= 0.88, what + " coverage " + coverage);
    }
  }

  @Test
  void intervalsDoNotDependOnTheThreads() {
    PredictionIntervalsTest.Panel s =
        PredictionIntervalsTest.panel(PredictionIntervalsTest.BG, SPEND, 25_000, 4);
    ClvHorizon h = new ClvHorizon(39, 4, 0.02);
    IntervalOptions options = new IntervalOptions(0.8, 100, 77);
    Intervals all =
        PredictionIntervals.clv(
            PredictionIntervalsTest.BG, SPEND, s.x(), s.tx(), s.age(), s.monetary(), h, 1, options);
    int k = 300;
    Intervals head =
        PredictionIntervals.clv(
            PredictionIntervalsTest.BG,
            SPEND,
            Arrays.copyOf(s.x(), k),
            Arrays.copyOf(s.tx(), k),
            Arrays.copyOf(s.age(), k),
            Arrays.copyOf(s.monetary(), k),
            h,
            1,
            options);
    assertArrayEquals(head.low(), Arrays.copyOf(all.low(), k));
    assertArrayEquals(head.high(), Arrays.copyOf(all.high(), k));
    Intervals again =
        PredictionIntervals.clv(
            PredictionIntervalsTest.BG, SPEND, s.x(), s.tx(), s.age(), s.monetary(), h, 1, options);
    assertArrayEquals(all.high(), again.high());
    Intervals otherSeed =
        PredictionIntervals.clv(
            PredictionIntervalsTest.BG,
            SPEND,
            s.x(),
            s.tx(),
            s.age(),
            s.monetary(),
            h,
            1,
            new IntervalOptions(0.8, 100, 78));
    assertTrue(!Arrays.equals(all.high(), otherSeed.high()));
  }

  @Test
  void hessianDrawsReproduceTheStandardErrors() {
    BgNbdModel truth = new BgNbdModel(0.5, 6.0, 0.8, 2.5);
    SimulatedCustomers s = BgNbd.simulate(truth, RecoveryTest.ages(3000, 30, 60), 42);
    ValueFit fit = BgNbd.fit(s.frequency(), s.recency(), s.age());
    BgNbdModel fitted = fit.as(BgNbdModel.class);
    ParameterDraws draws =
        ParameterDraws.fromHessian(fitted, s.frequency(), s.recency(), s.age(), null, 4000, 5);
    assertEquals(4000, draws.size());
    assertEquals(ValueModelKind.BGNBD, draws.kind());
    List<String> names = ValueModelKind.BGNBD.parameterNames();
    for (int j = 0; j < 4; j++) {
      int jj = j;
      double[] logs = draws.models().stream().mapToDouble(m -> Math.log(m.values()[jj])).toArray();
      double mean = Arrays.stream(logs).average().orElseThrow();
      double sd =
          Math.sqrt(Arrays.stream(logs).map(v -> (v - mean) * (v - mean)).sum() / logs.length);
      double value = fit.param(names.get(j));
      // delta method: sd(log theta) = se / theta; 5% is 4.5 SE of a standard deviation from 4,000
      double expectedSd = fit.standardErrors().get(names.get(j)) / value;
      assertEquals(expectedSd, sd, 0.05 * expectedSd, names.get(j) + " sd");
      assertEquals(Math.log(value), mean, 4 * expectedSd / Math.sqrt(logs.length), names.get(j));
    }
  }

  @Test
  void parameterUncertaintyWidensAndStillCovers() {
    // a small calibration sample: the estimates are uncertain
    BgNbdModel truth = PredictionIntervalsTest.BG;
    PredictionIntervalsTest.Panel s = PredictionIntervalsTest.panel(truth, SPEND, 1500, 31);
    BgNbdModel fitted = BgNbd.fit(s.x(), s.tx(), s.age()).as(BgNbdModel.class);
    ParameterDraws draws = ParameterDraws.fromHessian(fitted, s.x(), s.tx(), s.age(), null, 200, 1);
    Intervals point = PredictionIntervals.purchases(fitted, 39, 0.9, s.x(), s.tx(), s.age());
    Intervals mixed = PredictionIntervals.purchases(draws, 39, 0.9, s.x(), s.tx(), s.age());
    double pointWidth = 0;
    double mixedWidth = 0;
    for (int i = 0; i < s.x().length; i++) {
      pointWidth += point.high()[i] - point.low()[i];
      mixedWidth += mixed.high()[i] - mixed.low()[i];
    }
    assertTrue(mixedWidth > pointWidth, mixedWidth + " vs " + pointWidth);
    double[] actual = Arrays.stream(s.holdout()).asDoubleStream().toArray();
    double coverage = mixed.coverage(actual);
    // counts: at least the level, less 4 binomial SE at n = 1,500
    assertTrue(coverage >= 0.9 - 4 * Math.sqrt(0.09 / 1500), "coverage " + coverage);
  }

  @Test
  void resamplingRefitsOnCustomersDrawnWithReplacement() {
    SimulatedCustomers s =
        BgNbd.simulate(PredictionIntervalsTest.BG, RecoveryTest.ages(1000, 30, 60), 8);
    ValueFit fit = BgNbd.fit(s.frequency(), s.recency(), s.age());
    ParameterDraws draws =
        ParameterDraws.resampling(
            ValueModelKind.BGNBD,
            s.frequency(),
            s.recency(),
            s.age(),
            30,
            3,
            FitOptions.defaults().withStarts(1));
    double[] logR = draws.models().stream().mapToDouble(m -> Math.log(m.values()[0])).toArray();
    double mean = Arrays.stream(logR).average().orElseThrow();
    double sd = Math.sqrt(Arrays.stream(logR).map(v -> (v - mean) * (v - mean)).sum() / 29);
    double se = fit.standardErrors().get("r") / fit.param("r");
    // 30 refits: the bootstrap spread agrees with the asymptotic one within a factor of 1.6
    assertTrue(sd > se / 1.6 && sd < se * 1.6, sd + " vs " + se);
  }

  @Test
  void badInputIsNamed() {
    BgNbdModel m = PredictionIntervalsTest.BG;
    int[] x = {1};
    double[] tx = {2};
    double[] age = {4};
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> ParameterDraws.fromHessian(m, x, tx, age, null, 0, 1));
    assertEquals("ParameterDraws.count must be within 1..100,000, was 0", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                ParameterDraws.resampling(
                    ValueModelKind.GAMMAGAMMA, x, tx, age, 2, 1, FitOptions.defaults()));
    assertEquals(
        "ParameterDraws.kind must be bgnbd, mbgnbd, paretonbd or bgbb, was \"gammagamma\"",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> ParameterDraws.of(List.of(m, PredictionIntervalsTest.PARETO)));
    assertEquals(
        "ParameterDraws.models must be of one kind (bgnbd), was \"paretonbd\"", e.getMessage());
    IntervalOptions options = IntervalOptions.defaults();
    ClvHorizon h = new ClvHorizon(10, 1, 0);
    e =
        assertThrows(
            CxValidationException.class,
            () -> PredictionIntervals.clv(m, SPEND, x, tx, age, new double[] {-1}, h, 1, options));
    assertEquals(
        "GammaGamma.monetary must be non-negative and finite when the frequency is positive"
            + " (customer index 0), was -1.0",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                PredictionIntervals.clv(
                    m, SPEND, x, tx, age, new double[] {1}, h, Double.NaN, options));
    assertEquals("Clv.margin must be finite, was NaN", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                PredictionIntervals.clv(
                    PredictionIntervalsTest.BGBB,
                    SPEND,
                    x,
                    tx,
                    age,
                    new double[] {1},
                    new ClvHorizon(10, 1.5, 0),
                    1,
                    options));
    assertEquals(
        "Clv.period must be a whole number of opportunities for bgbb, was 1.5", e.getMessage());
  }
}
