/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Parameters are recovered from data simulated with known parameters (tolerances stated). */
class RecoveryTest {
  static double[] ages(int n, double min, double max) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = min + (max - min) * (i % 100) / 99.0;
    }
    return t;
  }

  static void assertRelative(double expected, double actual, double tolerance, String name) {
    assertEquals(expected, actual, tolerance * expected, name);
  }

  @Test
  void bgNbdRecovered() {
    BgNbdModel truth = new BgNbdModel(0.5, 6.0, 0.8, 2.5);
    SimulatedCustomers s = BgNbd.simulate(truth, ages(20_000, 30, 60), 42);
    ValueFit fit = BgNbd.fit(s.frequency(), s.recency(), s.age());
    assertTrue(fit.converged(), fit.message());
    assertRelative(0.5, fit.param("r"), 0.1, "r");
    assertRelative(6.0, fit.param("alpha"), 0.15, "alpha");
    assertRelative(0.8, fit.param("a"), 0.25, "a");
    assertRelative(2.5, fit.param("b"), 0.3, "b");
    assertEquals(4, fit.standardErrors().size());
  }

  @Test
  void mbgNbdRecovered() {
    MbgNbdModel truth = new MbgNbdModel(0.5, 6.0, 0.5, 3.0);
    SimulatedCustomers s = MbgNbd.simulate(truth, ages(20_000, 30, 60), 7);
    ValueFit fit = MbgNbd.fit(s.frequency(), s.recency(), s.age());
    assertTrue(fit.converged(), fit.message());
    assertRelative(0.5, fit.param("r"), 0.1, "r");
    assertRelative(6.0, fit.param("alpha"), 0.15, "alpha");
    assertRelative(0.5, fit.param("a"), 0.3, "a");
    assertRelative(3.0, fit.param("b"), 0.35, "b");
  }

  @Test
  void paretoNbdRecovered() {
    ParetoNbdModel truth = new ParetoNbdModel(0.6, 10.0, 0.8, 12.0);
    SimulatedCustomers s = ParetoNbd.simulate(truth, ages(10_000, 30, 60), 11);
    ValueFit fit = ParetoNbd.fit(s.frequency(), s.recency(), s.age());
    assertTrue(fit.converged(), fit.message());
    assertRelative(0.6, fit.param("r"), 0.1, "r");
    assertRelative(10.0, fit.param("alpha"), 0.15, "alpha");
    assertRelative(0.8, fit.param("s"), 0.3, "s");
    assertRelative(12.0, fit.param("beta"), 0.45, "beta");
  }

  @Test
  void bgBbRecovered() {
    BgBbModel truth = new BgBbModel(1.2, 0.75, 0.66, 2.8);
    int[] n = new int[20_000];
    Arrays.fill(n, 6);
    SimulatedCustomers s = BgBb.simulate(truth, n, 5);
    ValueFit fit = BgBb.fit(s.frequency(), s.recency(), s.age(), null);
    assertTrue(fit.converged(), fit.message());
    assertTrue(fit.patterns() <= 22);
    assertRelative(1.2, fit.param("alpha"), 0.15, "alpha");
    assertRelative(0.75, fit.param("beta"), 0.15, "beta");
    assertRelative(0.66, fit.param("gamma"), 0.3, "gamma");
    assertRelative(2.8, fit.param("delta"), 0.35, "delta");
  }

  @Test
  void gammaGammaRecoveredAndConstrained() {
    GammaGammaModel truth = new GammaGammaModel(6.0, 4.0, 15.0);
    int[] x = new int[2_000];
    for (int i = 0; i < x.length; i++) {
      x[i] = 1 + i % 7;
    }
    double[] m = GammaGamma.simulate(truth, x, 3);
    ValueFit fit = GammaGamma.fit(x, m);
    assertTrue(fit.converged(), fit.message());
    assertRelative(6.0, fit.param("p"), 0.2, "p");
    assertRelative(4.0, fit.param("q"), 0.2, "q");
    assertRelative(15.0, fit.param("gamma"), 0.3, "gamma");
    ValueFit constrained = GammaGamma.fit(x, m, null, FitOptions.defaults().withConstrainQ(true));
    assertTrue(constrained.param("q") > 1);
    assertEquals(fit.logLikelihood(), constrained.logLikelihood(), 1e-4);
  }

  @Test
  void sbgRecovered() {
    SbgModel truth = new SbgModel(0.7, 1.2);
    double[] survivors = ShiftedBetaGeometric.simulate(truth, 20_000, 8, 9);
    ValueFit fit = ShiftedBetaGeometric.fit(survivors);
    assertTrue(fit.converged(), fit.message());
    assertRelative(0.7, fit.param("alpha"), 0.15, "alpha");
    assertRelative(1.2, fit.param("beta"), 0.2, "beta");
  }

  @Test
  void weightsEqualRepeatedRowsAndPenaltyShrinks() {
    Cdnow c = Cdnow.load();
    ValueFit plain = BgNbd.fit(c.x, c.tx, c.age);
    int n = c.size();
    int[] x2 = Arrays.copyOf(c.x, 2 * n);
    double[] tx2 = Arrays.copyOf(c.tx, 2 * n);
    double[] t2 = Arrays.copyOf(c.age, 2 * n);
    System.arraycopy(c.x, 0, x2, n, n);
    System.arraycopy(c.tx, 0, tx2, n, n);
    System.arraycopy(c.age, 0, t2, n, n);
    double[] halves = new double[2 * n];
    Arrays.fill(halves, 0.5);
    ValueFit weighted = BgNbd.fit(x2, tx2, t2, halves, FitOptions.defaults());
    assertEquals(plain.param("r"), weighted.param("r"), 1e-5);
    assertEquals(plain.logLikelihood(), weighted.logLikelihood(), 1e-6);
    assertEquals(plain.patterns(), weighted.patterns());
    ValueFit penalised = BgNbd.fit(c.x, c.tx, c.age, null, FitOptions.defaults().withPenalty(0.1));
    assertTrue(
        Math.abs(Math.log(penalised.param("alpha"))) < Math.abs(Math.log(plain.param("alpha"))));
    assertTrue(penalised.logLikelihood() < plain.logLikelihood());
  }

  @Test
  void failureIsReportedNotHidden() {
    Cdnow c = Cdnow.load();
    ValueFit limited =
        BgNbd.fit(c.x, c.tx, c.age, null, FitOptions.defaults().withStarts(1).withMaxIterations(2));
    assertTrue(!limited.converged());
    assertTrue(limited.message().contains("iteration limit 2 reached"), limited.message());
    assertTrue(Double.isFinite(limited.logLikelihood()));
    // nobody ever returns: the likelihood keeps rising as purchase rates shrink to 0
    int[] none = new int[50];
    double[] zeros = new double[50];
    double[] ages = ages(50, 10, 20);
    ValueFit degenerate = BgNbd.fit(none, zeros, ages);
    assertTrue(Double.isFinite(degenerate.logLikelihood()));
    assertTrue(
        !degenerate.converged()
            || degenerate.message().contains("edge of its range")
            || degenerate.message().contains("standard errors unavailable"),
        degenerate.message());
    ValueFit penalised =
        BgNbd.fit(none, zeros, ages, null, FitOptions.defaults().withPenalty(0.01));
    assertTrue(penalised.converged(), penalised.message());
  }

  @Test
  void subsampleWarmStartReachesTheSameOptimum() {
    Cdnow c = Cdnow.load();
    Patterns p = Patterns.of("BgNbd", c.x, c.tx, c.age, null, false);
    ValueFit bg =
        Fits.purchaseModel(
            ValueModelKind.BGNBD,
            p,
            q -> new NbdLikelihood(q, false),
            Fits.starts(1.0, 10.0, 1.0, 2.0),
            FitOptions.defaults(),
            500,
            300);
    assertTrue(bg.converged(), bg.message());
    assertEquals(-9582.43, bg.logLikelihood(), 0.01);
    assertEquals(0.243, bg.param("r"), 0.0005);
    assertEquals(4, bg.standardErrors().size());
    ValueFit pareto =
        Fits.purchaseModel(
            ValueModelKind.PARETONBD,
            p,
            ParetoLikelihood::new,
            Fits.starts(1.0, 10.0, 1.0, 30.0),
            FitOptions.defaults(),
            500,
            300);
    assertTrue(pareto.converged(), pareto.message());
    assertEquals(-9594.98, pareto.logLikelihood(), 0.01);
  }
}
