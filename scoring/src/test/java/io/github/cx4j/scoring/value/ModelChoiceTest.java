/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.core.CxValidationException;
import org.junit.jupiter.api.Test;

/** The domain logic the CLI used to hold: choosing the model to fit, and the DERT column. */
class ModelChoiceTest {
  private static final Cdnow CDNOW = Cdnow.load();

  @Test
  void eachKindFitsWithItsOwnRoutine() {
    FitOptions options = FitOptions.defaults();
    for (ValueModelKind kind : new ValueModelKind[] {ValueModelKind.BGNBD, ValueModelKind.MBGNBD}) {
      ValueFit chosen = kind.fit(CDNOW.x, CDNOW.tx, CDNOW.age, null, null, options);
      ValueFit direct =
          kind == ValueModelKind.BGNBD
              ? BgNbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age, null, options)
              : MbgNbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age, null, options);
      assertEquals(kind, chosen.model());
      assertEquals(direct.params(), chosen.params());
    }
    ValueFit gg =
        ValueModelKind.GAMMAGAMMA.fit(CDNOW.x, CDNOW.tx, CDNOW.age, CDNOW.monetary, null, options);
    assertEquals(ValueModelKind.GAMMAGAMMA, gg.model());
    assertEquals(GammaGamma.fit(CDNOW.x, CDNOW.monetary, null, options).params(), gg.params());
  }

  @Test
  void badChoicesAreNamed() {
    FitOptions options = FitOptions.defaults();
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> ValueModelKind.GAMMAGAMMA.fit(CDNOW.x, CDNOW.tx, CDNOW.age, null, null, options));
    assertEquals(
        "ValueModelKind.monetary must be given to fit gammagamma, was \"none\"", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () -> ValueModelKind.SBG.fit(CDNOW.x, CDNOW.tx, CDNOW.age, null, null, options));
    assertEquals(
        "ValueModelKind must be fitted to customer summaries (sbg fits survivor counts), was \"sbg\"",
        e.getMessage());
  }

  @Test
  void dertColumnMatchesTheModelsPerCustomer() {
    int[] x = {0, 2, 2, 7};
    double[] tx = {0, 30.43, 30.43, 35.1};
    double[] age = {38.86, 38.86, 38.86, 38.86};
    double discount = 0.15;
    double period = 52;
    double delta = Math.log1p(discount) / period;
    double[] pareto =
        Clv.discountedExpectedResidualTransactions(
            PredictionsTest.PARETO, discount, period, x, tx, age);
    double[] expected = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      expected[i] =
          PredictionsTest.PARETO.discountedExpectedResidualTransactions(delta, x[i], tx[i], age[i]);
    }
    assertArrayEquals(expected, pareto, 0);
    int[] bx = {0, 3, 4};
    double[] btx = {0, 4, 5};
    double[] n = {6, 6, 6};
    double[] bgbb =
        Clv.discountedExpectedResidualTransactions(PredictionsTest.BGBB, 0.1, 1, bx, btx, n);
    assertEquals(
        PredictionsTest.BGBB.discountedExpectedResidualTransactions(0.1, 4, 5, 6), bgbb[2], 1e-12);
  }

  @Test
  void dertRejectsWhatHasNoClosedForm() {
    int[] x = {1};
    double[] tx = {1};
    double[] age = {2};
    BgNbdModel bg = new BgNbdModel(0.243, 4.414, 0.793, 2.426);
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> Clv.discountedExpectedResidualTransactions(bg, 0.1, 1, x, tx, age));
    assertEquals(
        "Clv.model must be a paretonbd or bgbb model (closed-form DERT), was \"bgnbd\"",
        e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                Clv.discountedExpectedResidualTransactions(
                    PredictionsTest.PARETO, 0, 1, x, tx, age));
    assertEquals("Clv.discount must be positive and finite, was 0.0", e.getMessage());
    e =
        assertThrows(
            CxValidationException.class,
            () ->
                Clv.discountedExpectedResidualTransactions(
                    PredictionsTest.PARETO, 0.1, Double.NaN, x, tx, age));
    assertEquals("Clv.period must be positive and finite, was NaN", e.getMessage());
  }
}
