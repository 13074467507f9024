/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.survey;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.Block;
import io.github.cx4j.report.LineChart;
import io.github.cx4j.report.Range;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.ScatterChart;
import io.github.cx4j.report.Section;
import io.github.cx4j.scoring.quality.Ipa;
import io.github.cx4j.scoring.quality.IpaQuadrant;
import io.github.cx4j.scoring.quality.Kano;
import io.github.cx4j.scoring.quality.KanoCategory;
import io.github.cx4j.scoring.quality.KanoFeatureResult;
import io.github.cx4j.scoring.quality.KeyDrivers;
import io.github.cx4j.scoring.survey.CalendarPeriod;
import io.github.cx4j.scoring.survey.Csat;
import io.github.cx4j.scoring.survey.CsatResult;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.NpsScale;
import io.github.cx4j.scoring.survey.PeriodKey;
import io.github.cx4j.scoring.survey.SurveyAccumulator;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** The survey charts and report. */
public final class SurveyCharts {
  /** The confidence level of every interval of the report. */
  public static final double LEVEL = 0.95;

  private SurveyCharts() {}

  /**
   * NPS per period, in points (-100..100), with the score interval (Tango 1998) as a band.
   *
   * @param byPeriod the library's results per period
   * @param t the texts
   * @return the chart; x is the index of the period
   */
  public static LineChart npsByPeriod(SortedMap<PeriodKey, NpsResult> byPeriod, ReportText t) {
    return periodChart(NPS, byPeriod, t);
  }

  /**
   * CSAT per period, in percent satisfied, with the Wilson interval as a band.
   *
   * @param byPeriod the library's results per period
   * @param t the texts
   * @return the chart; x is the index of the period
   */
  public static LineChart csatByPeriod(SortedMap<PeriodKey, CsatResult> byPeriod, ReportText t) {
    return periodChart(CSAT, byPeriod, t);
  }

  /**
   * NPS per group, in points, with the score interval as whiskers.
   *
   * @param byGroup the library's results per group
   * @param t the texts
   * @return the chart
   */
  public static BarChart npsByGroup(SortedMap<String, NpsResult> byGroup, ReportText t) {
    return groupChart(NPS, byGroup, t);
  }

  /**
   * CSAT per group, in percent satisfied, with the Wilson interval as whiskers.
   *
   * @param byGroup the library's results per group
   * @param t the texts
   * @return the chart
   */
  public static BarChart csatByGroup(SortedMap<String, CsatResult> byGroup, ReportText t) {
    return groupChart(CSAT, byGroup, t);
  }

  /**
   * What the period and group charts show of one measure: its key in the chart ids and the bundle
   * ({@code survey.<key>.period}, {@code .group}, {@code .y}), the plotted value and its interval,
   * in the chart's units.
   */
  private record Measure<R>(String key, Function<R, Double> value, Function<R, Range> interval) {}

  private static final Measure<NpsResult> NPS =
      new Measure<>("nps", NpsResult::points, r -> points(r.scoreInterval(LEVEL)));

  private static final Measure<CsatResult> CSAT =
      new Measure<>("csat", r -> 100 * r.share(), r -> percent(r.wilson(LEVEL)));

  private static <R> LineChart periodChart(
      Measure<R> measure, SortedMap<PeriodKey, R> byPeriod, ReportText t) {
    String yLabel = t.get("survey." + measure.key() + ".y");
    List<Double> x = new ArrayList<>();
    List<Double> y = new ArrayList<>();
    List<Range> bands = new ArrayList<>();
    List<String> ticks = new ArrayList<>();
    for (Map.Entry<PeriodKey, R> e : byPeriod.entrySet()) {
      x.add((double) ticks.size());
      ticks.add(e.getKey().label());
      y.add(measure.value().apply(e.getValue()));
      bands.add(measure.interval().apply(e.getValue()));
    }
    return new LineChart(
        measure.key() + "-period",
        t.get("survey." + measure.key() + ".period"),
        t.get("survey.period"),
        yLabel,
        List.of(new LineChart.Series(yLabel, x, y, Optional.of(bands), false)),
        Optional.of(ticks),
        Optional.empty());
  }

  private static <R> BarChart groupChart(
      Measure<R> measure, SortedMap<String, R> byGroup, ReportText t) {
    String yLabel = t.get("survey." + measure.key() + ".y");
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Range> intervals = new ArrayList<>();
    byGroup.forEach(
        (g, r) -> {
          names.add(g);
          values.add(measure.value().apply(r));
          intervals.add(measure.interval().apply(r));
        });
    return new BarChart(
        measure.key() + "-group",
        t.get("survey." + measure.key() + ".group"),
        t.get("survey.group"),
        yLabel,
        names,
        List.of(new BarChart.Series(yLabel, values, Optional.of(intervals))),
        false);
  }

  /**
   * The importance-performance grid: performance across, importance up, crosshairs where the
   * library put them, each attribute coloured by its quadrant.
   *
   * @param grid the library's grid
   * @param t the texts
   * @return the chart
   */
  public static ScatterChart ipa(Ipa.Grid grid, ReportText t) {
    List<ScatterChart.Point> points = new ArrayList<>();
    for (Ipa.Placement p : grid.placements()) {
      points.add(
          new ScatterChart.Point(
              p.attribute().name(),
              p.attribute().performance(),
              p.attribute().importance(),
              p.quadrant().label(t.locale())));
    }
    return new ScatterChart(
        "ipa-grid",
        t.get("survey.ipa.title"),
        t.get("survey.ipa.x"),
        t.get("survey.ipa.y"),
        points,
        Optional.of(
            new ScatterChart.Crosshairs(
                grid.performanceCrosshair(),
                grid.importanceCrosshair(),
                IpaQuadrant.CONCENTRATE_HERE.label(t.locale()),
                IpaQuadrant.KEEP_UP_THE_GOOD_WORK.label(t.locale()),
                IpaQuadrant.LOW_PRIORITY.label(t.locale()),
                IpaQuadrant.POSSIBLE_OVERKILL.label(t.locale()))));
  }

  /**
   * The Kano chart: |Worse| across, Better up (Berger et al. 1993), crosshairs at 0.5, each feature
   * coloured by its dominant category.
   *
   * @param features the library's results per feature
   * @param t the texts
   * @return the chart
   */
  public static ScatterChart kano(SortedMap<String, KanoFeatureResult> features, ReportText t) {
    List<ScatterChart.Point> points = new ArrayList<>();
    features.forEach(
        (name, r) ->
            points.add(
                new ScatterChart.Point(
                    name, Math.abs(r.worse()), r.better(), r.dominant().label(t.locale()))));
    return new ScatterChart(
        "kano-chart",
        t.get("survey.kano.title"),
        t.get("survey.kano.x"),
        t.get("survey.kano.y"),
        points,
        Optional.of(
            new ScatterChart.Crosshairs(
                0.5,
                0.5,
                KanoCategory.ATTRACTIVE.label(t.locale()),
                KanoCategory.ONE_DIMENSIONAL.label(t.locale()),
                KanoCategory.INDIFFERENT.label(t.locale()),
                KanoCategory.MUST_BE.label(t.locale()))));
  }

  /**
   * Key-driver weights: each driver's share of R² (Johnson's relative weights) in percent, with its
   * bootstrap interval, largest first.
   *
   * @param result the library's result
   * @param t the texts
   * @return the chart
   */
  public static BarChart drivers(KeyDrivers.Result result, ReportText t) {
    List<KeyDrivers.Driver> sorted = new ArrayList<>(result.drivers());
    sorted.sort((a, b) -> Double.compare(b.share(), a.share()));
    List<String> names = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    List<Range> intervals = new ArrayList<>();
    for (KeyDrivers.Driver d : sorted) {
      names.add(d.driver());
      values.add(100 * d.share());
      intervals.add(percent(d.shareInterval()));
    }
    return new BarChart(
        "key-drivers",
        t.format("survey.drivers.title", result.rSquared(), result.n()),
        t.get("survey.drivers.x"),
        t.get("survey.drivers.y"),
        names,
        List.of(new BarChart.Series(t.get("survey.drivers.y"), values, Optional.of(intervals))),
        true);
  }

  private static Range points(Interval i) {
    return new Range(100 * i.low(), 100 * i.high());
  }

  private static Range percent(Interval i) {
    return new Range(100 * i.low(), 100 * i.high());
  }

  /**
   * The survey report: every part the data has.
   *
   * @param data the survey
   * @param period the calendar period of the period charts
   * @param zone the time zone of the periods
   * @param source a line naming the data
   * @param t the texts
   * @return the report
   * @throws CxValidationException if the survey has none of the parts, or a group has no answer
   */
  public static Report report(
      SurveyData data, CalendarPeriod period, ZoneId zone, String source, ReportText t) {
    List<Section> sections = new ArrayList<>();
    boolean timed = data.times().stream().allMatch(Optional::isPresent) && data.size() > 0;
    boolean grouped = data.groups().stream().anyMatch(g -> !g.isEmpty());
    if (data.recommend().length > 0) {
      List<Block> blocks = new ArrayList<>();
      if (timed) {
        blocks.add(
            npsByPeriod(byPeriod(data, data.recommend(), period, zone, SurveyCharts::newNps), t));
      }
      if (grouped) {
        blocks.add(npsByGroup(byGroup(data, data.recommend(), SurveyCharts::newNps), t));
      }
      if (!blocks.isEmpty()) {
        sections.add(
            new Section(t.get("survey.section.nps"), t.get("survey.section.npsText"), blocks));
      }
    }
    if (data.csat().length > 0) {
      List<Block> blocks = new ArrayList<>();
      java.util.function.Supplier<SurveyAccumulator<CsatResult>> csat =
          () -> Csat.accumulator(data.csatScale(), data.csatTopBoxes(), InputPolicy.REJECT_INVALID);
      if (timed) {
        blocks.add(csatByPeriod(byPeriod(data, data.csat(), period, zone, csat), t));
      }
      if (grouped) {
        blocks.add(csatByGroup(byGroup(data, data.csat(), csat), t));
      }
      if (!blocks.isEmpty()) {
        sections.add(
            new Section(
                t.get("survey.section.csat"),
                t.format("survey.section.csatText", data.csatTopBoxes(), data.csatScale()),
                blocks));
      }
    }
    List<Block> quality = new ArrayList<>();
    if (!data.attributes().isEmpty() && data.importance().length > 0) {
      List<Ipa.Attribute> attributes = new ArrayList<>();
      for (int j = 0; j < data.attributes().size(); j++) {
        attributes.add(
            new Ipa.Attribute(
                data.attributes().get(j), mean(data.importance()[j]), mean(data.performance()[j])));
      }
      quality.add(ipa(Ipa.analyse(attributes, data.attributeScale(), Ipa.Crosshairs.MEANS), t));
    }
    if (!data.attributes().isEmpty() && data.overall().length > 0) {
      quality.add(
          drivers(
              KeyDrivers.analyse(
                  data.attributes(), data.performance(), data.overall(), LEVEL, 200, 30),
              t));
    }
    if (!data.kano().isEmpty()) {
      quality.add(kano(data.kano().stream().collect(Kano.collector()), t));
    }
    if (!quality.isEmpty()) {
      sections.add(
          new Section(
              t.get("survey.section.quality"), t.get("survey.section.qualityText"), quality));
    }
    if (sections.isEmpty()) {
      throw CxValidationException.of(
          "SurveyCharts.data", "hold scores with periods or groups, attributes or Kano answers", 0);
    }
    return new Report(t.get("survey.report.title"), source, t, sections);
  }

  private static SurveyAccumulator<NpsResult> newNps() {
    return Nps.accumulator(NpsScale.STANDARD, InputPolicy.REJECT_INVALID);
  }

  private static double mean(double[] values) {
    double s = 0;
    for (double v : values) {
      s += v;
    }
    return s / values.length;
  }

  private static <R> SortedMap<PeriodKey, R> byPeriod(
      SurveyData data,
      int[] scores,
      CalendarPeriod period,
      ZoneId zone,
      java.util.function.Supplier<SurveyAccumulator<R>> make) {
    SortedMap<PeriodKey, SurveyAccumulator<R>> acc = new TreeMap<>();
    for (int i = 0; i < data.size(); i++) {
      Instant at = data.times().get(i).orElseThrow();
      PeriodKey key = new PeriodKey(period, period.start(at, zone));
      add(acc.computeIfAbsent(key, k -> make.get()), scores[i]);
    }
    return results(acc);
  }

  private static <R> SortedMap<String, R> byGroup(
      SurveyData data, int[] scores, java.util.function.Supplier<SurveyAccumulator<R>> make) {
    SortedMap<String, SurveyAccumulator<R>> acc = new TreeMap<>();
    for (int i = 0; i < data.size(); i++) {
      add(acc.computeIfAbsent(data.groups().get(i), k -> make.get()), scores[i]);
    }
    return results(acc);
  }

  private static <R> void add(SurveyAccumulator<R> acc, int score) {
    if (score < 0) {
      acc.addMissing();
    } else {
      acc.add(score);
    }
  }

  private static <K extends Comparable<K>, R> SortedMap<K, R> results(
      SortedMap<K, SurveyAccumulator<R>> acc) {
    SortedMap<K, R> out = new TreeMap<>();
    acc.forEach(
        (k, a) -> {
          if (a.distribution().n() == 0) {
            throw CxValidationException.of(
                "SurveyCharts.group", "hold at least one answer", k.toString());
          }
          out.put(k, a.result());
        });
    return out;
  }
}
