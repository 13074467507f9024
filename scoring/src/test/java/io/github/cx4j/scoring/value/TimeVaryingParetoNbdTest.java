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
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Time-varying covariates for the Pareto/NBD: the analytic gradient agrees with central
 * differences; zero effects give the plain Pareto/NBD and constant covariates the static-covariate
 * model; effects simulated from known values are recovered within 2 standard errors; the
 * conditional expectation matches simulated holdout purchases.
 */
class TimeVaryingParetoNbdTest {
  /** Calibration ends at week 78; the covariate grid (2-week intervals) runs to week 130. */
  static final double END = 78;

  static final double GRID_END = 130;
  static final double WIDTH = 2;

  /** Simulated customers: calibration histories, holdout counts and both covariate paths. */
  record Data(
      PurchaseHistories customers,
      int[] holdout,
      TimeVaryingCovariates purchase,
      TimeVaryingCovariates dropout) {}

  static double[] grid() {
    int k = (int) (GRID_END / WIDTH);
    double[] b = new double[k + 1];
    for (int i = 0; i <= k; i++) {
      b[i] = i * WIDTH;
    }
    return b;
  }

  /**
   * Purchase covariates: a season common to all (sin over a 26-interval year) and a per-customer
   * campaign indicator (on in 30% of intervals); dropout covariate: a per-customer service problem
   * from a random interval on (40% of customers).
   */
  static Data simulate(int n, double[] truth, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] breaks = grid();
    int k = breaks.length - 1;
    double[][] zp = new double[n][2 * k];
    double[][] zd = new double[n][k];
    double[] birth = new double[n];
    double[] age = new double[n];
    double[][] times = new double[n][];
    int[] holdout = new int[n];
    for (int i = 0; i < n; i++) {
      int problemFrom = rng.nextDouble() < 0.4 ? rng.nextInt(k) : k;
      for (int q = 0; q < k; q++) {
        zp[i][2 * q] = Math.sin(2 * Math.PI * q / 26.0);
        zp[i][2 * q + 1] = rng.nextDouble() < 0.3 ? 1 : 0;
        zd[i][q] = q >= problemFrom ? 1 : 0;
      }
      birth[i] = rng.nextDouble() * 30;
      age[i] = END - birth[i];
      double lambda = Sampling.gamma(rng, truth[0], truth[1]);
      double mu = Sampling.gamma(rng, truth[2], truth[3]);
      double hazard = Sampling.exponential(rng, 1.0);
      List<Double> calibration = new ArrayList<>();
      double t = birth[i];
      boolean alive = true;
      while (alive && t < GRID_END) {
        int q = (int) Math.floor(t / WIDTH);
        double hi = Math.min(GRID_END, (q + 1) * WIDTH);
        double a = Math.exp(truth[4] * zp[i][2 * q] + truth[5] * zp[i][2 * q + 1]);
        double c = Math.exp(truth[6] * zd[i][q]);
        double stop = hi;
        double need = mu * c * (hi - t);
        if (hazard < need) {
          stop = t + hazard / (mu * c);
          alive = false;
        } else {
          hazard -= need;
        }
        // purchases at rate lambda a on [t, stop)
        double u = t + Sampling.exponential(rng, lambda * a);
        while (u < stop) {
          double since = u - birth[i];
          if (since <= age[i]) {
            calibration.add(since);
          } else {
            holdout[i]++;
          }
          u += Sampling.exponential(rng, lambda * a);
        }
        t = stop;
      }
      times[i] = calibration.stream().mapToDouble(Double::doubleValue).toArray();
    }
    return new Data(
        new PurchaseHistories(birth, times, age),
        holdout,
        new TimeVaryingCovariates(List.of("season", "campaign"), breaks, zp),
        new TimeVaryingCovariates(List.of("problem"), breaks, zd));
  }

  static final double[] TRUTH = {0.8, 8.0, 0.9, 20.0, 0.4, 0.6, 0.8};

  @Test
  void gradientIsExact() {
    Data d = simulate(200, TRUTH, 11);
    double[] centres = new double[3];
    double[] scales = {1, 1, 1};
    TimeVaryingLikelihood f =
        TimeVaryingParetoNbd.likelihood(
            d.customers(), d.purchase(), d.dropout(), centres, scales, 0.0);
    double[] theta = {Math.log(0.7), Math.log(9), Math.log(1.1), Math.log(15), 0.3, 0.5, 0.9};
    double[] g = new double[theta.length];
    f.value(theta, g);
    for (int j = 0; j < theta.length; j++) {
      double h = 1e-6;
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[j] += h;
      down[j] -= h;
      double numeric =
          (f.value(up, new double[theta.length]) - f.value(down, new double[theta.length]))
              / (2 * h);
      assertEquals(numeric, g[j], 1e-5 * (1 + Math.abs(numeric)), "component " + j);
    }
  }

  @Test
  void zeroEffectsArePlainParetoNbd() {
    Data d = simulate(300, TRUTH, 12);
    PurchaseHistories c = d.customers();
    ParetoNbdModel plain = new ParetoNbdModel(0.7, 9, 1.1, 15);
    TimeVaryingFit zero =
        new TimeVaryingFit(
            java.util.Map.of("r", 0.7, "alpha", 9.0, "s", 1.1, "beta", 15.0),
            java.util.Map.of(
                "purchase.season", 0.0, "purchase.campaign", 0.0, "dropout.problem", 0.0),
            java.util.Map.of(),
            List.of("season", "campaign"),
            List.of("problem"),
            new double[3],
            new double[] {1, 1, 1},
            CovariatePenalty.none(),
            0,
            true,
            0,
            300,
            "given");
    int[] x = c.frequency();
    double[] tx = c.recency();
    double[] age = c.age();
    double expected = 0;
    for (int i = 0; i < x.length; i++) {
      expected += plain.logLikelihood(x[i], tx[i], age[i]);
    }
    assertEquals(expected, zero.logLikelihood(c, d.purchase(), d.dropout()), 1e-8);
    double[] alive = zero.probabilityAlive(c, d.purchase(), d.dropout());
    double[] later = zero.probabilityAliveAt(40, c, d.purchase(), d.dropout());
    double[] cet = zero.conditionalExpectedPurchases(40, c, d.purchase(), d.dropout());
    for (int i = 0; i < x.length; i++) {
      assertEquals(plain.probabilityAlive(x[i], tx[i], age[i]), alive[i], 1e-12);
      assertEquals(plain.probabilityAliveAt(x[i], tx[i], age[i], 40), later[i], 1e-12);
      assertEquals(plain.conditionalExpectedPurchases(40, x[i], tx[i], age[i]), cet[i], 1e-10);
    }
  }

  @Test
  void noCovariatesFitsThePlainParetoNbd() {
    Data d = simulate(1500, TRUTH, 13);
    PurchaseHistories c = d.customers();
    int n = c.size();
    TimeVaryingFit fit =
        TimeVaryingParetoNbd.fit(
            c,
            TimeVaryingCovariates.none(n, 0, GRID_END),
            TimeVaryingCovariates.none(n, 0, GRID_END),
            CovariatePenalty.none(),
            false,
            FitOptions.defaults());
    ValueFit plain = ParetoNbd.fit(c.frequency(), c.recency(), c.age());
    assertTrue(fit.converged(), fit.message());
    assertEquals(plain.logLikelihood(), fit.logLikelihood(), 1e-6);
    for (String p : List.of("r", "alpha", "s", "beta")) {
      RecoveryTest.assertRelative(plain.param(p), fit.param(p), 1e-4, p);
    }
  }

  @Test
  void constantCovariatesAreTheStaticModel() {
    Data d = simulate(2000, TRUTH, 14);
    PurchaseHistories c = d.customers();
    int n = c.size();
    int k = grid().length - 1;
    // each customer's interval-0 values, held for the whole grid (weekly-looking, constant)
    double[][] p = new double[n][1];
    double[][] w = new double[n][1];
    double[][] pathP = new double[n][k];
    double[][] pathW = new double[n][k];
    SplittableRandom rng = new SplittableRandom(4);
    for (int i = 0; i < n; i++) {
      p[i][0] = rng.nextGaussian();
      w[i][0] = rng.nextDouble() < 0.5 ? 1 : 0;
      java.util.Arrays.fill(pathP[i], p[i][0]);
      java.util.Arrays.fill(pathW[i], w[i][0]);
    }
    double[] breaks = grid();
    for (boolean standardise : new boolean[] {false, true}) {
      TimeVaryingFit tv =
          TimeVaryingParetoNbd.fit(
              c,
              new TimeVaryingCovariates(List.of("income"), breaks, pathP),
              new TimeVaryingCovariates(List.of("web"), breaks, pathW),
              CovariatePenalty.none(),
              standardise,
              FitOptions.defaults());
      CovariateFit st =
          CovariateModels.fit(
              ValueModelKind.PARETONBD,
              c.frequency(),
              c.recency(),
              c.age(),
              new Covariates(List.of("income"), p),
              new Covariates(List.of("web"), w),
              CovariatePenalty.none(),
              standardise,
              FitOptions.defaults());
      assertTrue(tv.converged(), tv.message());
      assertEquals(st.logLikelihood(), tv.logLikelihood(), 1e-6);
      for (String name : List.of("r", "alpha", "s", "beta")) {
        assertEquals(st.param(name), tv.param(name), 1e-6 * st.param(name), name);
      }
      for (String name : List.of("purchase.income", "dropout.web")) {
        assertEquals(st.effect(name), tv.effect(name), 1e-6, name);
        assertEquals(st.standardErrors().get(name), tv.standardErrors().get(name), 1e-5, name);
      }
    }
  }

  @Test
  void knownEffectsAreRecoveredWithinTwoStandardErrors() {
    Data d = simulate(4000, TRUTH, 20);
    TimeVaryingFit fit =
        TimeVaryingParetoNbd.fit(
            d.customers(),
            d.purchase(),
            d.dropout(),
            CovariatePenalty.none(),
            false,
            FitOptions.defaults());
    assertTrue(fit.converged(), fit.message());
    String[] names = {
      "r", "alpha", "s", "beta", "purchase.season", "purchase.campaign", "dropout.problem"
    };
    for (int j = 0; j < names.length; j++) {
      double se = fit.standardErrors().get(names[j]);
      double estimate = j < 4 ? fit.param(names[j]) : fit.effect(names[j]);
      assertEquals(TRUTH[j], estimate, 2 * se, names[j] + " (se " + se + ")");
    }
    // the expected holdout purchases (weeks 78..130, along the covariate path) match what happened
    double[] cet =
        fit.conditionalExpectedPurchases(GRID_END - END, d.customers(), d.purchase(), d.dropout());
    double predicted = 0;
    double observed = 0;
    double ss = 0;
    for (int i = 0; i < cet.length; i++) {
      predicted += cet[i];
      observed += d.holdout()[i];
      ss += (d.holdout()[i] - cet[i]) * (d.holdout()[i] - cet[i]);
    }
    double se = Math.sqrt(ss);
    assertEquals(observed, predicted, 3 * se, "holdout purchases (se " + se + ")");
  }

  @Test
  void theLibrarySimulatorDrawsFromTheFittedModel() {
    // the covariate paths and births of the test's own simulation, the library's draws
    Data d = simulate(3000, TRUTH, 21);
    double[] birth = d.customers().birth();
    double[] age = d.customers().age();
    TimeVaryingParetoNbd.Simulation sim =
        TimeVaryingParetoNbd.simulate(
            new ParetoNbdModel(TRUTH[0], TRUTH[1], TRUTH[2], TRUTH[3]),
            new double[] {TRUTH[4], TRUTH[5]},
            new double[] {TRUTH[6]},
            birth,
            age,
            GRID_END - END,
            d.purchase(),
            d.dropout(),
            77);
    TimeVaryingFit fit =
        TimeVaryingParetoNbd.fit(
            sim.histories(),
            d.purchase(),
            d.dropout(),
            CovariatePenalty.none(),
            false,
            FitOptions.defaults());
    String[] names = {
      "r", "alpha", "s", "beta", "purchase.season", "purchase.campaign", "dropout.problem"
    };
    for (int j = 0; j < names.length; j++) {
      double se = fit.standardErrors().get(names[j]);
      double estimate = j < 4 ? fit.param(names[j]) : fit.effect(names[j]);
      assertEquals(TRUTH[j], estimate, 3 * se, names[j] + " (se " + se + ")");
    }
    double[] cet =
        fit.conditionalExpectedPurchases(
            GRID_END - END, sim.histories(), d.purchase(), d.dropout());
    double predicted = 0;
    double observed = 0;
    double ss = 0;
    for (int i = 0; i < cet.length; i++) {
      predicted += cet[i];
      observed += sim.holdout()[i];
      ss += (sim.holdout()[i] - cet[i]) * (sim.holdout()[i] - cet[i]);
    }
    assertEquals(observed, predicted, 3 * Math.sqrt(ss), "holdout purchases");
    // seeded: the same draw again
    TimeVaryingParetoNbd.Simulation again =
        TimeVaryingParetoNbd.simulate(
            new ParetoNbdModel(TRUTH[0], TRUTH[1], TRUTH[2], TRUTH[3]),
            new double[] {TRUTH[4], TRUTH[5]},
            new double[] {TRUTH[6]},
            birth,
            age,
            GRID_END - END,
            d.purchase(),
            d.dropout(),
            77);
    assertArrayEquals(sim.holdout(), again.holdout());
    assertArrayEquals(sim.histories().recency(), again.histories().recency());
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () ->
                TimeVaryingParetoNbd.simulate(
                    new ParetoNbdModel(1, 1, 1, 1),
                    new double[] {1},
                    new double[] {1},
                    birth,
                    age,
                    0,
                    d.purchase(),
                    d.dropout(),
                    1));
    assertEquals(
        "TimeVaryingParetoNbd.effects must have one coefficient per covariate (2 purchase, 1"
            + " dropout), was \"1 and 1\"",
        e.getMessage());
  }

  @Test
  void badInputIsNamed() {
    Data d = simulate(10, TRUTH, 16);
    TimeVaryingCovariates shortGrid =
        new TimeVaryingCovariates(List.of(), new double[] {0, 50}, new double[10][0]);
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () ->
                TimeVaryingParetoNbd.fit(
                    d.customers(),
                    shortGrid,
                    d.dropout(),
                    CovariatePenalty.none(),
                    false,
                    FitOptions.defaults()));
    double b0 = d.customers().birth()[0];
    assertEquals(
        "TimeVaryingParetoNbd.purchase must have intervals covering each customer's window [birth,"
            + " birth + T] (customer index 0: "
            + b0
            + ".."
            + (b0 + d.customers().age()[0])
            + "), was \"0.0..50.0\"",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                new PurchaseHistories(
                    new double[] {0}, new double[][] {{3, 2}}, new double[] {10}));
    assertEquals(
        "PurchaseHistories.repeatTimes must be ascending and in (0, T] (customer index 0, T ="
            + " 10.0), was 2.0",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                new TimeVaryingCovariates(
                    List.of("a"), new double[] {0, 1, 1}, new double[][] {{1, 2}}));
    assertEquals(
        "TimeVaryingCovariates.breaks must be finite and strictly increasing (index 2), was 1.0",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                new TimeVaryingCovariates(
                    List.of("a"), new double[] {0, 1, 2}, new double[][] {{1}}));
    assertEquals(
        "TimeVaryingCovariates.values must have 2 values per customer, 1 per interval (customer"
            + " index 0), was 1",
        e.getMessage());
  }
}
