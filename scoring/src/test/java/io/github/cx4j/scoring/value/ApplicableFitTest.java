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

/** Issue 20 item 6: a row outside a model's domain is left out and reported, never fatal. */
class ApplicableFitTest {
  private static final Cdnow CDNOW = Cdnow.load();

  @Test
  void gammaGammaLeavesOutZeroValueRepeatBuyersAndStillPredictsThem() {
    double[] monetary = CDNOW.monetary.clone();
    int zero = -1;
    int negative = -1;
    for (int i = 0; i < monetary.length && negative < 0; i++) {
      if (CDNOW.x[i] > 0) {
        if (zero < 0) {
          zero = i;
          monetary[i] = 0;
        } else {
          negative = i;
          monetary[i] = -3;
        }
      }
    }
    List<Integer> noRepeat = new java.util.ArrayList<>();
    for (int i = 0; noRepeat.size() < LeftOut.SHOWN; i++) {
      if (CDNOW.x[i] == 0) {
        noRepeat.add(i);
      }
    }
    ScreenedFit s =
        ValueModelKind.GAMMAGAMMA.fitApplicable(
            CDNOW.x, new double[0], new double[0], monetary, null, FitOptions.defaults());
    assertEquals(2357, s.rows());
    assertEquals(944, s.usedRows());
    assertEquals(944, s.fit().customers());
    assertEquals(
        List.of(
            new LeftOut(Domain.NO_REPEAT, 1411, noRepeat),
            new LeftOut(Domain.ZERO_MEAN, 1, List.of(zero)),
            new LeftOut(Domain.NEGATIVE_MEAN, 1, List.of(negative))),
        s.leftOut());
    // the same as fitting the 944 applicable customers directly
    int[] x = new int[944];
    double[] m = new double[944];
    for (int i = 0, j = 0; i < monetary.length; i++) {
      if (CDNOW.x[i] > 0 && monetary[i] > 0) {
        x[j] = CDNOW.x[i];
        m[j++] = monetary[i];
      }
    }
    ValueFit direct = GammaGamma.fit(x, m);
    assertEquals(direct.param("p"), s.fit().param("p"), 1e-9);
    assertEquals(direct.logLikelihood(), s.fit().logLikelihood(), 1e-9);
    // close to the published estimates on all 946 (6.25, 3.74, 15.44)
    assertEquals(6.25, s.fit().param("p"), 0.1);
    // every customer is predicted; the zero-value buyer's expectation is the shrunk mean
    GammaGammaModel model = s.fit().as(GammaGammaModel.class);
    double[] clean = monetary.clone();
    clean[negative] = 1;
    double[] spend = model.conditionalExpectedSpend(CDNOW.x, clean);
    double px = model.p() * CDNOW.x[zero];
    assertEquals(model.gamma() * model.p() / (px + model.q() - 1), spend[zero], 1e-12);
    assertTrue(
        s.summary()
            .startsWith(
                "gammagamma fitted on 944 of 2357 rows; left out: 1411 (no repeat purchase, so no"
                    + " spend information, first rows "),
        s.summary());
    assertTrue(
        s.summary()
            .endsWith(
                "; 1 (mean value of the repeat purchases is 0, rows "
                    + (zero + 1)
                    + "); 1 (mean value of the repeat purchases is negative or not finite, rows "
                    + (negative + 1)
                    + ")"),
        s.summary());
  }

  @Test
  void purchaseModelsLeaveOutImpossibleRowsAndBgBbPartialOpportunities() {
    int[] x = CDNOW.x.clone();
    double[] tx = CDNOW.tx.clone();
    double[] age = CDNOW.age.clone();
    x[3] = -1;
    tx[4] = age[4] + 1;
    age[5] = Double.NaN;
    ScreenedFit s =
        ValueModelKind.BGNBD.fitApplicable(x, tx, age, null, null, FitOptions.defaults());
    assertEquals(2354, s.usedRows());
    assertEquals(
        List.of(
            new LeftOut(Domain.BAD_FREQUENCY, 1, List.of(3)),
            new LeftOut(Domain.BAD_RECENCY, 1, List.of(4)),
            new LeftOut(Domain.BAD_AGE, 1, List.of(5))),
        s.leftOut());
    assertTrue(s.fit().converged(), s.fit().message());
    // the published fit barely moves with three of 2,357 customers out
    assertEquals(0.243, s.fit().param("r"), 0.005);

    int[] bx = {2, 3, 1, 0, 4};
    double[] btx = {4, 5.5, 2, 0, 3};
    double[] bn = {6, 6, 6, 6, 6};
    ScreenedFit b =
        ValueModelKind.BGBB.fitApplicable(bx, btx, bn, null, null, FitOptions.defaults());
    assertEquals(
        List.of(
            new LeftOut(Domain.NOT_WHOLE, 1, List.of(1)),
            new LeftOut(Domain.MORE_THAN_OPPORTUNITIES, 1, List.of(4))),
        b.leftOut());
    assertEquals(3, b.usedRows());
  }

  @Test
  void nothingLeftIsAnErrorNamingTheModel() {
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () ->
                ValueModelKind.GAMMAGAMMA.fitApplicable(
                    new int[] {0, 2},
                    new double[0],
                    new double[0],
                    new double[] {0, 0},
                    null,
                    FitOptions.defaults()));
    assertEquals(
        "ValueModelKind.rows must include a row gammagamma applies to (all 2 left out), was 0",
        e.getMessage());
    assertEquals(
        "ValueModelKind.monetary must be given to fit gammagamma, was \"none\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    ValueModelKind.GAMMAGAMMA.fitApplicable(
                        new int[] {1},
                        new double[0],
                        new double[0],
                        null,
                        null,
                        FitOptions.defaults()))
            .getMessage());
    assertEquals(
        "ValueModelKind.recency must have one value per frequency (2), was 1",
        assertThrows(
                CxValidationException.class,
                () ->
                    ValueModelKind.BGNBD.fitApplicable(
                        new int[] {1, 2},
                        new double[] {1},
                        new double[] {2, 3},
                        null,
                        null,
                        FitOptions.defaults()))
            .getMessage());
  }
}
