/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.Heatmap;
import io.github.cx4j.report.LineChart;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Table;
import io.github.cx4j.report.Tiles;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.HoldoutComparison;
import io.github.cx4j.scoring.value.MbgNbd;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The customer-value chart data against the library's own numbers. */
class ClvChartsTest {
  static final ReportText EN = ReportText.of(Locale.ENGLISH);
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final BgNbdModel MODEL = new BgNbdModel(0.243, 4.414, 0.793, 2.426);

  /** Three customers with hand-countable purchases. */
  static TransactionLog small() {
    TransactionLog.Builder b = TransactionLog.builder();
    CustomerId a = CustomerId.of("a");
    CustomerId c = CustomerId.of("c");
    CustomerId d = CustomerId.of("d");
    b.add(a, START, 10); // first purchase of a, day 0
    b.add(a, START, 5); // same day: not a repeat
    b.add(a, START.plusDays(8), 7); // week 2, repeat
    b.add(a, START.plusDays(20), 7); // week 3, repeat (calibration ends day 20)
    b.add(a, START.plusDays(30), 9); // week 5, repeat in the holdout
    b.add(c, START.plusDays(3), 4); // first of c
    b.add(c, START.plusDays(15), 4); // week 3, repeat
    b.add(d, START.plusDays(10), 4); // first of d, no repeat
    return b.build();
  }

  @Test
  void trackingCountsRepeatDaysAndSumsTheModelOverCohorts() {
    LocalDate cal = START.plusDays(20);
    LocalDate end = START.plusDays(34);
    ClvCharts.Tracking t = ClvCharts.tracking(small(), MODEL, cal, end);
    assertEquals(List.of(1.0, 2.0, 3.0, 4.0, 5.0), t.weeks());
    assertEquals(List.of(0.0, 1.0, 2.0, 0.0, 1.0), t.actualWeekly());
    assertEquals(3.0, t.calibrationWeeks(), 1e-12);
    // cumulative expectation at the end of week 5 (day 34 inclusive = 35 days from start):
    // a from day 0, c from day 3, d from day 10
    double expected =
        MODEL.expectedPurchases(34 / 7.0)
            + MODEL.expectedPurchases(31 / 7.0)
            + MODEL.expectedPurchases(24 / 7.0);
    List<Double> cumulative = t.expectedCumulative();
    assertEquals(expected, cumulative.get(4), 1e-12);
    // week 1 ends on day 6: only a (6 days) and c (3 days) have joined
    assertEquals(
        MODEL.expectedPurchases(6 / 7.0) + MODEL.expectedPurchases(3 / 7.0),
        t.expectedWeekly().get(0),
        1e-12);
    assertEquals(4.0, t.actualCumulative().get(4), 0);
    LineChart chart = ClvCharts.cumulativeTracking(t, EN);
    assertEquals(10, chart.marks());
    assertEquals(t.expectedCumulative(), chart.series().get(1).y());
    assertEquals(3.0, chart.marker().orElseThrow().x(), 0);
    assertEquals(t.expectedWeekly(), ClvCharts.weeklyTracking(t, EN).series().get(1).y());
  }

  @Test
  void trackingRejectsAHoldoutEndBeforeTheCalibrationEnd() {
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> ClvCharts.tracking(small(), MODEL, START.plusDays(20), START.plusDays(10)));
    assertEquals(
        "ClvCharts.holdoutEnd must be after the calibration end 2024-01-21, was 2024-01-11",
        e.getMessage());
  }

  @Test
  void periodTransactionsMatchCountsAndTheModelsProbabilities() {
    TransactionLog log = io.github.cx4j.report.FixturesAccess.purchases(800, 3);
    RepeatSummaries cal =
        ActivitySummaries.repeat(log, SummarySpec.of(START.plusWeeks(39), SummarySpec.WEEKS));
    BarChart chart = ClvCharts.periodTransactions(MODEL, cal, 5, EN);
    List<Double> actual = chart.series().get(0).values();
    List<Double> model = chart.series().get(1).values();
    double[] counts = new double[5];
    double[] expected = new double[5];
    for (int i = 0; i < cal.size(); i++) {
      counts[Math.min(cal.frequency(i), 4)]++;
      double rest = 1;
      for (int n = 0; n < 4; n++) {
        double p = MODEL.probabilityOfPurchases(n, cal.age(i));
        expected[n] += p;
        rest -= p;
      }
      expected[4] += rest;
    }
    for (int n = 0; n < 5; n++) {
      assertEquals(counts[n], actual.get(n), 0);
      assertEquals(expected[n], model.get(n), 1e-6);
    }
    assertEquals(cal.size(), model.stream().mapToDouble(Double::doubleValue).sum(), 1e-6);
    assertEquals(List.of("0", "1", "2", "3", "4+"), chart.categories());
    assertEquals(
        "ClvCharts.buckets must be within 2..50, was 1",
        assertThrows(
                CxValidationException.class, () -> ClvCharts.periodTransactions(MODEL, cal, 1, EN))
            .getMessage());
  }

  @Test
  void calibrationVsHoldoutIsTheLibrarysComparison() {
    HoldoutComparison hc =
        new HoldoutComparison(
            39,
            List.of(
                new HoldoutComparison.Row(0, false, 10, 0.2, 0.1),
                new HoldoutComparison.Row(1, false, 0, 0, 0),
                new HoldoutComparison.Row(2, true, 4, 1.5, 1.75)),
            8,
            8);
    LineChart chart = ClvCharts.calibrationVsHoldout(hc, EN);
    assertEquals(List.of("0", "2+"), chart.xTicks().orElseThrow());
    assertEquals(List.of(0.1, 1.75), chart.series().get(0).y());
    assertEquals(List.of(0.2, 1.5), chart.series().get(1).y());
    assertTrue(chart.series().get(1).dashed());
  }

  @Test
  void frequencyRecencyCellsAreTheModelsExpectationsAndProbabilities() {
    Heatmap expected = ClvCharts.frequencyRecency(MODEL, 30, 3, 4, 2, false, EN);
    Heatmap alive = ClvCharts.frequencyRecency(MODEL, 30, 3, 4, 2, true, EN);
    // row 0 has only recency 0; rows 1..3 have four recency columns
    assertEquals(1 + 3 * 4, expected.marks());
    assertEquals(List.of("0.0", "10", "20", "30"), expected.columns());
    assertEquals(MODEL.conditionalExpectedPurchases(2, 3, 20, 30), expected.value(3, 2), 0);
    assertEquals(MODEL.probabilityAlive(1, 10, 30), alive.value(1, 1), 0);
    assertEquals(MODEL.probabilityAlive(0, 0, 30), alive.value(0, 0), 0);
    assertThrows(CxValidationException.class, () -> alive.value(0, 1));
    assertEquals(
        "ClvCharts.age must be positive and finite, was 0.0",
        assertThrows(
                CxValidationException.class,
                () -> ClvCharts.frequencyRecency(MODEL, 0, 3, 4, 1, true, EN))
            .getMessage());
  }

  @Test
  void clvDistributionCountsEveryCustomerOnceAndTilesUseTheParetoCurve() {
    double[] clv = new double[200];
    for (int i = 0; i < clv.length; i++) {
      clv[i] = i < 20 ? 100 + i : 1 + i % 7;
    }
    BarChart histogram = ClvCharts.clvDistribution(clv, 10, EN);
    assertEquals(11, histogram.categories().size());
    assertEquals(
        200, histogram.series().get(0).values().stream().mapToDouble(Double::doubleValue).sum(), 0);
    double top = 0;
    double total = 0;
    for (int i = 0; i < clv.length; i++) {
      total += clv[i];
      top += i < 20 ? clv[i] : 0;
    }
    assertEquals(top / total, ClvCharts.topDecileShare(clv), 1e-9);
    Tiles tiles = ClvCharts.clvTiles(clv, EN);
    assertEquals("200", tiles.tiles().get(0).value());
    assertEquals(
        String.format(Locale.ROOT, "%.1f%%", 100 * top / total), tiles.tiles().get(4).value());
    assertEquals(
        "ClvCharts.clv must be finite, was NaN",
        assertThrows(
                CxValidationException.class,
                () -> ClvCharts.clvDistribution(new double[] {1, Double.NaN}, 10, EN))
            .getMessage());
  }

  @Test
  void evaluationMatchesHandComputedErrorsAndInformationCriteria() {
    TransactionLog log = io.github.cx4j.report.FixturesAccess.purchases(1500, 5);
    CalibrationHoldout split =
        ActivitySummaries.calibrationHoldout(
            log,
            SummarySpec.of(START.plusWeeks(39).minusDays(1), SummarySpec.WEEKS),
            START.plusWeeks(78).minusDays(1));
    RepeatSummaries c = split.calibration();
    for (ValueFit fit :
        List.of(
            BgNbd.fit(c, FitOptions.defaults()),
            MbgNbd.fit(c, FitOptions.defaults()),
            ParetoNbd.fit(c, FitOptions.defaults()))) {
      ModelEvaluation e = ClvCharts.evaluate(fit, split);
      double[] predicted =
          Clv.conditionalExpectedPurchases(
              (io.github.cx4j.scoring.value.PurchaseModel) fit.toModel(),
              split.holdoutDuration(),
              c.frequency(),
              c.recency(),
              c.age());
      double abs = 0;
      double sq = 0;
      double p = 0;
      double a = 0;
      for (int i = 0; i < predicted.length; i++) {
        double d = predicted[i] - split.holdoutFrequency()[i];
        abs += Math.abs(d);
        sq += d * d;
        p += predicted[i];
        a += split.holdoutFrequency()[i];
      }
      int n = predicted.length;
      assertEquals(abs / n, e.mae(), 1e-12);
      assertEquals(Math.sqrt(sq / n), e.rmse(), 1e-12);
      assertEquals((p - a) / a, e.aggregateError(), 1e-12);
      assertEquals(8 - 2 * fit.logLikelihood(), e.aic(), 1e-9);
      assertEquals(4 * Math.log(n) - 2 * fit.logLikelihood(), e.bic(), 1e-9);
      assertEquals(
          Clv.holdout((io.github.cx4j.scoring.value.PurchaseModel) fit.toModel(), split, 5)
              .totalPredicted(),
          e.predictedTotal(),
          1e-6);
    }
    Table table =
        ClvCharts.evaluationTable(
            List.of(ClvCharts.evaluate(BgNbd.fit(c, FitOptions.defaults()), split)), EN);
    assertEquals(ValueModelKind.BGNBD.label(Locale.ENGLISH), table.rows().get(0).get(0));
    assertEquals(10, table.header().size());
  }
}
