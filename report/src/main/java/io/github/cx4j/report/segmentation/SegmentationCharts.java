/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.segmentation;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.Heatmap;
import io.github.cx4j.report.LineChart;
import io.github.cx4j.report.Pyramid;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Section;
import io.github.cx4j.segmentation.rfm.Rfm;
import io.github.cx4j.segmentation.rfm.RfmCutPoints;
import io.github.cx4j.segmentation.rfm.RfmScores;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.segmentation.rfm.RfmSegments;
import io.github.cx4j.segmentation.rfm.SegmentSummary;
import io.github.cx4j.segmentation.tier.AbcClass;
import io.github.cx4j.segmentation.tier.ParetoCurve;
import io.github.cx4j.segmentation.tier.PyramidTier;
import io.github.cx4j.segmentation.tier.TierSummary;
import io.github.cx4j.segmentation.tier.Tiering;
import io.github.cx4j.segmentation.tier.Tiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The segmentation charts and report. */
public final class SegmentationCharts {
  private SegmentationCharts() {}

  /**
   * The R x F grid: rows are the recency score from the highest (most recent) down, columns the
   * frequency score; each cell holds the number of customers or their mean monetary value. Cells
   * without customers are left out.
   *
   * @param scores the RFM scores
   * @param monetary the monetary value per customer (the column the M score was computed from)
   * @param meanMonetary whether the cells are mean monetary values instead of counts
   * @param t the texts
   * @return the heatmap
   */
  public static Heatmap recencyFrequency(
      RfmScores scores, double[] monetary, boolean meanMonetary, ReportText t) {
    if (monetary.length != scores.size()) {
      throw CxValidationException.of(
          "SegmentationCharts.monetary",
          "have one value per customer (" + scores.size() + ")",
          monetary.length);
    }
    int bins = scores.bins();
    long[][] count = new long[bins][bins];
    double[][] sum = new double[bins][bins];
    for (int i = 0; i < scores.size(); i++) {
      int row = bins - scores.recency(i);
      int col = scores.frequency(i) - 1;
      count[row][col]++;
      sum[row][col] += monetary[i];
    }
    List<String> rows = new ArrayList<>();
    List<String> cols = new ArrayList<>();
    for (int k = 0; k < bins; k++) {
      rows.add("R" + (bins - k));
      cols.add("F" + (k + 1));
    }
    List<Heatmap.Cell> cells = new ArrayList<>();
    for (int r = 0; r < bins; r++) {
      for (int c = 0; c < bins; c++) {
        if (count[r][c] > 0) {
          cells.add(new Heatmap.Cell(r, c, meanMonetary ? sum[r][c] / count[r][c] : count[r][c]));
        }
      }
    }
    return new Heatmap(
        meanMonetary ? "rf-monetary" : "rf-count",
        t.get(meanMonetary ? "seg.rf.monetary" : "seg.rf.count"),
        t.get("seg.rf.x"),
        t.get("seg.rf.y"),
        cols,
        rows,
        cells,
        meanMonetary ? 1 : 0);
  }

  /**
   * Segment sizes and value shares: per segment its share of customers and of revenue, in percent,
   * as horizontal bars.
   *
   * @param summary the library's segment summary
   * @param t the texts
   * @return the chart, series customer share then revenue share
   */
  public static BarChart segmentShares(List<SegmentSummary> summary, ReportText t) {
    List<String> names = new ArrayList<>();
    List<Double> customers = new ArrayList<>();
    List<Double> revenue = new ArrayList<>();
    for (SegmentSummary s : summary) {
      names.add(t.chinese() ? s.labelZh() : s.labelEn());
      customers.add(100 * s.customerShare());
      revenue.add(100 * s.revenueShare());
    }
    return new BarChart(
        "segment-shares",
        t.get("seg.shares.title"),
        t.get("seg.shares.x"),
        t.get("seg.shares.y"),
        names,
        List.of(
            BarChart.Series.of(t.get("seg.shares.customers"), customers),
            BarChart.Series.of(t.get("seg.shares.revenue"), revenue)),
        true);
  }

  /**
   * The Pareto curve: cumulative share of value against cumulative share of customers (best first),
   * with the ABC cut points as a second series of two points (the ends of A and B).
   *
   * @param curve the library's curve
   * @param abc the ABC classes of the same values
   * @param t the texts
   * @return the chart, series curve then cut points, both in percent
   */
  public static LineChart paretoCurve(ParetoCurve curve, Tiers<AbcClass> abc, ReportText t) {
    List<Double> x = curve.customerShare().stream().map(v -> 100 * v).toList();
    List<Double> y = curve.valueShare().stream().map(v -> 100 * v).toList();
    List<Double> cx = new ArrayList<>();
    List<Double> cy = new ArrayList<>();
    double customers = 0;
    double value = 0;
    for (TierSummary s : abc.summary()) {
      if (!s.tier().equals(AbcClass.A.code()) && !s.tier().equals(AbcClass.B.code())) {
        continue;
      }
      customers += s.customerShare();
      value += s.valueShare();
      cx.add(100 * customers);
      cy.add(100 * value);
    }
    return new LineChart(
        "pareto-curve",
        t.format("seg.pareto.title", curve.gini()),
        t.get("seg.pareto.x"),
        t.get("seg.pareto.y"),
        List.of(
            LineChart.Series.of(t.get("seg.pareto.curve"), x, y),
            new LineChart.Series(t.get("seg.pareto.cuts"), cx, cy, Optional.empty(), true)),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * The customer pyramid, platinum at the top.
   *
   * @param tiers the library's pyramid tiers
   * @param t the texts
   * @return the pyramid
   */
  public static Pyramid pyramid(Tiers<PyramidTier> tiers, ReportText t) {
    List<Pyramid.Level> levels = new ArrayList<>();
    for (TierSummary s : tiers.summary()) {
      levels.add(
          new Pyramid.Level(
              t.chinese() ? s.labelZh() : s.labelEn(),
              s.customers(),
              s.customerShare(),
              s.valueShare()));
    }
    return new Pyramid("tier-pyramid", t.get("seg.pyramid.title"), levels);
  }

  /**
   * The segmentation report of RFM summaries: exact type-7 cut points, the given segment rules,
   * value tiers of the total monetary value.
   *
   * @param s the RFM summaries
   * @param bins score levels per dimension
   * @param meanMonetary whether M scores the mean purchase value instead of the total
   * @param rules the segment rules
   * @param source a line naming the data
   * @param t the texts
   * @return the report
   */
  public static Report report(
      RfmSummaries s,
      int bins,
      boolean meanMonetary,
      RfmSegmentation rules,
      String source,
      ReportText t) {
    if (s.size() == 0) {
      throw CxValidationException.of("SegmentationCharts.summaries", "hold a customer", 0);
    }
    double[] value = meanMonetary ? s.monetaryMean() : s.monetaryTotal();
    RfmCutPoints cuts = Rfm.cutPoints(s.recency(), s.frequency(), value, bins);
    RfmScores scores = Rfm.score(s.recency(), s.frequency(), value, cuts);
    RfmSegments segments = rules.assign(scores);
    double[] total = s.monetaryTotal();
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            t.get("seg.section.rfm"),
            t.format("seg.section.rfmText", s.size(), s.analysisDate(), bins),
            List.of(
                recencyFrequency(scores, value, false, t),
                recencyFrequency(scores, value, true, t),
                segmentShares(segments.summary(s.frequency(), total), t))));
    sections.add(
        new Section(
            t.get("seg.section.tiers"),
            t.get("seg.section.tiersText"),
            List.of(
                paretoCurve(Tiering.curve(total, 101), Tiering.abc(total), t),
                pyramid(Tiering.pyramid(total), t))));
    return new Report(t.get("seg.report.title"), source, t, sections);
  }
}
