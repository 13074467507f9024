/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.FixturesAccess;
import io.github.cx4j.report.LineChart;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.ScatterChart;
import io.github.cx4j.scoring.quality.Ipa;
import io.github.cx4j.scoring.quality.IpaQuadrant;
import io.github.cx4j.scoring.quality.Kano;
import io.github.cx4j.scoring.quality.KanoFeatureResult;
import io.github.cx4j.scoring.quality.KeyDrivers;
import io.github.cx4j.scoring.survey.CalendarPeriod;
import io.github.cx4j.scoring.survey.Csat;
import io.github.cx4j.scoring.survey.CsatResult;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.PeriodKey;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The survey chart data against the library's own numbers. */
class SurveyChartsTest {
  static final ReportText EN = ReportText.of(Locale.ENGLISH);

  @Test
  void npsByPeriodAndGroupAreThePointsAndScoreIntervals() {
    NpsResult jan = Nps.of(10, 9, 9, 3, 7, 8);
    NpsResult feb = Nps.of(0, 1, 10, 9);
    SortedMap<PeriodKey, NpsResult> byPeriod = new TreeMap<>();
    byPeriod.put(new PeriodKey(CalendarPeriod.MONTH, LocalDate.of(2025, 1, 1)), jan);
    byPeriod.put(new PeriodKey(CalendarPeriod.MONTH, LocalDate.of(2025, 2, 1)), feb);
    LineChart line = SurveyCharts.npsByPeriod(byPeriod, EN);
    assertEquals(List.of("2025-01", "2025-02"), line.xTicks().orElseThrow());
    assertEquals(List.of(jan.points(), feb.points()), line.series().get(0).y());
    assertEquals(
        100 * jan.scoreInterval(0.95).low(),
        line.series().get(0).band().orElseThrow().get(0).low(),
        1e-12);
    SortedMap<String, NpsResult> byGroup = new TreeMap<>();
    byGroup.put("north", jan);
    byGroup.put("south", feb);
    BarChart bars = SurveyCharts.npsByGroup(byGroup, EN);
    assertEquals(List.of("north", "south"), bars.categories());
    assertEquals(
        100 * feb.scoreInterval(0.95).high(),
        bars.series().get(0).intervals().orElseThrow().get(1).high(),
        1e-12);
  }

  @Test
  void csatIsTheTopBoxShareWithWilson() {
    CsatResult r = Csat.of(new int[] {5, 4, 4, 2, 1, 5, 3}, RatingScale.ONE_TO_FIVE, 2);
    SortedMap<String, CsatResult> byGroup = new TreeMap<>();
    byGroup.put("all", r);
    BarChart bars = SurveyCharts.csatByGroup(byGroup, EN);
    assertEquals(100 * r.share(), bars.series().get(0).values().get(0), 1e-12);
    assertEquals(
        100 * r.wilson(0.95).low(),
        bars.series().get(0).intervals().orElseThrow().get(0).low(),
        1e-12);
    SortedMap<PeriodKey, CsatResult> byPeriod = new TreeMap<>();
    byPeriod.put(new PeriodKey(CalendarPeriod.QUARTER, LocalDate.of(2025, 1, 1)), r);
    assertEquals(1, SurveyCharts.csatByPeriod(byPeriod, EN).marks());
  }

  @Test
  void ipaKanoAndDriversPlaceWhatTheLibraryComputed() {
    Ipa.Grid grid =
        Ipa.analyse(
            List.of(new Ipa.Attribute("speed", 8.5, 5.0), new Ipa.Attribute("app", 5.0, 8.0)),
            RatingScale.ONE_TO_TEN,
            Ipa.Crosshairs.MEANS);
    ScatterChart ipa = SurveyCharts.ipa(grid, EN);
    assertEquals(5.0, ipa.points().get(0).x(), 0);
    assertEquals(8.5, ipa.points().get(0).y(), 0);
    assertEquals(IpaQuadrant.CONCENTRATE_HERE.label(Locale.ENGLISH), ipa.points().get(0).group());
    assertEquals(grid.importanceCrosshair(), ipa.crosshairs().orElseThrow().y(), 0);

    SurveyData data = FixturesAccess.survey(600, 4);
    SortedMap<String, KanoFeatureResult> features = data.kano().stream().collect(Kano.collector());
    ScatterChart kano = SurveyCharts.kano(features, EN);
    ScatterChart.Point first = kano.points().get(0);
    KanoFeatureResult r = features.get(first.label());
    assertEquals(Math.abs(r.worse()), first.x(), 0);
    assertEquals(r.better(), first.y(), 0);
    assertEquals(r.dominant().label(Locale.ENGLISH), first.group());

    KeyDrivers.Result drivers =
        KeyDrivers.analyse(data.attributes(), data.performance(), data.overall(), 0.95, 100, 3);
    BarChart bars = SurveyCharts.drivers(drivers, EN);
    double previous = Double.POSITIVE_INFINITY;
    for (int i = 0; i < bars.categories().size(); i++) {
      String name = bars.categories().get(i);
      KeyDrivers.Driver d =
          drivers.drivers().stream().filter(x -> x.driver().equals(name)).findFirst().orElseThrow();
      assertEquals(100 * d.share(), bars.series().get(0).values().get(i), 1e-12);
      assertEquals(
          100 * d.shareInterval().high(),
          bars.series().get(0).intervals().orElseThrow().get(i).high(),
          1e-12);
      assertEquals(true, d.share() <= previous);
      previous = d.share();
    }
  }

  @Test
  void reportHasEveryPartOfTheData() {
    Report r =
        SurveyCharts.report(
            FixturesAccess.survey(800, 2), CalendarPeriod.QUARTER, ZoneOffset.UTC, "x", EN);
    assertEquals(
        List.of(
            "nps-period",
            "nps-group",
            "csat-period",
            "csat-group",
            "ipa-grid",
            "key-drivers",
            "kano-chart"),
        r.blocks().stream().map(b -> b.id()).toList());
    assertEquals(4, ((LineChart) r.blocks().get(0)).marks());
  }

  @Test
  void dataChecksItsLengthsAndTheReportNeedsSomething() {
    assertEquals(
        "SurveyData.recommend must have 1 rows, was 2",
        assertThrows(
                CxValidationException.class,
                () ->
                    new SurveyData(
                        List.of("a"),
                        List.of(Optional.empty()),
                        new int[2],
                        new int[0],
                        RatingScale.ONE_TO_FIVE,
                        2,
                        List.of(),
                        new double[0][],
                        new double[0][],
                        RatingScale.ONE_TO_TEN,
                        new double[0],
                        List.of()))
            .getMessage());
    SurveyData nothing =
        new SurveyData(
            List.of(""),
            List.of(Optional.empty()),
            new int[] {9},
            new int[0],
            RatingScale.ONE_TO_FIVE,
            2,
            List.of(),
            new double[0][],
            new double[0][],
            RatingScale.ONE_TO_TEN,
            new double[0],
            List.of());
    assertEquals(
        "SurveyCharts.data must hold scores with periods or groups, attributes or Kano answers, was 0",
        assertThrows(
                CxValidationException.class,
                () -> SurveyCharts.report(nothing, CalendarPeriod.MONTH, ZoneOffset.UTC, "x", EN))
            .getMessage());
  }
}
