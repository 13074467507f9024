/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.core.CxValidationException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input gives a CxValidationException naming the field, the rule and the value. */
class ValidationTest {
  static void fails(String message, Executable call) {
    CxValidationException e = assertThrows(CxValidationException.class, call);
    assertEquals(message, e.getMessage());
  }

  static final int[] X = {0, 2};
  static final double[] TX = {0, 3};
  static final double[] T = {5, 6};

  @Test
  void summaries() {
    fails(
        "BgNbd.recency must have one value per frequency (2), was 1",
        () -> BgNbd.fit(X, new double[] {0}, T));
    fails(
        "BgNbd.age must have one value per frequency (2), was 3",
        () -> BgNbd.fit(X, TX, new double[3]));
    fails(
        "BgNbd.weights must have one value per frequency (2), was 1",
        () -> BgNbd.fit(X, TX, T, new double[1], FitOptions.defaults()));
    fails(
        "BgNbd.frequency must hold at least one customer, was 0",
        () -> BgNbd.fit(new int[0], new double[0], new double[0]));
    fails(
        "BgNbd.frequency must be non-negative (customer index 1), was -1",
        () -> BgNbd.fit(new int[] {0, -1}, TX, T));
    fails(
        "ParetoNbd.recency must be within 0..T (6.0) (customer index 1), was 7.0",
        () -> ParetoNbd.fit(X, new double[] {0, 7}, T));
    fails(
        "MbgNbd.recency must be 0 when the frequency is 0 (customer index 0), was 1.0",
        () -> MbgNbd.fit(X, new double[] {1, 3}, T));
    fails(
        "BgNbd.age must be finite and non-negative (customer index 0), was NaN",
        () -> BgNbd.fit(X, TX, new double[] {Double.NaN, 6}));
    fails(
        "BgNbd.weights must be finite and non-negative (customer index 1), was -1.0",
        () -> BgNbd.fit(X, TX, T, new double[] {1, -1}, FitOptions.defaults()));
    fails(
        "BgNbd.weights must have a positive sum, was 0.0",
        () -> BgNbd.fit(X, TX, T, new double[] {0, 0}, FitOptions.defaults()));
    fails(
        "BgBb.recency must be a whole number of periods, as must T (customer index 1), was"
            + " \"3.5/6.0\"",
        () -> BgBb.fit(X, new double[] {0, 3.5}, T, null));
    fails(
        "BgBb.frequency must be at most the recency (3.0) in discrete time (customer index 1), was 4",
        () -> BgBb.fit(new int[] {0, 4}, TX, T, null));
  }

  @Test
  void options() {
    fails("FitOptions.starts must be at least 1, was 0", () -> FitOptions.defaults().withStarts(0));
    fails(
        "FitOptions.maxIterations must be at least 1, was 0",
        () -> FitOptions.defaults().withMaxIterations(0));
    fails(
        "FitOptions.penalty must be non-negative and finite, was -1.0",
        () -> FitOptions.defaults().withPenalty(-1));
    fails(
        "FitOptions.tolerance must be positive and finite, was 0.0",
        () -> new FitOptions(1, 1, 0, 0, false));
  }

  @Test
  void models() {
    fails("BgNbdModel.r must be positive and finite, was 0.0", () -> new BgNbdModel(0, 1, 1, 1));
    fails(
        "ParetoNbdModel.beta must be positive and finite, was NaN",
        () -> new ParetoNbdModel(1, 1, 1, Double.NaN));
    fails("SbgModel.alpha must be positive and finite, was -1.0", () -> new SbgModel(-1, 1));
    fails(
        "GammaGammaModel.gamma must be positive and finite, was Infinity",
        () -> new GammaGammaModel(1, 1, Double.POSITIVE_INFINITY));
    fails("BgBbModel.delta must be positive and finite, was 0.0", () -> new BgBbModel(1, 1, 1, 0));
    fails(
        "ValueModelKind.id must be one of bgnbd, mbgnbd, paretonbd, bgbb, gammagamma, sbg, bgcnbd, mbgcnbd, ggomnbd, was"
            + " \"nbd\"",
        () -> ValueModelKind.fromId("nbd"));
    fails(
        "bgnbd.params must contain alpha, was [r]",
        () -> ValueModel.of(ValueModelKind.BGNBD, Map.of("r", 1.0)));
    BgNbdModel m = new BgNbdModel(1, 1, 1, 1);
    fails(
        "PurchaseModel.t must be finite and non-negative, was -1.0",
        () -> m.conditionalExpectedPurchases(-1, 0, 0, 1));
    fails("PurchaseModel.n must be non-negative, was -1", () -> m.probabilityOfPurchases(-1, 1));
    fails("Clv.period must be positive and finite, was 0.0", () -> new ClvHorizon(52, 0, 0.1));
    fails(
        "Clv.discountRate must be finite and greater than -1, was -1.0",
        () -> new ClvHorizon(52, 1, -1));
    fails("Clv.horizon must be finite and non-negative, was -5.0", () -> new ClvHorizon(-5, 1, 0));
    BgBbModel bb = new BgBbModel(1, 1, 1, 1);
    fails(
        "BgBb.t must be a whole non-negative number of periods, was 1.5",
        () -> bb.expectedPurchases(1.5));
    fails(
        "BgBb.discountRate must be positive and finite, was 0.0",
        () -> bb.discountedExpectedResidualTransactions(0, 1, 1, 2));
    ParetoNbdModel pareto = new ParetoNbdModel(0.5, 10, 0.01, 10);
    fails(
        "ParetoNbd.delta must be positive and finite, was 0.0",
        () -> pareto.discountedExpectedResidualTransactions(0, 1, 1, 2));
    fails(
        "ParetoNbd.delta must be positive and finite, was Infinity",
        () -> pareto.discountedExpectedResidualTransactions(Double.POSITIVE_INFINITY, 1, 1, 2));
    fails(
        "ParetoNbd.delta must be large enough for a finite DERT (s=0.01), was 1.0E-320",
        () -> pareto.discountedExpectedResidualTransactions(1e-320, 1, 1, 2));
    fails(
        "ParetoNbd.recency must be within 0..T (2.0) (customer index 0), was 3.0",
        () -> pareto.discountedExpectedResidualTransactions(0.01, 1, 3, 2));
    SbgModel s = new SbgModel(1, 1);
    fails("Sbg.t must be at least 1, was 0", () -> s.retentionRate(0));
    fails(
        "Sbg.discountRate must be positive and finite, was 0.0",
        () -> s.discountedExpectedLifetime(0));
    GammaGammaModel gg = new GammaGammaModel(1, 0.5, 1);
    fails(
        "GammaGammaModel.q must exceed 1 for a finite mean spend (fit with constrainQ), was 0.5",
        gg::populationMeanSpend);
    fails(
        "GammaGamma.monetary must be non-negative and finite when the frequency is positive"
            + " (customer index 0), was -1.0",
        () -> gg.conditionalExpectedSpend(2, -1));
    fails(
        "GammaGamma.monetary must be non-negative and finite when the frequency is positive"
            + " (customer index 1), was NaN",
        () -> gg.conditionalExpectedSpend(new int[] {1, 2}, new double[] {3, Double.NaN}));
  }

  @Test
  void kindsAreLabelledInBothLanguages() {
    for (ValueModelKind kind : ValueModelKind.values()) {
      assertEquals(kind, ValueModelKind.fromId(kind.id()));
      assertEquals(kind.name(), kind.code());
      org.junit.jupiter.api.Assertions.assertFalse(kind.label(java.util.Locale.ENGLISH).isBlank());
      org.junit.jupiter.api.Assertions.assertFalse(
          kind.description(java.util.Locale.CHINESE).isBlank());
    }
    assertEquals("BG/NBD (BG/NBD 模型)", ValueModelKind.BGNBD.bilingualLabel());
  }

  @Test
  void fitsOfOtherModels() {
    fails(
        "GammaGamma.frequency must include a customer with a repeat transaction, was 0",
        () -> GammaGamma.fit(new int[] {0}, new double[] {0}));
    fails(
        "GammaGamma.monetary must have one value per frequency (1), was 2",
        () -> GammaGamma.fit(new int[] {1}, new double[] {1, 2}));
    fails(
        "ShiftedBetaGeometric.survivors must not increase (period 2 after 50.0), was 60.0",
        () -> ShiftedBetaGeometric.fit(new double[] {100, 50, 60}));
    fails(
        "ShiftedBetaGeometric.survivors must hold at least two counts (periods 0 and 1), was 1",
        () -> ShiftedBetaGeometric.fit(new double[] {100}));
    fails(
        "ShiftedBetaGeometric.cohort must be at least 1, was 0",
        () -> ShiftedBetaGeometric.simulate(new SbgModel(1, 1), 0, 3, 1));
    ValueFit fit = ShiftedBetaGeometric.fit(new double[] {100, 60, 40});
    fails(
        "ValueFit.params must contain the parameter (one of [alpha, beta]), was \"r\"",
        () -> fit.param("r"));
    fails("ValueFit.model must be a BgNbdModel fit, was \"sbg\"", () -> fit.as(BgNbdModel.class));
  }
}
