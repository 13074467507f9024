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
import org.junit.jupiter.api.Test;

/**
 * The elastic-net penalty on covariate effects: mixing 0 is the L2 penalty, a large lambda sets the
 * effects to 0 (exactly with an L1 part), the optimum satisfies the subgradient conditions, and bad
 * lambda or mixing values are refused by name.
 */
class CovariatePenaltyTest {
  static final double[] TRUTH = {0.6, 10.0, 0.8, 12.0, 0.3, 0.7};

  static CovariateModelsTest.Data data() {
    return CovariateModelsTest.simulate(true, 2000, TRUTH, 31);
  }

  static CovariateFit fit(CovariateModelsTest.Data d, CovariatePenalty penalty) {
    SimulatedCustomers s = d.customers();
    return CovariateModels.fit(
        ValueModelKind.PARETONBD,
        s.frequency(),
        s.recency(),
        s.age(),
        d.purchase(),
        d.dropout(),
        penalty,
        true,
        FitOptions.defaults());
  }

  @Test
  void mixingZeroIsTheL2Penalty() {
    CovariateModelsTest.Data d = data();
    CovariateFit l2 = CovariateModelsTest.fit(ValueModelKind.PARETONBD, d, 0.02, true);
    CovariateFit net = fit(d, CovariatePenalty.elasticNet(0.02, 0));
    assertEquals(l2.effects(), net.effects());
    assertEquals(l2.params(), net.params());
    assertEquals(CovariatePenalty.ridge(0.02), net.penalty());
  }

  @Test
  void largeLambdaShrinksTheEffectsToZero() {
    CovariateModelsTest.Data d = data();
    SimulatedCustomers s = d.customers();
    ValueFit plain = ParetoNbd.fit(s.frequency(), s.recency(), s.age());
    for (double mixing : new double[] {1.0, 0.5}) {
      CovariateFit fit = fit(d, CovariatePenalty.elasticNet(10, mixing));
      assertTrue(fit.converged(), fit.message());
      for (double effect : fit.effects().values()) {
        assertEquals(0.0, effect, 0.0, "mixing " + mixing);
      }
      assertEquals(plain.logLikelihood(), fit.logLikelihood(), 1e-6);
    }
    // the L2 penalty alone shrinks towards 0 without reaching it
    CovariateFit ridge = fit(d, CovariatePenalty.ridge(1e4));
    for (double effect : ridge.effects().values()) {
      assertTrue(Math.abs(effect) < 1e-4 && effect != 0, "ridge effect " + effect);
    }
    // the effects' size falls as lambda grows
    double previous = Double.POSITIVE_INFINITY;
    for (double lambda : new double[] {0, 0.005, 0.02, 0.08}) {
      CovariateFit fit = fit(d, CovariatePenalty.elasticNet(lambda, 0.5));
      double norm = 0;
      for (double effect : fit.effects().values()) {
        norm += Math.abs(effect);
      }
      assertTrue(norm < previous, lambda + ": " + norm + " vs " + previous);
      previous = norm;
    }
  }

  @Test
  void theOptimumMeetsTheSubgradientConditions() {
    CovariateModelsTest.Data d = data();
    SimulatedCustomers s = d.customers();
    // a third covariate with no effect, which the lasso should drop
    double[][] purchase = new double[s.size()][2];
    java.util.SplittableRandom rng = new java.util.SplittableRandom(7);
    for (int i = 0; i < s.size(); i++) {
      purchase[i][0] = d.purchase().values()[i][0];
      purchase[i][1] = rng.nextGaussian();
    }
    Covariates two = new Covariates(List.of("income", "noise"), purchase);
    CovariatePenalty penalty = CovariatePenalty.elasticNet(0.01, 0.8);
    CovariateFit fit =
        CovariateModels.fit(
            ValueModelKind.PARETONBD,
            s.frequency(),
            s.recency(),
            s.age(),
            two,
            d.dropout(),
            penalty,
            true,
            FitOptions.defaults());
    assertTrue(fit.converged(), fit.message());
    assertEquals(0.0, fit.effect("purchase.noise"), 0.0);
    assertTrue(fit.effect("purchase.income") > 0.1);
    // gradient of -LL / n + l2 |gamma|^2 on the standardised scale
    int n = s.size();
    double[] zp = new double[n * 2];
    double[] zd = new double[n];
    double[] c = fit.centres();
    double[] sc = fit.scales();
    for (int i = 0; i < n; i++) {
      zp[2 * i] = (purchase[i][0] - c[0]) / sc[0];
      zp[2 * i + 1] = (purchase[i][1] - c[1]) / sc[1];
      zd[i] = (d.dropout().values()[i][0] - c[2]) / sc[2];
    }
    CovariateLikelihood f =
        new CovariateLikelihood(true, s.frequency(), s.recency(), s.age(), zp, 2, zd, 1);
    double[] theta = {
      Math.log(fit.param("r")),
      Math.log(fit.param("alpha")),
      Math.log(fit.param("s")),
      Math.log(fit.param("beta")),
      fit.effect("purchase.income"),
      fit.effect("purchase.noise"),
      fit.effect("dropout.web")
    };
    double[] g = new double[theta.length];
    f.value(theta, g);
    for (int j = 0; j < theta.length; j++) {
      double smooth = g[j] / n + (j >= 4 ? 2 * penalty.l2() * theta[j] : 0);
      if (j < 4) {
        assertEquals(0.0, smooth, 1e-6, "base " + j);
      } else if (theta[j] == 0) {
        assertTrue(Math.abs(smooth) <= penalty.l1() + 1e-9, "zero effect " + j + ": " + smooth);
      } else {
        assertEquals(0.0, smooth + penalty.l1() * Math.signum(theta[j]), 1e-6, "effect " + j);
      }
    }
  }

  @Test
  void badValuesAreRefusedByName() {
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> CovariatePenalty.elasticNet(-1, 0.5));
    assertEquals(
        "CovariatePenalty.lambda must be non-negative and finite, was -1.0", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> CovariatePenalty.elasticNet(Double.POSITIVE_INFINITY, 0.5));
    assertEquals(
        "CovariatePenalty.lambda must be non-negative and finite, was Infinity", e.getMessage());
    e = assertThrows(CxValidationException.class, () -> CovariatePenalty.elasticNet(0.1, 1.5));
    assertEquals(
        "CovariatePenalty.mixing must be in [0, 1] (0: L2, 1: L1), was 1.5", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class, () -> CovariatePenalty.elasticNet(0.1, Double.NaN));
    assertEquals(
        "CovariatePenalty.mixing must be in [0, 1] (0: L2, 1: L1), was NaN", e.getMessage());
  }
}
