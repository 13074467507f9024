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
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Predictions of a time-varying Pareto/NBD fit that take each customer's covariate path: the
 * purchase intervals cover the holdout purchases of customers simulated from known parameters as
 * often as they say, the predictive distribution's mean is the closed-form expectation, DERT agrees
 * with a numerical integral, and with every effect 0 intervals, CLV, DERT and the CLV intervals are
 * those of the plain Pareto/NBD.
 */
class TimeVaryingPredictionsTest {
  private static final double[] TRUTH = TimeVaryingParetoNbdTest.TRUTH;
  private static final double HORIZON =
      TimeVaryingParetoNbdTest.GRID_END - TimeVaryingParetoNbdTest.END;

  static TimeVaryingFit fitOf(double[] truth) {
    return new TimeVaryingFit(
        Map.of("r", truth[0], "alpha", truth[1], "s", truth[2], "beta", truth[3]),
        Map.of(
            "purchase.season",
            truth[4],
            "purchase.campaign",
            truth[5],
            "dropout.problem",
            truth[6]),
        Map.of(),
        List.of("season", "campaign"),
        List.of("problem"),
        new double[3],
        new double[] {1, 1, 1},
        CovariatePenalty.none(),
        0,
        true,
        0,
        1,
        "given");
  }

  @Test
  void ninetyPercentIntervalsCoverAboutNinetyPercentOfHoldoutPurchases() {
    int n = 4000;
    TimeVaryingParetoNbdTest.Data d = TimeVaryingParetoNbdTest.simulate(n, TRUTH, 31);
    TimeVaryingFit truth = fitOf(TRUTH);
    Intervals intervals =
        truth.purchaseIntervals(HORIZON, 0.9, d.customers(), d.purchase(), d.dropout());
    TimeVaryingLikelihood f =
        TimeVaryingParetoNbd.likelihood(
            d.customers(),
            d.purchase(),
            d.dropout(),
            new double[3],
            new double[] {1, 1, 1},
            HORIZON);
    double[] theta = theta(TRUTH);
    int[] holdout = d.holdout();
    int covered = 0;
    double expected = 0;
    double variance = 0;
    for (int i = 0; i < n; i++) {
      if (holdout[i] >= intervals.low()[i] && holdout[i] <= intervals.high()[i]) {
        covered++;
      }
      double q =
          mass(f.future(theta, i), HORIZON, (int) intervals.low()[i], (int) intervals.high()[i]);
      assertTrue(q >= 0.9 - 1e-9, "customer " + i + ": " + q);
      expected += q;
      variance += q * (1 - q);
    }
    double coverage = covered / (double) n;
    double nominal = expected / n;
    double sd = Math.sqrt(variance) / n;
    // at the true parameters the holdout purchases fall in the intervals as often as the model
    // says, within 4 sd of the binomial sampling error (sd about 0.004 here)
    assertEquals(nominal, coverage, 4 * sd, "coverage " + coverage + ", sd " + sd);
    // whole-number ends make most intervals cover more than the level
    assertTrue(coverage >= 0.88, "coverage " + coverage);
  }

  @Test
  void fittedIntervalsWithParameterDrawsCoverAboutNinetyPercent() {
    int n = 3000;
    TimeVaryingParetoNbdTest.Data d = TimeVaryingParetoNbdTest.simulate(n, TRUTH, 32);
    TimeVaryingFit fit =
        TimeVaryingParetoNbd.fit(
            d.customers(),
            d.purchase(),
            d.dropout(),
            CovariatePenalty.none(),
            false,
            FitOptions.defaults());
    List<TimeVaryingFit> draws =
        fit.parameterDraws(d.customers(), d.purchase(), d.dropout(), 20, 3);
    Intervals point = fit.purchaseIntervals(HORIZON, 0.9, d.customers(), d.purchase(), d.dropout());
    Intervals wide =
        TimeVaryingFit.purchaseIntervals(
            draws, HORIZON, 0.9, d.customers(), d.purchase(), d.dropout());
    int[] holdout = d.holdout();
    TimeVaryingLikelihood f =
        TimeVaryingParetoNbd.likelihood(
            d.customers(),
            d.purchase(),
            d.dropout(),
            new double[3],
            new double[] {1, 1, 1},
            HORIZON);
    double[][] thetas = new double[draws.size()][];
    for (int k = 0; k < thetas.length; k++) {
      thetas[k] = thetaOf(draws.get(k));
    }
    double[] estimate = thetaOf(fit);
    double[] covered = new double[2];
    double[] nominal = new double[2];
    double[] variance = new double[2];
    double widthPoint = 0;
    double widthWide = 0;
    for (int i = 0; i < n; i++) {
      Intervals[] both = {point, wide};
      for (int b = 0; b < 2; b++) {
        int low = (int) both[b].low()[i];
        int high = (int) both[b].high()[i];
        covered[b] += holdout[i] >= low && holdout[i] <= high ? 1 : 0;
        // the interval's probability under the fitted model, or averaged over the draws
        double q = 0;
        if (b == 0) {
          q = mass(f.future(estimate, i), HORIZON, low, high);
        } else {
          for (double[] theta : thetas) {
            q += mass(f.future(theta, i), HORIZON, low, high) / thetas.length;
          }
        }
        assertTrue(q >= 0.9 - 1e-9, "customer " + i + ": " + q);
        nominal[b] += q;
        variance[b] += q * (1 - q);
      }
      widthPoint += point.high()[i] - point.low()[i];
      widthWide += wide.high()[i] - wide.low()[i];
    }
    for (int b = 0; b < 2; b++) {
      double coverage = covered[b] / n;
      double sd = Math.sqrt(variance[b]) / n;
      // as often as the fitted model says, within 4 binomial sd plus 0.01 for the fitted (not
      // true) parameters
      assertEquals(nominal[b] / n, coverage, 4 * sd + 0.01, b == 0 ? "point" : "draws");
      assertTrue(coverage >= 0.88, "coverage " + coverage);
    }
    // the intervals over the parameter draws are at least as wide on average
    assertTrue(widthWide >= widthPoint, widthWide + " < " + widthPoint);
  }

  private static double[] thetaOf(TimeVaryingFit fit) {
    return new double[] {
      Math.log(fit.param("r")),
      Math.log(fit.param("alpha")),
      Math.log(fit.param("s")),
      Math.log(fit.param("beta")),
      fit.effect("purchase.season"),
      fit.effect("purchase.campaign"),
      fit.effect("dropout.problem")
    };
  }

  @Test
  void parameterDrawsFollowTheStandardErrors() {
    TimeVaryingParetoNbdTest.Data d = TimeVaryingParetoNbdTest.simulate(2000, TRUTH, 33);
    TimeVaryingFit fit =
        TimeVaryingParetoNbd.fit(
            d.customers(),
            d.purchase(),
            d.dropout(),
            CovariatePenalty.none(),
            false,
            FitOptions.defaults());
    int count = 4000;
    List<TimeVaryingFit> draws =
        fit.parameterDraws(d.customers(), d.purchase(), d.dropout(), count, 8);
    assertEquals(count, draws.size());
    for (String name : List.of("purchase.season", "purchase.campaign", "dropout.problem")) {
      double sum = 0;
      double ss = 0;
      for (TimeVaryingFit one : draws) {
        sum += one.effect(name);
        ss += one.effect(name) * one.effect(name);
      }
      double mean = sum / count;
      double sd = Math.sqrt(ss / count - mean * mean);
      double se = fit.standardErrors().get(name);
      // the mean within 4 standard errors of the mean of the draws, the spread within 10%
      assertEquals(fit.effect(name), mean, 4 * se / Math.sqrt(count), name);
      assertEquals(se, sd, 0.1 * se, name);
    }
    // seeded
    assertEquals(
        draws.get(7).params(),
        fit.parameterDraws(d.customers(), d.purchase(), d.dropout(), count, 8).get(7).params());
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> fit.parameterDraws(d.customers(), d.purchase(), d.dropout(), 0, 8));
    assertEquals("TimeVaryingFit.parameterDraws must be within 1..100,000, was 0", e.getMessage());
  }

  @Test
  void thePredictiveDistributionHasTheClosedFormMean() {
    TimeVaryingParetoNbdTest.Data d = TimeVaryingParetoNbdTest.simulate(60, TRUTH, 34);
    TimeVaryingLikelihood f =
        TimeVaryingParetoNbd.likelihood(
            d.customers(),
            d.purchase(),
            d.dropout(),
            new double[3],
            new double[] {1, 1, 1},
            HORIZON);
    double[] theta = theta(TRUTH);
    double[] cet =
        fitOf(TRUTH)
            .conditionalExpectedPurchases(HORIZON, d.customers(), d.purchase(), d.dropout());
    for (int i = 0; i < 60; i++) {
      TimeVaryingFuture future = f.future(theta, i);
      assertEquals(cet[i], future.expected(HORIZON), 1e-12 * (1 + cet[i]), "customer " + i);
      FutureCounts counts = future.counts(HORIZON);
      double total = 0;
      double mean = 0;
      for (int y = 0; y < 2000; y++) {
        double p = counts.next();
        total += p;
        mean += y * p;
      }
      assertEquals(1.0, total, 1e-9, "customer " + i);
      assertEquals(cet[i], future.alive * mean, 1e-8 * (1 + cet[i]), "customer " + i);
    }
  }

  @Test
  void dertIsTheIntegralOfTheDiscountedExpectation() {
    TimeVaryingParetoNbdTest.Data d = TimeVaryingParetoNbdTest.simulate(20, TRUTH, 35);
    TimeVaryingFit fit = fitOf(TRUTH);
    double discount = 0.01;
    double[] dert =
        fit.discountedExpectedResidualTransactions(
            discount, 1, d.customers(), d.purchase(), d.dropout());
    double delta = Math.log1p(discount);
    TimeVaryingLikelihood f =
        TimeVaryingParetoNbd.likelihood(
            d.customers(), d.purchase(), d.dropout(), new double[3], new double[] {1, 1, 1}, 0.0);
    double[] theta = theta(TRUTH);
    double width = TimeVaryingParetoNbdTest.WIDTH;
    int intervals = (int) (TimeVaryingParetoNbdTest.GRID_END / width);
    for (int i = 0; i < 20; i++) {
      // midpoint rule on the integrand a(u) (B / (B + D(u)))^s e^(-delta u) after T, the
      // multipliers read from the covariate rows, the last interval's held after the grid
      TimeVaryingFuture future = f.future(theta, i);
      double start0 = d.customers().birth()[i] + d.customers().age()[i];
      double[] zp = d.purchase().values()[i];
      double[] zd = d.dropout().values()[i];
      double cum = 0;
      double sum = 0;
      double u0 = 0;
      while (u0 < 5000) {
        int q = Math.min(intervals - 1, (int) Math.floor((start0 + u0) / width + 1e-12));
        double u1 = q < intervals - 1 ? (q + 1) * width - start0 : 5000;
        double a = Math.exp(TRUTH[4] * zp[2 * q] + TRUTH[5] * zp[2 * q + 1]);
        double c = Math.exp(TRUTH[6] * zd[q]);
        // Simpson on the interval, where a and c are constant and D is linear
        int m = 2000;
        double h = (u1 - u0) / m;
        double part = 0;
        for (int k = 0; k <= m; k++) {
          double u = u0 + k * h;
          double g =
              a
                  * Math.pow(future.scale / (future.scale + cum + c * (u - u0)), future.s)
                  * Math.exp(-delta * u);
          part += (k == 0 || k == m ? 1 : k % 2 == 1 ? 4 : 2) * g;
        }
        sum += part * h / 3;
        cum += c * (u1 - u0);
        u0 = u1;
      }
      double numeric = future.alive * future.shape / future.rate * sum;
      assertEquals(numeric, dert[i], 1e-6 * dert[i], "customer " + i);
    }
  }

  @Test
  void zeroEffectsGiveThePlainParetoNbdPredictions() {
    TimeVaryingParetoNbdTest.Data d = TimeVaryingParetoNbdTest.simulate(400, TRUTH, 36);
    double[] zero = {TRUTH[0], TRUTH[1], TRUTH[2], TRUTH[3], 0, 0, 0};
    TimeVaryingFit fit = fitOf(zero);
    ParetoNbdModel plain = new ParetoNbdModel(TRUTH[0], TRUTH[1], TRUTH[2], TRUTH[3]);
    PurchaseHistories c = d.customers();
    int[] x = c.frequency();
    double[] tx = c.recency();
    double[] age = c.age();
    int n = x.length;
    Intervals tv = fit.purchaseIntervals(HORIZON, 0.9, c, d.purchase(), d.dropout());
    Intervals pl = PredictionIntervals.purchases(plain, HORIZON, 0.9, x, tx, age);
    assertArrayEquals(pl.low(), tv.low());
    assertArrayEquals(pl.high(), tv.high());
    TimeVaryingLikelihood f =
        TimeVaryingParetoNbd.likelihood(
            c, d.purchase(), d.dropout(), new double[3], new double[] {1, 1, 1}, HORIZON);
    for (int i = 0; i < 50; i++) {
      FutureCounts a = f.future(theta(zero), i).counts(HORIZON);
      FutureCounts b = FutureCounts.of(plain, HORIZON, x[i], age[i]);
      for (int y = 0; y < 30; y++) {
        assertEquals(b.next(), a.next(), 1e-9, "customer " + i + ", y " + y);
      }
    }
    double[] monetary = new double[n];
    for (int i = 0; i < n; i++) {
      monetary[i] = x[i] == 0 ? 0 : 20 + i % 17;
    }
    GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
    ClvHorizon horizon = new ClvHorizon(HORIZON, 4, 0.01);
    double[] clv = fit.clv(spend, monetary, horizon, 0.3, c, d.purchase(), d.dropout());
    double[] plainClv = Clv.of(plain, spend, x, tx, age, monetary, horizon, 0.3);
    double[] dert =
        fit.discountedExpectedResidualTransactions(0.01, 4, c, d.purchase(), d.dropout());
    double[] plainDert = Clv.discountedExpectedResidualTransactions(plain, 0.01, 4, x, tx, age);
    for (int i = 0; i < n; i++) {
      assertEquals(plainClv[i], clv[i], 1e-9 * plainClv[i], "clv of customer " + i);
      assertEquals(plainDert[i], dert[i], 1e-9 * plainDert[i], "dert of customer " + i);
    }
    // the CLV intervals: with constant paths one piece follows T and the simulation draws what
    // the plain model's does
    TimeVaryingCovariates constantP =
        new TimeVaryingCovariates(
            List.of("season", "campaign"), new double[] {0, 200}, new double[n][2]);
    TimeVaryingCovariates constantD =
        new TimeVaryingCovariates(List.of("problem"), new double[] {0, 200}, new double[n][1]);
    IntervalOptions options = new IntervalOptions(0.8, 500, 4);
    Intervals tvClv =
        TimeVaryingFit.clvIntervals(
            List.of(fit),
            SpendDraws.of(spend),
            monetary,
            horizon,
            0.3,
            options,
            c,
            constantP,
            constantD);
    Intervals plainClvIntervals =
        PredictionIntervals.clv(plain, spend, x, tx, age, monetary, horizon, 0.3, options);
    for (int i = 0; i < n; i++) {
      assertEquals(plainClvIntervals.low()[i], tvClv.low()[i], 1e-9 * (1 + tvClv.low()[i]));
      assertEquals(plainClvIntervals.high()[i], tvClv.high()[i], 1e-9 * (1 + tvClv.high()[i]));
    }
  }

  @Test
  void simulatedValuesAverageToTheClv() {
    TimeVaryingParetoNbdTest.Data d = TimeVaryingParetoNbdTest.simulate(40, TRUTH, 37);
    TimeVaryingFit fit = fitOf(TRUTH);
    PurchaseHistories c = d.customers();
    int n = c.size();
    double[] monetary = new double[n];
    Arrays.fill(monetary, 30);
    GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
    ClvHorizon horizon = new ClvHorizon(HORIZON, 4, 0.02);
    double[] clv = fit.clv(spend, monetary, horizon, 1, c, d.purchase(), d.dropout());
    TimeVaryingLikelihood f =
        TimeVaryingParetoNbd.likelihood(
            c, d.purchase(), d.dropout(), new double[3], new double[] {1, 1, 1}, HORIZON);
    double logDiscount = Math.log1p(0.02);
    for (int i = 0; i < n; i++) {
      TimeVaryingFuture future = f.future(theta(TRUTH), i);
      PredictionIntervals.ValueFuture[] one = {
        new PredictionIntervals.ValueFuture(
            future.alive,
            (rng, p, nu) -> future.discountedValue(rng, HORIZON, 4, logDiscount, p, nu))
      };
      double[] values = new double[40_000];
      PredictionIntervals.clvSamples(
          one, List.of(spend), c.frequency()[i], 30, 1, Sampling.forRow(5, i), values);
      double mean = Arrays.stream(values).average().orElseThrow();
      double sd =
          Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum()) / values.length;
      // the mean of 40,000 simulated values within 4 of its standard errors of the closed form
      // (a customer almost surely gone may show no purchase in 40,000 draws: 0.001 dollars)
      assertEquals(clv[i], mean, Math.max(4 * sd, 1e-3), "customer " + i);
    }
  }

  @Test
  void badInputIsNamed() {
    TimeVaryingParetoNbdTest.Data d = TimeVaryingParetoNbdTest.simulate(10, TRUTH, 38);
    TimeVaryingFit fit = fitOf(TRUTH);
    CxValidationException empty =
        assertThrows(
            CxValidationException.class,
            () ->
                TimeVaryingFit.purchaseIntervals(
                    List.of(), 10, 0.9, d.customers(), d.purchase(), d.dropout()));
    assertEquals("TimeVaryingFit.draws must not be empty, was []", empty.getMessage());
    CxValidationException level =
        assertThrows(
            CxValidationException.class,
            () -> fit.purchaseIntervals(10, 1.5, d.customers(), d.purchase(), d.dropout()));
    assertEquals("PredictionIntervals.level must be within (0, 1), was 1.5", level.getMessage());
    CxValidationException beyond =
        assertThrows(
            CxValidationException.class,
            () -> fit.purchaseIntervals(60, 0.9, d.customers(), d.purchase(), d.dropout()));
    assertTrue(
        beyond
            .getMessage()
            .startsWith(
                "TimeVaryingParetoNbd.purchase must have intervals covering each customer's"
                    + " window [birth, birth + T + horizon] (customer index 0: "),
        beyond.getMessage());
    CxValidationException discount =
        assertThrows(
            CxValidationException.class,
            () ->
                fit.discountedExpectedResidualTransactions(
                    0, 1, d.customers(), d.purchase(), d.dropout()));
    assertEquals("Clv.discount must be positive and finite, was 0.0", discount.getMessage());
    TimeVaryingFit other =
        new TimeVaryingFit(
            fit.params(),
            Map.of("purchase.season", 0.0),
            Map.of(),
            List.of("season"),
            List.of(),
            new double[1],
            new double[] {1},
            CovariatePenalty.none(),
            0,
            true,
            0,
            1,
            "given");
    CxValidationException mixed =
        assertThrows(
            CxValidationException.class,
            () ->
                TimeVaryingFit.purchaseIntervals(
                    List.of(fit, other), 10, 0.9, d.customers(), d.purchase(), d.dropout()));
    assertEquals(
        "TimeVaryingFit.draws must be fits with the same covariates and standardisation (draw 0:"
            + " [season, campaign] [problem]), was \"draw 1: [season] []\"",
        mixed.getMessage());
  }

  private static double mass(TimeVaryingFuture future, double t, int low, int high) {
    FutureCounts counts = future.counts(t);
    double q = 0;
    for (int y = 0; y <= high; y++) {
      double p = future.alive * counts.next() + (y == 0 ? 1 - future.alive : 0);
      if (y >= low) {
        q += p;
      }
    }
    return q;
  }

  private static double[] theta(double[] truth) {
    return new double[] {
      Math.log(truth[0]),
      Math.log(truth[1]),
      Math.log(truth[2]),
      Math.log(truth[3]),
      truth[4],
      truth[5],
      truth[6]
    };
  }
}
