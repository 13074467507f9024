/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.report.Block;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Section;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGamma;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.MbgNbd;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The customer-value report of a purchase log: BG/NBD, MBG/NBD and Pareto/NBD fitted in weeks on
 * the calibration period and judged on the holdout, the diagnostic charts of the chosen model, and
 * the one-year CLV (Gamma-Gamma spend, monthly discounting at 10% a year) with its distribution.
 */
public final class ClvReport {
  /** Weeks in a year (365.2425 / 7). */
  static final double WEEKS_PER_YEAR = 52.1775;

  private ClvReport() {}

  /**
   * Builds the report.
   *
   * @param log the purchases
   * @param calibrationEnd the last day of the calibration period
   * @param holdoutEnd the last day of the holdout period
   * @param chartModel the model of the charts: BGNBD, MBGNBD or PARETONBD
   * @param source a line naming the data, for the subtitle
   * @param t the texts
   * @return the report
   * @throws CxValidationException if the model is not one of the three, the split is empty, or the
   *     chosen model does not converge
   */
  public static Report build(
      TransactionLog log,
      LocalDate calibrationEnd,
      LocalDate holdoutEnd,
      ValueModelKind chartModel,
      String source,
      ReportText t) {
    return build(
        log,
        calibrationEnd,
        holdoutEnd,
        chartModel,
        List.of(ValueModelKind.BGNBD, ValueModelKind.MBGNBD, ValueModelKind.PARETONBD),
        source,
        t);
  }

  /**
   * Builds the report, comparing only some of the models in the evaluation table (Pareto/NBD is the
   * slowest to fit on large bases).
   *
   * @param log the purchases
   * @param calibrationEnd the last day of the calibration period
   * @param holdoutEnd the last day of the holdout period
   * @param chartModel the model of the charts, one of {@code compared}
   * @param compared the models of the evaluation table: BGNBD, MBGNBD and/or PARETONBD
   * @param source a line naming the data, for the subtitle
   * @param t the texts
   * @return the report
   * @throws CxValidationException if a model is not one of the three, the chart model is not
   *     compared, the split is empty, or the chart model does not converge
   */
  public static Report build(
      TransactionLog log,
      LocalDate calibrationEnd,
      LocalDate holdoutEnd,
      ValueModelKind chartModel,
      List<ValueModelKind> compared,
      String source,
      ReportText t) {
    SummarySpec spec = SummarySpec.of(calibrationEnd, SummarySpec.WEEKS);
    CalibrationHoldout split = ActivitySummaries.calibrationHoldout(log, spec, holdoutEnd);
    RepeatSummaries cal = split.calibration();
    FitOptions options = FitOptions.defaults();
    List<ValueFit> fits = new ArrayList<>();
    for (ValueModelKind kind : compared) {
      fits.add(
          switch (kind) {
            case BGNBD -> BgNbd.fit(cal, options);
            case MBGNBD -> MbgNbd.fit(cal, options);
            case PARETONBD -> ParetoNbd.fit(cal, options);
            default ->
                throw CxValidationException.of(
                    "ClvReport.compared", "hold only BGNBD, MBGNBD or PARETONBD", kind);
          });
    }
    ValueFit chosen =
        fits.stream()
            .filter(f -> f.model() == chartModel)
            .findFirst()
            .orElseThrow(
                () ->
                    CxValidationException.of(
                        "ClvReport.chartModel",
                        "be one of the compared models " + compared,
                        chartModel));
    if (!chosen.converged()) {
      throw CxValidationException.of(
          "ClvReport.fit", "converge (" + chosen.message() + ")", chartModel.id());
    }
    PurchaseModel model = (PurchaseModel) chosen.toModel();
    List<ModelEvaluation> evaluations = new ArrayList<>();
    for (ValueFit f : fits) {
      evaluations.add(ModelEvaluation.of(f, split));
    }
    ClvCharts.Tracking tracking = ClvCharts.tracking(log, model, calibrationEnd, holdoutEnd);
    double maxAge = 0;
    int maxX = 0;
    for (int i = 0; i < cal.size(); i++) {
      maxAge = Math.max(maxAge, cal.age(i));
      maxX = Math.max(maxX, cal.frequency(i));
    }
    int rows = Math.max(1, Math.min(maxX, 25));
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            t.get("clv.section.fit"),
            t.format(
                "clv.section.fitText",
                chartModel.label(t.locale()),
                cal.size(),
                calibrationEnd,
                holdoutEnd,
                split.holdoutDuration()),
            List.of(
                ClvCharts.evaluationTable(evaluations, t),
                ClvCharts.periodTransactions(model, cal, 8, t),
                ClvCharts.calibrationVsHoldout(Clv.holdout(model, split, 7), t))));
    sections.add(
        new Section(
            t.get("clv.section.tracking"),
            t.get("clv.section.trackingText"),
            List.of(
                ClvCharts.cumulativeTracking(tracking, t), ClvCharts.weeklyTracking(tracking, t))));
    sections.add(
        new Section(
            t.get("clv.section.matrix"),
            t.get("clv.section.matrixText"),
            List.of(
                ClvCharts.frequencyRecency(model, maxAge, rows, 16, 1, false, t),
                ClvCharts.frequencyRecency(model, maxAge, rows, 16, 1, true, t))));
    List<Block> value = new ArrayList<>();
    if (cal.repeatBuyers() >= 2) {
      GammaGammaModel spend =
          GammaGamma.fit(cal, options.withConstrainQ(true)).as(GammaGammaModel.class);
      ClvHorizon horizon =
          ClvHorizon.ofAnnualRate(WEEKS_PER_YEAR, WEEKS_PER_YEAR / 12, 0.10, WEEKS_PER_YEAR);
      double[] clv = Clv.of(model, spend, cal, horizon, 1.0);
      value.add(ClvCharts.clvTiles(clv, t));
      value.add(ClvCharts.clvDistribution(clv, 20, t));
      sections.add(new Section(t.get("clv.section.value"), t.get("clv.section.valueText"), value));
    }
    return new Report(t.get("clv.report.title"), source, t, sections);
  }
}
