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
import io.github.cx4j.report.Note;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Section;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.MbgNbd;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

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
    return build(log, calibrationEnd, holdoutEnd, chartModel, PURCHASE_MODELS, source, t);
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
    ValueFit chosen = chosen(fits, chartModel);
    PurchaseModel model = (PurchaseModel) chosen.toModel();
    List<ModelEvaluation> evaluations = new ArrayList<>();
    for (ValueFit f : fits) {
      evaluations.add(ModelEvaluation.of(f, split));
    }
    ClvCharts.Tracking tracking = ClvCharts.tracking(log, model, calibrationEnd, holdoutEnd);
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
    addMatrixAndValue(
        sections, model, cal.frequency(), cal.recency(), cal.age(), cal.monetary(), options, t);
    return new Report(t.get("clv.report.title"), source, t, sections);
  }

  /**
   * Builds the report from customer summaries alone (the file {@code cx4j clv fit} reads), without
   * purchases: the fit table, period transactions, the frequency/recency matrices and, when the
   * summaries carry a mean repeat value, the one-year CLV. The tracking plots and the
   * calibration-vs-holdout chart need the purchase dates, and the holdout evaluation a holdout; the
   * page says so in a note instead of drawing them. Recency and age must be in weeks.
   *
   * @param frequency repeat purchases per customer
   * @param recency first to last purchase per customer, in weeks
   * @param age first purchase to the end of the data per customer, in weeks
   * @param monetary mean value of the repeat purchases per customer, or null if the file has none
   * @param fits purchase-model fits on these summaries (for example read from {@code clv fit}'s
   *     JSON), or empty to fit BG/NBD, MBG/NBD and Pareto/NBD here
   * @param chartModel the model of the charts, one of the fits' models
   * @param source a line naming the data, for the subtitle
   * @param t the texts
   * @return the report
   * @throws CxValidationException if the columns are empty or differ in length, a fit is not of a
   *     purchase model, the chart model is not among the fits, or it did not converge
   */
  public static Report fromSummaries(
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] monetary,
      List<ValueFit> fits,
      ValueModelKind chartModel,
      String source,
      ReportText t) {
    int n = frequency.length;
    if (n == 0) {
      throw CxValidationException.of("ClvReport.frequency", "hold at least one customer", 0);
    }
    if (recency.length != n || age.length != n || (monetary != null && monetary.length != n)) {
      throw CxValidationException.of(
          "ClvReport.columns",
          "have one value per customer (" + n + ")",
          recency.length + "/" + age.length + "/" + (monetary == null ? "-" : monetary.length));
    }
    FitOptions options = FitOptions.defaults();
    List<ValueFit> compared = new ArrayList<>(fits);
    if (compared.isEmpty()) {
      for (ValueModelKind kind : PURCHASE_MODELS) {
        compared.add(kind.fit(frequency, recency, age, null, null, options));
      }
    }
    for (ValueFit f : compared) {
      if (!(f.toModel() instanceof PurchaseModel)) {
        throw CxValidationException.of(
            "ClvReport.fits", "be fits of BG/NBD, MBG/NBD or Pareto/NBD", f.model().id());
      }
    }
    ValueFit chosen = chosen(compared, chartModel);
    PurchaseModel model = (PurchaseModel) chosen.toModel();
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            t.get("clv.section.summaryFit"),
            t.format("clv.section.summaryText", chartModel.label(t.locale()), n),
            List.of(
                ClvCharts.fitTable(compared, n, t),
                ClvCharts.periodTransactions(model, frequency, age, 8, t),
                new Note(
                    "needs-purchases",
                    t.get("clv.needsPurchases.title"),
                    t.get("clv.needsPurchases.text"),
                    List.of()))));
    addMatrixAndValue(sections, model, frequency, recency, age, monetary, options, t);
    return new Report(t.get("clv.report.title"), source, t, sections);
  }

  private static final List<ValueModelKind> PURCHASE_MODELS =
      List.of(ValueModelKind.BGNBD, ValueModelKind.MBGNBD, ValueModelKind.PARETONBD);

  private static ValueFit chosen(List<ValueFit> fits, ValueModelKind chartModel) {
    ValueFit chosen =
        fits.stream()
            .filter(f -> f.model() == chartModel)
            .findFirst()
            .orElseThrow(
                () ->
                    CxValidationException.of(
                        "ClvReport.chartModel",
                        "be one of the compared models "
                            + fits.stream().map(ValueFit::model).toList(),
                        chartModel));
    if (!chosen.converged()) {
      throw CxValidationException.of(
          "ClvReport.fit", "converge (" + chosen.message() + ")", chartModel.id());
    }
    return chosen;
  }

  /** The matrix section and, with at least two repeat buyers and their values, the CLV one. */
  private static void addMatrixAndValue(
      List<Section> sections,
      PurchaseModel model,
      int[] frequency,
      double[] recency,
      double[] age,
      double @Nullable [] monetary,
      FitOptions options,
      ReportText t) {
    double maxAge = 0;
    int maxX = 0;
    int repeatBuyers = 0;
    for (int i = 0; i < frequency.length; i++) {
      maxAge = Math.max(maxAge, age[i]);
      maxX = Math.max(maxX, frequency[i]);
      if (frequency[i] > 0 && monetary != null && monetary[i] > 0) {
        repeatBuyers++;
      }
    }
    int rows = Math.max(1, Math.min(maxX, 25));
    sections.add(
        new Section(
            t.get("clv.section.matrix"),
            t.get("clv.section.matrixText"),
            List.of(
                ClvCharts.frequencyRecency(model, maxAge, rows, 16, 1, false, t),
                ClvCharts.frequencyRecency(model, maxAge, rows, 16, 1, true, t))));
    if (monetary != null && repeatBuyers >= 2) {
      // fitted on the repeat buyers with a positive mean spend (issue 20 item 6), every customer
      // valued: a zero mean spend is an observation the conditional expectation takes
      GammaGammaModel spend =
          ValueModelKind.GAMMAGAMMA
              .fitApplicable(frequency, recency, age, monetary, null, options.withConstrainQ(true))
              .fit()
              .as(GammaGammaModel.class);
      ClvHorizon horizon =
          ClvHorizon.ofAnnualRate(WEEKS_PER_YEAR, WEEKS_PER_YEAR / 12, 0.10, WEEKS_PER_YEAR);
      double[] clv = Clv.of(model, spend, frequency, recency, age, monetary, horizon, 1.0);
      List<Block> value =
          List.of(ClvCharts.clvTiles(clv, t), ClvCharts.clvDistribution(clv, 20, t));
      sections.add(new Section(t.get("clv.section.value"), t.get("clv.section.valueText"), value));
    }
  }
}
