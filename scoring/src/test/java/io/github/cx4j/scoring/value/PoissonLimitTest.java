/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.RandomDataGenerator;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;

/**
 * BG/NBD and MBG/NBD fits of data simulated with one purchase rate for every customer: the
 * likelihood's supremum is the Poisson limit (r, alpha -> infinity, r / alpha the rate), and the
 * fit says so instead of reporting what the optimiser stopped at.
 */
class PoissonLimitTest {
  private static final double RATE = 0.4;

  /** A BG/NBD (m = 0) or MBG/NBD (m = 1) process with one rate, p ~ Beta(a, b), T 26-51. */
  private static SimulatedCustomers oneRate(int m, int n, double a, double b, long seed) {
    RandomDataGenerator rng = RandomDataGenerator.of(new Well19937c(seed));
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    for (int i = 0; i < n; i++) {
      age[i] = 26 + rng.nextInt(0, 25);
      double p = rng.nextBeta(a, b);
      double t = 0;
      double last = 0;
      int count = 0;
      boolean alive = m == 0 || rng.nextDouble() >= p;
      while (alive) {
        t += rng.nextExponential(1 / RATE);
        if (t > age[i]) {
          break;
        }
        count++;
        last = t;
        alive = rng.nextDouble() >= p;
      }
      x[i] = count;
      tx[i] = last;
    }
    return new SimulatedCustomers(x, tx, age);
  }

  @Test
  void bgNbdFitOfOneRateEndsInThePoissonLimitAndSaysSo() {
    // with one rate the estimate lies at the boundary about half the time (the score for a spread
    // is centred at zero); this sample's score is negative
    SimulatedCustomers c = oneRate(0, 3000, 0.8, 4.0, 2);
    ValueFit fit = BgNbd.fit(c.frequency(), c.recency(), c.age());
    assertEquals(
        "converged at the boundary: the Poisson limit (r and alpha -> infinity, r / alpha ="
            + " 0.398644 per time unit, standard error 0.0027): the data show no spread in"
            + " purchase rates (score for a spread -442.6, not positive), so every customer buys"
            + " at rate r / alpha while alive; r is reported as 1e+12 and alpha as r / 0.398644,"
            + " where the predictions are the limit's (converged: no further decrease possible at"
            + " machine precision)",
        fit.message());
    assertTrue(fit.converged());
    assertEquals(1e12, fit.param("r"));
    double rate = fit.param("r") / fit.param("alpha");
    // the simulated rate, a and b within three standard errors
    assertEquals(RATE, rate, 3 * 0.0027);
    assertEquals(0.8, fit.param("a"), 3 * fit.standardErrors().get("a"));
    assertEquals(4.0, fit.param("b"), 3 * fit.standardErrors().get("b"));
    assertEquals(java.util.Set.of("a", "b"), fit.standardErrors().keySet());
    // the limit is as likely as where the optimiser of the full model stopped (r = 3.2e7), within
    // the rounding of the full log-likelihood there
    Patterns p = Patterns.of("BgNbd", c.frequency(), c.recency(), c.age(), null, false);
    ValueFit raw =
        Fits.purchaseModel(
            ValueModelKind.BGNBD,
            p,
            q -> new NbdLikelihood(q, false),
            Fits.starts(1.0, 1.0 / p.meanRate(), 1.0, 2.0),
            FitOptions.defaults());
    assertTrue(raw.param("r") > PoissonLimit.SHAPE, raw.toString());
    assertTrue(raw.message().contains("edge of its range"), raw.message());
    assertEquals(raw.logLikelihood(), fit.logLikelihood(), 1e-3);
    assertEquals(raw.param("r") / raw.param("alpha"), rate, 1e-4 * rate);
    assertEquals(raw.param("a"), fit.param("a"), 1e-4);
  }

  @Test
  void mbgNbdFitOfOneRateEndsInThePoissonLimit() {
    SimulatedCustomers c = oneRate(1, 3000, 1.5, 8.0, 4);
    ValueFit fit = MbgNbd.fit(c.frequency(), c.recency(), c.age());
    assertTrue(fit.message().startsWith(PoissonLimit.MESSAGE + " (r and alpha"), fit.message());
    assertTrue(fit.converged());
    assertEquals(ValueModelKind.MBGNBD, fit.model());
    double rate = fit.param("r") / fit.param("alpha");
    assertEquals(RATE, rate, 3 * 0.0030);
    assertEquals(1.5, fit.param("a"), 3 * fit.standardErrors().get("a"));
    assertEquals(8.0, fit.param("b"), 3 * fit.standardErrors().get("b"));
    assertTrue(fit.message().contains("r / alpha = 0.399820 per time unit"), fit.message());
  }

  @Test
  void dataWithARateSpreadKeepTheOrdinaryFit() {
    // the same process with Gamma(2, 5) rates (mean 0.4): an interior optimum
    BgNbdModel spread = new BgNbdModel(2.0, 5.0, 0.8, 4.0);
    double[] age = new double[3000];
    for (int i = 0; i < age.length; i++) {
      age[i] = 26 + i % 26;
    }
    SimulatedCustomers c = BgNbd.simulate(spread, age, 3);
    ValueFit fit = BgNbd.fit(c.frequency(), c.recency(), c.age());
    assertTrue(fit.converged(), fit.message());
    assertFalse(fit.message().contains("Poisson"), fit.message());
    assertTrue(fit.param("r") < 20, fit.toString());
  }

  @Test
  void aPenalisedFitIsReturnedAsItIs() {
    SimulatedCustomers c = oneRate(0, 500, 0.8, 4.0, 5);
    Patterns p = Patterns.of("BgNbd", c.frequency(), c.recency(), c.age(), null, false);
    ValueFit huge =
        new ValueFit(
            ValueModelKind.BGNBD,
            java.util.Map.of("r", 1e9, "alpha", 2.5e9, "a", 0.8, "b", 4.0),
            java.util.Map.of(),
            -5000,
            false,
            10,
            500,
            p.size,
            "line search failed");
    assertSame(huge, PoissonLimit.atBoundary(huge, p, 0, FitOptions.defaults().withPenalty(0.1)));
    // a limit that is less likely than the full fit (here: a made-up log-likelihood) is not taken
    ValueFit better =
        new ValueFit(
            ValueModelKind.BGNBD,
            java.util.Map.of("r", 1e9, "alpha", 2.5e9, "a", 0.8, "b", 4.0),
            java.util.Map.of(),
            0.0,
            false,
            10,
            500,
            p.size,
            "line search failed");
    assertSame(better, PoissonLimit.atBoundary(better, p, 0, FitOptions.defaults()));
  }

  @Test
  void theLimitLikelihoodIsTheFullOneAtHugeShapesAndItsGradientIsAnalytic() {
    SimulatedCustomers c = oneRate(1, 400, 1.2, 5.0, 13);
    Patterns p = Patterns.of("MbgNbd", c.frequency(), c.recency(), c.age(), null, false);
    PoissonLimit.Objective limit = new PoissonLimit.Objective(p, 1);
    double lambda = 0.37;
    double a = 1.3;
    double b = 4.6;
    double[] theta = {Math.log(lambda), Math.log(a), Math.log(b)};
    double[] g = new double[3];
    double value = limit.value(theta, g);
    for (int j = 0; j < 3; j++) {
      double h = 1e-6;
      double[] up = theta.clone();
      double[] down = theta.clone();
      up[j] += h;
      down[j] -= h;
      double fd = (limit.value(up, new double[3]) - limit.value(down, new double[3])) / (2 * h);
      assertEquals(fd, g[j], 1e-7, "component " + j);
    }
    // the full MBG/NBD at r = 1e5, alpha = r / lambda: the limit plus the spread score times the
    // rate variance lambda^2 / r, to first order (the next term is 1 / r smaller)
    double r = 1e5;
    double full = 0;
    for (int i = 0; i < p.size; i++) {
      full +=
          p.weight[i] * NbdFamily.logLikelihood(r, r / lambda, a, b, 1, p.x[i], p.tx[i], p.age[i]);
    }
    double score = limit.spreadScore(lambda, a, b);
    double expected = -value * p.totalWeight + score * lambda * lambda / r;
    assertEquals(
        expected - (-value * p.totalWeight),
        full - (-value * p.totalWeight),
        1e-2 * Math.abs(score * lambda * lambda / r));
  }

  @Test
  void probabilityAliveAtTheReportedShapesIsTheLimits() {
    // P(alive) = 1 / (1 + e^D), D = ln a - ln(b + x - 1) + lambda (T - t_x) in the limit
    double lambda = 0.399;
    double alpha = PoissonLimit.REPORTED_R / lambda;
    double d = Math.log(0.8) - Math.log(4.0 + 3 - 1) + lambda * (40 - 12.5);
    double expected = 1 / (1 + Math.exp(d));
    BgNbdModel model = new BgNbdModel(PoissonLimit.REPORTED_R, alpha, 0.8, 4.0);
    assertEquals(expected, model.probabilityAlive(3, 12.5, 40), 1e-9 * expected);
    double[] batch =
        Clv.probabilityAlive(model, new int[] {3, 0}, new double[] {12.5, 0}, new double[] {40, 9});
    assertEquals(expected, batch[0], 1e-9 * expected);
    assertEquals(1.0, batch[1]);
  }
}
