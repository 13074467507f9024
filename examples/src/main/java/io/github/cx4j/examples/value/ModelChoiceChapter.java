/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.ModelComparison;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tour chapter 51, "Which customer-value model": the NBD, BG/NBD, MBG/NBD and Pareto/NBD fitted to
 * the CDNOW sample and compared by AIC, BIC, likelihood-ratio tests against the NBD and holdout
 * error ({@link ModelComparison}; Fader, Hardie and Lee 2005, "Counting your customers the easy
 * way: an alternative to the Pareto/NBD model"). The same table as {@code cx4j clv compare}.
 */
public final class ModelChoiceChapter implements TourChapter {

  /** For {@link java.util.ServiceLoader}. */
  public ModelChoiceChapter() {}

  @Override
  public int order() {
    return 51;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Which customer-value model", "选哪个客户价值模型");
  }

  @Override
  public void run(Tour tour) {
    tour.say(
        "Several models explain the same purchases. Fit them all, then prefer the one with the"
            + " lower AIC or BIC and the smaller holdout error; the likelihood-ratio test against"
            + " the NBD (purchases without dropout) asks whether customers leave at all.",
        "同一批购买记录可以用几种模型解释。全部拟合后,选 AIC 或 BIC 更低、留存期误差更小的模型;"
            + "与 NBD(只有购买、没有流失)的似然比检验回答的是:顾客到底会不会流失。");
    CalibrationHoldout split =
        ActivitySummaries.calibrationHoldout(
            CdnowSample.load(),
            SummarySpec.of(CdnowSample.CALIBRATION_END, SummarySpec.WEEKS),
            CdnowSample.DATA_END);
    RepeatSummaries cal = split.calibration();
    ModelComparison c =
        ModelComparison.of(
            List.of(ValueModelKind.BGNBD, ValueModelKind.MBGNBD, ValueModelKind.PARETONBD),
            cal.frequency(),
            cal.recency(),
            cal.age(),
            null,
            split.holdoutFrequency(),
            split.holdoutDuration(),
            7,
            FitOptions.defaults());
    tour.heading("CDNOW, 39 weeks of calibration and 39 of holdout", "CDNOW:39 周校准期与 39 周留存期");
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("model", "模型"),
            tour.text("log-likelihood", "对数似然"),
            "AIC",
            "BIC",
            "MAE",
            tour.text("aggregate error", "总量误差")));
    for (ModelComparison.Row r : c.rows()) {
      ModelComparison.HoldoutError h = Objects.requireNonNull(r.holdout());
      rows.add(
          List.of(
              r.model(),
              f("%.1f", r.logLikelihood()),
              f("%.1f", r.aic()),
              f("%.1f", r.bic()),
              f("%.3f", h.mae()),
              f("%+.1f%%", 100 * h.aggregateError())));
    }
    tour.table(rows);
    ModelComparison.LikelihoodRatio bg = c.tests().get(0);
    tour.println(
        f(
            tour.text(
                "BG/NBD against the NBD: LR %.1f on %d degrees of freedom, p %.1e: customers do"
                    + " leave.",
                "BG/NBD 对 NBD:似然比 %.1f,自由度 %d,p = %.1e:顾客确实会流失。"),
            bg.statistic(),
            bg.degreesOfFreedom(),
            bg.pValue()));
    tour.say(
        "Try it on this table's summary (then on your own, with its holdout column and length):",
        "用本表的汇总文件试试(再换成你自己的,附检验期列与检验期长度):");
    tour.command(
        "clv compare --summary examples/src/main/resources/examples/cdnow-holdout.csv"
            + " --holdout-column holdout --holdout-length 39");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
