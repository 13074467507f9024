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

  @Test
  void cnbdFitsLeaveOutImpossibleTimingsAndMatchTheFitOnTheRest() {
    int[] x = CDNOW.x.clone();
    double[] tx = CDNOW.tx.clone();
    double[] age = CDNOW.age.clone();
    double[] litt = CDNOW.litt.clone();
    int zero = -1;
    List<Integer> repeat = new java.util.ArrayList<>();
    for (int i = 0; i < x.length; i++) {
      if (x[i] == 0 && zero < 0) {
        zero = i;
      } else if (x[i] > 1 && repeat.size() < 3) {
        repeat.add(i);
      }
    }
    litt[zero] = 0.5;
    litt[repeat.get(0)] = Double.NaN;
    // above x ln(t_x / x): intervals that add up to more than t_x
    litt[repeat.get(1)] = x[repeat.get(1)] * Math.log(tx[repeat.get(1)] / x[repeat.get(1)]) + 1;
    tx[repeat.get(2)] = age[repeat.get(2)] + 1;
    List<Integer> bad = List.of(zero, repeat.get(0), repeat.get(1), repeat.get(2));
    int n = x.length - bad.size();
    int[] gx = new int[n];
    double[] gtx = new double[n];
    double[] gage = new double[n];
    double[] glitt = new double[n];
    for (int i = 0, j = 0; i < x.length; i++) {
      if (!bad.contains(i)) {
        gx[j] = x[i];
        gtx[j] = tx[i];
        gage[j] = age[i];
        glitt[j++] = litt[i];
      }
    }
    List<LeftOut> expected =
        List.of(
            new LeftOut(Domain.LITT_WITHOUT_REPEAT, 1, List.of(zero)),
            new LeftOut(Domain.LITT_NOT_FINITE, 1, List.of(repeat.get(0))),
            new LeftOut(Domain.LITT_TOO_LARGE, 1, List.of(repeat.get(1))),
            new LeftOut(Domain.BAD_RECENCY, 1, List.of(repeat.get(2))));
    FitOptions o = FitOptions.defaults();
    ScreenedFit bg = BgCnbd.fitApplicable(x, tx, age, litt, null, o, 3);
    assertEquals(x.length, bg.rows());
    assertEquals(n, bg.usedRows());
    // equal groups in the order their first rows were met
    assertEquals(
        expected.stream()
            .sorted(java.util.Comparator.comparing(l -> l.firstRows().get(0)))
            .toList(),
        bg.leftOut());
    ValueFit direct = BgCnbd.fit(gx, gtx, gage, glitt, null, o, 3);
    assertEquals(direct.param("k"), bg.fit().param("k"));
    assertEquals(direct.param("r"), bg.fit().param("r"), 1e-12);
    assertEquals(direct.logLikelihood(), bg.fit().logLikelihood(), 1e-9);
    // the published BG/NBD estimates barely move with four of 2,357 customers out
    assertEquals(1.0, bg.fit().param("k"));
    assertEquals(0.243, bg.fit().param("r"), 0.005);

    ScreenedFit mbg = MbgCnbd.fitApplicableWithK(2, x, tx, age, litt, null, o);
    assertEquals(n, mbg.usedRows());
    assertEquals(bg.leftOut(), mbg.leftOut());
    ValueFit mbgDirect = MbgCnbd.fitWithK(2, gx, gtx, gage, glitt, null, o);
    assertEquals(mbgDirect.logLikelihood(), mbg.fit().logLikelihood(), 1e-9);
    assertEquals(2.0, mbg.fit().param("k"));
    // without litt, only the summary rule applies; the fit's message says the term is left out
    ScreenedFit noTimings = MbgCnbd.fitApplicableWithK(2, x, tx, age, null, null, o);
    assertEquals(x.length - 1, noTimings.usedRows());
    assertTrue(noTimings.fit().message().contains("no litt given"), noTimings.fit().message());
    // the kind's entry point chooses k in 1..5 on the same rows
    ScreenedFit kind = ValueModelKind.BGCNBD.fitApplicable(x, tx, age, null, litt, null, o);
    assertEquals(bg.leftOut(), kind.leftOut());
    assertEquals(ValueModelKind.BGCNBD, kind.fit().model());
    // every customer is still predicted, the left-out ones too
    BgCnbdModel model = bg.fit().as(BgCnbdModel.class);
    for (int i : List.of(zero, repeat.get(0), repeat.get(1))) {
      double p = model.probabilityAlive(x[i], tx[i], age[i]);
      assertTrue(p > 0 && p <= 1, "P(alive) " + p);
    }
    assertTrue(bg.summary().startsWith("bgcnbd fitted on 2353 of 2357 rows; left out: "));
    assertTrue(
        bg.summary().contains("1 (litt is not 0 with frequency 0, rows " + (zero + 1) + ")"),
        bg.summary());
  }

  @Test
  void cnbdScreeningErrorsNameTheModel() {
    FitOptions o = FitOptions.defaults();
    int[] x = {1, 2};
    double[] tx = {3, 4};
    double[] age = {5, 6};
    assertEquals(
        "BgCnbd.maxK must be a whole number in 1..1000, was 0",
        assertThrows(
                CxValidationException.class,
                () -> BgCnbd.fitApplicable(x, tx, age, new double[] {0, 0}, null, o, 0))
            .getMessage());
    assertEquals(
        "MbgCnbd.k must be a whole number in 1..1000, was 0",
        assertThrows(
                CxValidationException.class,
                () -> MbgCnbd.fitApplicableWithK(0, x, tx, age, null, null, o))
            .getMessage());
    assertEquals(
        "ValueModelKind.litt must have one value per frequency (2), was 1",
        assertThrows(
                CxValidationException.class,
                () -> BgCnbd.fitApplicable(x, tx, age, new double[] {0}, null, o, 2))
            .getMessage());
    assertEquals(
        "ValueModelKind.rows must include a row bgcnbd applies to (all 2 left out), was 0",
        assertThrows(
                CxValidationException.class,
                () -> BgCnbd.fitApplicable(x, tx, age, new double[] {Double.NaN, 9}, null, o, 2))
            .getMessage());
    assertEquals(
        "ValueModelKind.litt must be given to choose the regularity k of mbgcnbd (log"
            + " inter-purchase times), was \"none\"",
        assertThrows(
                CxValidationException.class,
                () -> ValueModelKind.MBGCNBD.fitApplicable(x, tx, age, null, null, null, o))
            .getMessage());
  }

  @Test
  void ggompertzNbdLeavesOutImpossibleRows() {
    GgompertzNbdModel truth = new GgompertzNbdModel(0.85, 4.45, 0.12, 0.75, 9.55);
    int n = 600;
    double[] ages = new double[n];
    for (int i = 0; i < n; i++) {
      ages[i] = 20 + 58.0 * i / (n - 1);
    }
    SimulatedCustomers c = GgompertzNbd.simulate(truth, ages, 5L);
    int[] x = java.util.Arrays.copyOf(c.frequency(), n + 3);
    double[] tx = java.util.Arrays.copyOf(c.recency(), n + 3);
    double[] age = java.util.Arrays.copyOf(c.age(), n + 3);
    x[n] = -2;
    age[n] = 10;
    x[n + 1] = 0;
    tx[n + 1] = 3;
    age[n + 1] = 10;
    x[n + 2] = 1;
    tx[n + 2] = 2;
    age[n + 2] = Double.POSITIVE_INFINITY;
    ScreenedFit s =
        ValueModelKind.GGOMNBD.fitApplicable(x, tx, age, null, null, FitOptions.defaults());
    assertEquals(n, s.usedRows());
    assertEquals(
        List.of(
            new LeftOut(Domain.BAD_FREQUENCY, 1, List.of(n)),
            new LeftOut(Domain.RECENCY_WITHOUT_REPEAT, 1, List.of(n + 1)),
            new LeftOut(Domain.BAD_AGE, 1, List.of(n + 2))),
        s.leftOut());
    ValueFit direct = GgompertzNbd.fit(c.frequency(), c.recency(), c.age());
    assertEquals(direct.logLikelihood(), s.fit().logLikelihood(), 1e-9);
    assertEquals(direct.param("r"), s.fit().param("r"), 1e-12);
  }
}
