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

/** Issue 20 item 4: information criteria, likelihood-ratio tests and holdout error tables. */
class ModelComparisonTest {
  private static final Cdnow CDNOW = Cdnow.load();
  private static final List<ValueModelKind> MODELS =
      List.of(ValueModelKind.BGNBD, ValueModelKind.MBGNBD, ValueModelKind.PARETONBD);

  @Test
  void cdnowTableMatchesThePublishedFitsAndHandComputedErrors() {
    ModelComparison c =
        ModelComparison.of(
            MODELS,
            CDNOW.x,
            CDNOW.tx,
            CDNOW.age,
            null,
            CDNOW.holdout,
            39,
            7,
            FitOptions.defaults());
    assertEquals(
        List.of("nbd", "bgnbd", "mbgnbd", "paretonbd"),
        c.rows().stream().map(ModelComparison.Row::model).toList());
    // published: BG/NBD -9582.4 and Pareto/NBD -9595.0 (Fader, Hardie and Lee 2005)
    assertEquals(-9582.4, c.row("bgnbd").logLikelihood(), 0.05);
    assertEquals(-9595.0, c.row("paretonbd").logLikelihood(), 0.05);
    ModelComparison.Row nbd = c.row("nbd");
    // the NBD is the BG/NBD's limit without dropout: its likelihood there is the BG/NBD's
    BgNbdModel limit = new BgNbdModel(nbd.params().get("r"), nbd.params().get("alpha"), 1, 1e13);
    double ll = 0;
    for (int i = 0; i < CDNOW.x.length; i++) {
      ll += limit.logLikelihood(CDNOW.x[i], CDNOW.tx[i], CDNOW.age[i]);
    }
    assertEquals(ll, nbd.logLikelihood(), 1e-3);
    assertTrue(nbd.converged());
    // and its estimates are the maximum: the score is 0 (central differences of the sum)
    double h = 1e-5;
    double r = nbd.params().get("r");
    double up = 0;
    double down = 0;
    for (int i = 0; i < CDNOW.x.length; i++) {
      up +=
          new BgNbdModel(r * (1 + h), nbd.params().get("alpha"), 1, 1e13)
              .logLikelihood(CDNOW.x[i], CDNOW.tx[i], CDNOW.age[i]);
      down +=
          new BgNbdModel(r * (1 - h), nbd.params().get("alpha"), 1, 1e13)
              .logLikelihood(CDNOW.x[i], CDNOW.tx[i], CDNOW.age[i]);
    }
    assertEquals(0, (up - down) / (2 * h), 0.05);
    for (ModelComparison.Row row : c.rows()) {
      int k = row.parameters();
      assertEquals(2 * k - 2 * row.logLikelihood(), row.aic(), 1e-9);
      assertEquals(k * Math.log(2357) - 2 * row.logLikelihood(), row.bic(), 1e-9);
    }
    // dropout is evident on CDNOW: each model against the NBD
    assertEquals(3, c.tests().size());
    for (ModelComparison.LikelihoodRatio t : c.tests()) {
      assertEquals("nbd", t.restricted());
      assertEquals(2, t.degreesOfFreedom());
      assertEquals(
          2 * (c.row(t.general()).logLikelihood() - nbd.logLikelihood()), t.statistic(), 1e-9);
      assertTrue(t.statistic() > 100, t.toString());
      assertEquals(Math.exp(-t.statistic() / 2), t.pValue(), 1e-12);
    }
    // holdout errors by hand for the BG/NBD
    BgNbdModel bg =
        new BgNbdModel(
            c.row("bgnbd").params().get("r"),
            c.row("bgnbd").params().get("alpha"),
            c.row("bgnbd").params().get("a"),
            c.row("bgnbd").params().get("b"));
    double abs = 0;
    double sq = 0;
    double predicted = 0;
    double actual = 0;
    double zeroPredicted = 0;
    int zeros = 0;
    for (int i = 0; i < CDNOW.x.length; i++) {
      double e = bg.conditionalExpectedPurchases(39, CDNOW.x[i], CDNOW.tx[i], CDNOW.age[i]);
      abs += Math.abs(e - CDNOW.holdout[i]);
      sq += (e - CDNOW.holdout[i]) * (e - CDNOW.holdout[i]);
      predicted += e;
      actual += CDNOW.holdout[i];
      if (CDNOW.x[i] == 0) {
        zeros++;
        zeroPredicted += e;
      }
    }
    ModelComparison.HoldoutError he = c.row("bgnbd").holdout();
    assertEquals(abs / 2357, he.mae(), 1e-12);
    assertEquals(Math.sqrt(sq / 2357), he.rmse(), 1e-12);
    assertEquals(predicted, he.predicted(), 1e-9);
    assertEquals(actual, he.actual(), 0);
    assertEquals((predicted - actual) / actual, he.aggregateError(), 1e-12);
    assertEquals(8, he.byFrequency().size());
    HoldoutComparison.Row zero = he.byFrequency().get(0);
    assertEquals(1411, zero.customers());
    assertEquals(zeros, zero.customers());
    assertEquals(zeroPredicted / zeros, zero.predicted(), 1e-12);
    assertTrue(he.byFrequency().get(7).pooled());
    // the NBD, without dropout, over-forecasts the holdout (Fader and Hardie's NBD note)
    assertTrue(nbd.holdout().aggregateError() > he.aggregateError());
  }

  @Test
  void likelihoodRatioSeesDropoutOnlyWhereThereIsSome() {
    double[] age = new double[3000];
    for (int i = 0; i < age.length; i++) {
      age[i] = 30 + i % 10;
    }
    // without dropout: mu is about 1e-9 per week
    SimulatedCustomers none = ParetoNbd.simulate(new ParetoNbdModel(0.8, 8, 1, 1e9), age, 11);
    ModelComparison a =
        ModelComparison.of(
            List.of(ValueModelKind.PARETONBD),
            none.frequency(),
            none.recency(),
            none.age(),
            null,
            null,
            0,
            7,
            FitOptions.defaults());
    assertTrue(a.tests().get(0).pValue() > 0.05, a.tests().toString());
    assertEquals(null, a.row("nbd").holdout());
    // with dropout: mean lifetime 10 weeks
    SimulatedCustomers some = ParetoNbd.simulate(new ParetoNbdModel(0.8, 8, 1, 10), age, 12);
    ModelComparison b =
        ModelComparison.of(
            List.of(ValueModelKind.PARETONBD),
            some.frequency(),
            some.recency(),
            some.age(),
            null,
            null,
            0,
            7,
            FitOptions.defaults());
    assertTrue(b.tests().get(0).pValue() < 1e-6, b.tests().toString());
  }

  @Test
  void badInputIsNamed() {
    int[] x = {1, 0};
    double[] tx = {1, 0};
    double[] age = {2, 2};
    FitOptions o = FitOptions.defaults();
    assertEquals(
        "ModelComparison.holdout must have one value per frequency (2), was 1",
        assertThrows(
                CxValidationException.class,
                () -> ModelComparison.of(MODELS, x, tx, age, null, new int[] {1}, 1, 7, o))
            .getMessage());
    assertEquals(
        "ModelComparison.holdoutLength must be positive and finite, was 0.0",
        assertThrows(
                CxValidationException.class,
                () -> ModelComparison.of(MODELS, x, tx, age, null, new int[] {1, 0}, 0, 7, o))
            .getMessage());
    assertEquals(
        "ModelComparison.holdout must be non-negative (customer index 1), was -2",
        assertThrows(
                CxValidationException.class,
                () -> ModelComparison.of(MODELS, x, tx, age, null, new int[] {1, -2}, 1, 7, o))
            .getMessage());
    assertEquals(
        "ModelComparison.models must hold purchase models only, was \"gammagamma\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    ModelComparison.of(
                        List.of(ValueModelKind.GAMMAGAMMA), x, tx, age, null, null, 0, 7, o))
            .getMessage());
    assertEquals(
        "ModelComparison.model must be one of the compared models, was \"bgbb\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    ModelComparison.of(List.of(), CDNOW.x, CDNOW.tx, CDNOW.age, null, null, 0, 7, o)
                        .row("bgbb"))
            .getMessage());
  }
}
