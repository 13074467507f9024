/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.FixturesAccess;
import io.github.cx4j.report.Heatmap;
import io.github.cx4j.report.LineChart;
import io.github.cx4j.report.Pyramid;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.segmentation.rfm.Rfm;
import io.github.cx4j.segmentation.rfm.RfmScores;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.segmentation.rfm.SegmentSummary;
import io.github.cx4j.segmentation.tier.AbcClass;
import io.github.cx4j.segmentation.tier.ParetoCurve;
import io.github.cx4j.segmentation.tier.PyramidTier;
import io.github.cx4j.segmentation.tier.TierSummary;
import io.github.cx4j.segmentation.tier.Tiering;
import io.github.cx4j.segmentation.tier.Tiers;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The segmentation chart data against the library's own numbers. */
class SegmentationChartsTest {
  static final ReportText EN = ReportText.of(Locale.ENGLISH);
  static final ReportText ZH = ReportText.of(Locale.CHINESE);

  static RfmSummaries summaries() {
    return ActivitySummaries.rfm(
        FixturesAccess.purchases(1200, 9),
        SummarySpec.of(LocalDate.of(2025, 6, 29), SummarySpec.DAYS));
  }

  @Test
  void gridCountsAndMeansAreThoseOfTheScores() {
    RfmSummaries s = summaries();
    double[] m = s.monetaryTotal();
    RfmScores scores =
        Rfm.score(s.recency(), s.frequency(), m, Rfm.cutPoints(s.recency(), s.frequency(), m, 4));
    Heatmap counts = SegmentationCharts.recencyFrequency(scores, m, false, EN);
    Heatmap means = SegmentationCharts.recencyFrequency(scores, m, true, EN);
    assertEquals(List.of("R4", "R3", "R2", "R1"), counts.rows());
    assertEquals(List.of("F1", "F2", "F3", "F4"), counts.columns());
    long total = 0;
    for (Heatmap.Cell c : counts.cells()) {
      total += (long) c.value();
    }
    assertEquals(s.size(), total);
    // one cell by hand: R4 x F1
    long n = 0;
    double sum = 0;
    for (int i = 0; i < s.size(); i++) {
      if (scores.recency(i) == 4 && scores.frequency(i) == 1) {
        n++;
        sum += m[i];
      }
    }
    if (n > 0) {
      assertEquals(n, counts.value(0, 0), 0);
      assertEquals(sum / n, means.value(0, 0), 1e-9);
    }
    assertEquals(
        "SegmentationCharts.monetary must have one value per customer (" + s.size() + "), was 1",
        assertThrows(
                CxValidationException.class,
                () -> SegmentationCharts.recencyFrequency(scores, new double[1], true, EN))
            .getMessage());
  }

  @Test
  void segmentSharesAreTheSummaryInPercent() {
    RfmSummaries s = summaries();
    double[] m = s.monetaryTotal();
    RfmScores scores =
        Rfm.score(s.recency(), s.frequency(), m, Rfm.cutPoints(s.recency(), s.frequency(), m, 5));
    List<SegmentSummary> summary = RfmSegmentation.rfm().assign(scores).summary(s.frequency(), m);
    BarChart en = SegmentationCharts.segmentShares(summary, EN);
    BarChart zh = SegmentationCharts.segmentShares(summary, ZH);
    for (int i = 0; i < summary.size(); i++) {
      assertEquals(summary.get(i).labelEn(), en.categories().get(i));
      assertEquals(summary.get(i).labelZh(), zh.categories().get(i));
      assertEquals(100 * summary.get(i).customerShare(), en.series().get(0).values().get(i), 1e-12);
      assertEquals(100 * summary.get(i).revenueShare(), en.series().get(1).values().get(i), 1e-12);
    }
  }

  @Test
  void paretoCurveAndCutPointsComeFromTheTiers() {
    double[] v = {50, 20, 10, 8, 5, 3, 2, 1, 1, 0};
    ParetoCurve curve = Tiering.curve(v, 11);
    Tiers<AbcClass> abc = Tiering.abc(v);
    LineChart chart = SegmentationCharts.paretoCurve(curve, abc, EN);
    assertEquals(100 * curve.valueShare().get(2), chart.series().get(0).y().get(2), 1e-12);
    TierSummary a = abc.summary().get(0);
    TierSummary b = abc.summary().get(1);
    assertEquals(100 * a.customerShare(), chart.series().get(1).x().get(0), 1e-12);
    assertEquals(100 * (a.valueShare() + b.valueShare()), chart.series().get(1).y().get(1), 1e-12);
    Tiers<PyramidTier> tiers = Tiering.pyramid(v);
    Pyramid p = SegmentationCharts.pyramid(tiers, EN);
    assertEquals(4, p.marks());
    assertEquals(tiers.summary().get(0).customers(), p.levels().get(0).customers());
    assertEquals(tiers.summary().get(3).valueShare(), p.levels().get(3).valueShare(), 0);
  }
}
