/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Prediction intervals of a static covariate fit: each customer's interval is that of its own
 * model, and on 4,000 customers simulated from known effects (the time-varying simulator with
 * constant paths, which is the static model) a 90% interval covers 90% of the holdout purchases.
 */
class CovariateIntervalsTest {
  @Test
  void ninetyPercentIntervalsCoverAboutNinetyPercentOfHoldoutPurchases() {
    int n = 4000;
    SplittableRandom rng = new SplittableRandom(5);
    double[][] income = new double[n][1];
    double[][] web = new double[n][1];
    double[] birth = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      income[i][0] = rng.nextGaussian();
      web[i][0] = rng.nextDouble() < 0.5 ? 1 : 0;
      birth[i] = 0;
      age[i] = 30 + 30 * (i % 50) / 49.0;
    }
    Covariates p = new Covariates(List.of("income"), income);
    Covariates w = new Covariates(List.of("web"), web);
    double horizon = 39;
    TimeVaryingParetoNbd.Simulation sim =
        TimeVaryingParetoNbd.simulate(
            new ParetoNbdModel(0.7, 8, 0.9, 10),
            new double[] {0.5},
            new double[] {0.8},
            birth,
            age,
            horizon,
            TimeVaryingCovariates.constant(p, 0, 100),
            TimeVaryingCovariates.constant(w, 0, 100),
            9);
    int[] x = sim.histories().frequency();
    double[] tx = sim.histories().recency();
    CovariateFit fit =
        CovariateModels.fit(
            ValueModelKind.PARETONBD,
            x,
            tx,
            age,
            p,
            w,
            CovariatePenalty.none(),
            false,
            FitOptions.defaults());
    Intervals intervals = fit.purchaseIntervals(horizon, 0.9, x, tx, age, p, w);
    int[] holdout = sim.holdout();
    PurchaseModel[] models = fit.models(p, w);
    int covered = 0;
    double expected = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      if (holdout[i] >= intervals.low()[i] && holdout[i] <= intervals.high()[i]) {
        covered++;
      }
      // the interval's own probability under the customer's fitted model (at least 0.9: counts
      // are whole numbers, so most intervals cover more than the level)
      double q = 0;
      for (int y = (int) intervals.low()[i]; y <= (int) intervals.high()[i]; y++) {
        q += PredictionIntervals.probabilityOfPurchases(models[i], y, horizon, x[i], tx[i], age[i]);
      }
      assertTrue(q >= 0.9 - 1e-9, "customer " + i + ": " + q);
      expected += q;
      variance += q * (1 - q);
    }
    double coverage = covered / (double) n;
    double nominal = expected / n;
    double sd = Math.sqrt(variance) / n;
    // the holdout purchases fall in the intervals as often as the model says, within 4 sd of the
    // binomial sampling error plus 0.01 for the fitted (not true) parameters
    assertEquals(nominal, coverage, 4 * sd + 0.01, "coverage " + coverage + ", sd " + sd);
    assertTrue(coverage >= 0.88, "coverage " + coverage);
    // each customer's interval is its own model's
    for (int i = 0; i < 20; i++) {
      Intervals one =
          PredictionIntervals.purchases(
              models[i],
              horizon,
              0.9,
              new int[] {x[i]},
              new double[] {tx[i]},
              new double[] {age[i]});
      assertEquals(one.low()[0], intervals.low()[i]);
      assertEquals(one.high()[0], intervals.high()[i]);
    }
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> PredictionIntervals.perCustomer(new PurchaseModel[1], horizon, 0.9, x, tx, age));
    assertEquals(
        "PredictionIntervals.models must have one model per customer (4000), was 1",
        e.getMessage());
  }
}
