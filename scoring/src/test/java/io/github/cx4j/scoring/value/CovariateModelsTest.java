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
 * Static covariates: the analytic gradient agrees with finite differences, known effects are
 * recovered from simulated data within 2 standard errors, standardising only rescales the effects,
 * and the penalty shrinks them.
 */
class CovariateModelsTest {
  /** Customers simulated from per-customer models. */
  record Data(SimulatedCustomers customers, Covariates purchase, Covariates dropout) {}

  static Data simulate(boolean pareto, int n, double[] truth, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] ages = RecoveryTest.ages(n, 30, 60);
    double[][] income = new double[n][1];
    double[][] web = new double[n][1];
    int[] x = new int[n];
    double[] tx = new double[n];
    for (int i = 0; i < n; i++) {
      income[i][0] = 3 + 2 * rng.nextGaussian();
      web[i][0] = rng.nextDouble() < 0.4 ? 1 : 0;
      double alpha = truth[1] * Math.exp(-truth[4] * income[i][0]);
      SimulatedCustomers one;
      if (pareto) {
        double beta = truth[3] * Math.exp(-truth[5] * web[i][0]);
        one =
            ParetoNbd.simulate(
                new ParetoNbdModel(truth[0], alpha, truth[2], beta),
                new double[] {ages[i]},
                seed * 100_003 + i);
      } else {
        double a = truth[2] * Math.exp(truth[5] * web[i][0]);
        double b = truth[3] * Math.exp(truth[6] * web[i][0]);
        one =
            BgNbd.simulate(
                new BgNbdModel(truth[0], alpha, a, b), new double[] {ages[i]}, seed * 100_003 + i);
      }
      x[i] = one.frequency()[0];
      tx[i] = one.recency()[0];
    }
    return new Data(
        new SimulatedCustomers(x, tx, ages),
        new Covariates(List.of("income"), income),
        new Covariates(List.of("web"), web));
  }

  static CovariateFit fit(ValueModelKind kind, Data d, double penalty, boolean standardise) {
    SimulatedCustomers s = d.customers();
    return CovariateModels.fit(
        kind,
        s.frequency(),
        s.recency(),
        s.age(),
        d.purchase(),
        d.dropout(),
        penalty,
        standardise,
        FitOptions.defaults());
  }

  static void assertWithinTwoSe(CovariateFit fit, String name, double truth) {
    double se = fit.standardErrors().get(name);
    double estimate = name.contains(".") ? fit.effect(name) : fit.param(name);
    assertEquals(truth, estimate, 2 * se, name + " (se " + se + ")");
  }

  @Test
  void gradientIsExact() {
    for (boolean pareto : new boolean[] {false, true}) {
      double[] truth =
          pareto
              ? new double[] {0.6, 10, 0.8, 12, 0.3, 0.5}
              : new double[] {0.5, 6, 0.8, 2.5, 0.3, 0.4, -0.3};
      Data d = simulate(pareto, 300, truth, 3);
      SimulatedCustomers s = d.customers();
      double[] zp = new double[300];
      double[] zd = new double[300];
      for (int i = 0; i < 300; i++) {
        zp[i] = d.purchase().values()[i][0];
        zd[i] = d.dropout().values()[i][0];
      }
      CovariateLikelihood f =
          new CovariateLikelihood(pareto, s.frequency(), s.recency(), s.age(), zp, 1, zd, 1);
      double[] theta = new double[f.size()];
      for (int j = 0; j < theta.length; j++) {
        theta[j] = j < 4 ? Math.log(truth[j]) + 0.1 : truth[j] - 0.05;
      }
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
        assertEquals(
            numeric, g[j], 1e-5 * (1 + Math.abs(numeric)), (pareto ? "pareto " : "bg ") + j);
      }
    }
  }

  @Test
  void bgNbdEffectsAreRecovered() {
    double[] truth = {0.5, 6.0, 0.8, 2.5, 0.3, 0.6, -0.4};
    CovariateFit fit = fit(ValueModelKind.BGNBD, simulate(false, 20_000, truth, 1), 0, false);
    assertTrue(fit.converged(), fit.message());
    assertEquals(List.of("purchase.income", "a.web", "b.web"), List.copyOf(fit.effects().keySet()));
    assertWithinTwoSe(fit, "purchase.income", 0.3);
    assertWithinTwoSe(fit, "a.web", 0.6);
    assertWithinTwoSe(fit, "b.web", -0.4);
    assertWithinTwoSe(fit, "r", 0.5);
    assertWithinTwoSe(fit, "alpha", 6.0);
  }

  @Test
  void paretoNbdEffectsAreRecovered() {
    double[] truth = {0.6, 10.0, 0.8, 12.0, 0.3, 0.7};
    CovariateFit fit = fit(ValueModelKind.PARETONBD, simulate(true, 10_000, truth, 2), 0, false);
    assertTrue(fit.converged(), fit.message());
    assertEquals(List.of("purchase.income", "dropout.web"), List.copyOf(fit.effects().keySet()));
    assertWithinTwoSe(fit, "purchase.income", 0.3);
    assertWithinTwoSe(fit, "dropout.web", 0.7);
    assertWithinTwoSe(fit, "r", 0.6);
    assertWithinTwoSe(fit, "alpha", 10.0);
  }

  @Test
  void standardisingRescalesTheEffectsAndPredictsTheSame() {
    double[] truth = {0.5, 6.0, 0.8, 2.5, 0.3, 0.6, -0.4};
    Data d = simulate(false, 3000, truth, 4);
    CovariateFit raw = fit(ValueModelKind.BGNBD, d, 0, false);
    CovariateFit std = fit(ValueModelKind.BGNBD, d, 0, true);
    assertEquals(raw.logLikelihood(), std.logLikelihood(), 1e-4);
    double scale = std.scales()[0];
    assertEquals(raw.effect("purchase.income") * scale, std.effect("purchase.income"), 1e-3);
    double[] p = {5.0};
    double[] w = {1.0};
    BgNbdModel a = (BgNbdModel) raw.modelFor(p, w);
    BgNbdModel b = (BgNbdModel) std.modelFor(p, w);
    assertEquals(a.alpha(), b.alpha(), 1e-3 * a.alpha());
    assertEquals(a.a(), b.a(), 1e-3 * a.a());
    double[] e =
        std.conditionalExpectedPurchases(
            39,
            d.customers().frequency(),
            d.customers().recency(),
            d.customers().age(),
            d.purchase(),
            d.dropout());
    SimulatedCustomers c = d.customers();
    assertEquals(
        std.modelFor(d.purchase().values()[0], d.dropout().values()[0])
            .conditionalExpectedPurchases(39, c.frequency()[0], c.recency()[0], c.age()[0]),
        e[0],
        0.0);
    assertEquals(d.customers().size(), e.length);
  }

  @Test
  void penaltyShrinksTheEffects() {
    double[] truth = {0.5, 6.0, 0.8, 2.5, 0.3, 0.6, -0.4};
    Data d = simulate(false, 2000, truth, 5);
    CovariateFit free = fit(ValueModelKind.BGNBD, d, 0, true);
    CovariateFit shrunk = fit(ValueModelKind.BGNBD, d, 0.05, true);
    // the penalised optimum has the smaller norm of the effects (individual effects of correlated
    // covariates need not all shrink)
    double freeNorm = 0;
    double shrunkNorm = 0;
    for (String name : free.effects().keySet()) {
      freeNorm += free.effect(name) * free.effect(name);
      shrunkNorm += shrunk.effect(name) * shrunk.effect(name);
    }
    assertTrue(shrunkNorm < 0.9 * freeNorm, shrunkNorm + " vs " + freeNorm);
    assertEquals(CovariatePenalty.ridge(0.05), shrunk.penalty());
    assertTrue(shrunk.logLikelihood() < free.logLikelihood());
  }

  @Test
  void noCovariatesIsThePlainModel() {
    SimulatedCustomers s =
        BgNbd.simulate(new BgNbdModel(0.5, 6, 0.8, 2.5), RecoveryTest.ages(2000, 30, 60), 6);
    CovariateFit fit =
        CovariateModels.fit(
            ValueModelKind.BGNBD,
            s.frequency(),
            s.recency(),
            s.age(),
            Covariates.none(2000),
            Covariates.none(2000),
            0,
            true,
            FitOptions.defaults());
    ValueFit plain = BgNbd.fit(s.frequency(), s.recency(), s.age());
    assertEquals(plain.logLikelihood(), fit.logLikelihood(), 1e-6);
    assertEquals(plain.param("r"), fit.param("r"), 1e-4);
    assertEquals(plain.standardErrors().get("r"), fit.standardErrors().get("r"), 1e-3);
  }

  @Test
  void badInputIsNamed() {
    int[] x = {1, 0};
    double[] tx = {2, 0};
    double[] age = {4, 5};
    Covariates none = Covariates.none(2);
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () ->
                CovariateModels.fit(
                    ValueModelKind.BGBB, x, tx, age, none, none, 0, true, FitOptions.defaults()));
    assertEquals(
        "CovariateModels.kind must be bgnbd or paretonbd (static covariates), was \"bgbb\"",
        e.getMessage());
    Covariates constant = new Covariates(List.of("one"), new double[][] {{1}, {1}});
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                CovariateModels.fit(
                    ValueModelKind.BGNBD,
                    x,
                    tx,
                    age,
                    constant,
                    none,
                    0,
                    true,
                    FitOptions.defaults()));
    assertEquals(
        "Covariates.values must vary across customers to be standardised (covariate one), was 1.0",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> new Covariates(List.of("a"), new double[][] {{Double.NaN}}));
    assertEquals(
        "Covariates.values must be finite (customer index 0, covariate a), was NaN",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                CovariateModels.fit(
                    ValueModelKind.BGNBD,
                    x,
                    tx,
                    age,
                    Covariates.none(3),
                    none,
                    0,
                    true,
                    FitOptions.defaults()));
    assertEquals(
        "CovariateModels.covariates must have one row per customer (2), was 3", e.getMessage());
  }
}
