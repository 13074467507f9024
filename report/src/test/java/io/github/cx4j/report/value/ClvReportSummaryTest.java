/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.Block;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Table;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGamma;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The customer-value report drawn from summaries alone, as {@code cx4j clv fit} reads them. */
class ClvReportSummaryTest {
  static final ReportText EN = ReportText.of(Locale.ENGLISH);
  static final LocalDate START = LocalDate.of(2024, 1, 1);

  static RepeatSummaries summaries() {
    TransactionLog log = io.github.cx4j.report.FixturesAccess.purchases(1200, 11);
    return ActivitySummaries.repeat(log, SummarySpec.of(START.plusWeeks(39), SummarySpec.WEEKS));
  }

  static List<String> ids(Report r) {
    return r.blocks().stream().map(Block::id).toList();
  }

  @Test
  void aSummaryGivesTheChartsThatNeedNoPurchaseDates() {
    RepeatSummaries s = summaries();
    ValueFit bg = BgNbd.fit(s, FitOptions.defaults());
    Report r =
        ClvReport.fromSummaries(
            s.frequency(),
            s.recency(),
            s.age(),
            s.monetary(),
            List.of(bg),
            ValueModelKind.BGNBD,
            "summary.csv",
            EN);
    assertEquals(
        List.of(
            "model-fit",
            "period-transactions",
            "needs-purchases",
            "matrix-expected",
            "matrix-alive",
            "clv-tiles",
            "clv-distribution"),
        ids(r));
    Table fit = (Table) r.blocks().get(0);
    int n = s.size();
    double ll = bg.logLikelihood();
    assertEquals(
        List.of(
            ValueModelKind.BGNBD.label(Locale.ENGLISH),
            ReportText.number(ll, 2),
            ReportText.number(8 - 2 * ll, 2),
            ReportText.number(4 * Math.log(n) - 2 * ll, 2),
            "yes"),
        fit.rows().get(0));
    // the period-transactions chart from columns is the one from the summaries
    PurchaseModel model = (PurchaseModel) bg.toModel();
    BarChart fromColumns = (BarChart) r.blocks().get(1);
    assertEquals(ClvCharts.periodTransactions(model, s, 8, EN), fromColumns);
    // the CLV is the library's: Gamma-Gamma spend (q > 1), one year monthly at 10% a year
    GammaGammaModel spend =
        GammaGamma.fit(
                s.frequency(), s.monetary(), null, FitOptions.defaults().withConstrainQ(true))
            .as(GammaGammaModel.class);
    double weeks = ClvReport.WEEKS_PER_YEAR;
    double[] clv =
        Clv.of(
            model,
            spend,
            s.frequency(),
            s.recency(),
            s.age(),
            s.monetary(),
            ClvHorizon.ofAnnualRate(weeks, weeks / 12, 0.10, weeks),
            1.0);
    assertEquals(ClvCharts.clvTiles(clv, EN), r.blocks().get(5));
    assertEquals(ClvCharts.clvDistribution(clv, 20, EN), r.blocks().get(6));
    String html = r.toHtml();
    assertFalse(html.contains("tracking-cumulative"));
    assertTrue(html.contains("need each purchase&#39;s date"), "the note says what is missing");
  }

  @Test
  void withoutFitsTheThreeModelsAreFittedAndWithoutValuesThereIsNoClv() {
    RepeatSummaries s = summaries();
    Report r =
        ClvReport.fromSummaries(
            s.frequency(),
            s.recency(),
            s.age(),
            null,
            List.of(),
            ValueModelKind.MBGNBD,
            "summary.csv",
            EN);
    Table fit = (Table) r.blocks().get(0);
    assertEquals(3, fit.rows().size());
    assertEquals(ValueModelKind.PARETONBD.label(Locale.ENGLISH), fit.rows().get(2).get(0));
    assertFalse(ids(r).contains("clv-tiles"));
  }

  @Test
  void badSummariesAndFitsAreNamed() {
    RepeatSummaries s = summaries();
    ValueFit bg = BgNbd.fit(s, FitOptions.defaults());
    ValueFit spend = GammaGamma.fit(s, FitOptions.defaults());
    assertEquals(
        "ClvReport.frequency must hold at least one customer, was 0",
        message(
            () ->
                ClvReport.fromSummaries(
                    new int[0],
                    new double[0],
                    new double[0],
                    null,
                    List.of(),
                    ValueModelKind.BGNBD,
                    "x",
                    EN)));
    assertEquals(
        "ClvReport.columns must have one value per customer (2), was \"2/1/-\"",
        message(
            () ->
                ClvReport.fromSummaries(
                    new int[] {0, 1},
                    new double[] {0, 1},
                    new double[] {2},
                    null,
                    List.of(),
                    ValueModelKind.BGNBD,
                    "x",
                    EN)));
    assertEquals(
        "ClvReport.fits must be fits of BG/NBD, MBG/NBD or Pareto/NBD, was \"gammagamma\"",
        message(
            () ->
                ClvReport.fromSummaries(
                    s.frequency(),
                    s.recency(),
                    s.age(),
                    null,
                    List.of(spend),
                    ValueModelKind.BGNBD,
                    "x",
                    EN)));
    assertEquals(
        "ClvReport.chartModel must be one of the compared models [BGNBD], was PARETONBD",
        message(
            () ->
                ClvReport.fromSummaries(
                    s.frequency(),
                    s.recency(),
                    s.age(),
                    null,
                    List.of(bg),
                    ValueModelKind.PARETONBD,
                    "x",
                    EN)));
    assertEquals(
        "ClvCharts.age must have one value per frequency (2), was 1",
        message(
            () ->
                ClvCharts.periodTransactions(
                    (PurchaseModel) bg.toModel(), new int[] {0, 1}, new double[] {1}, 5, EN)));
    assertEquals(
        "ClvCharts.customers must be at least 1, was 0",
        message(() -> ClvCharts.fitTable(List.of(bg), 0, EN)));
  }

  static String message(Runnable r) {
    return assertThrows(CxValidationException.class, r::run).getMessage();
  }
}
