/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.kpi.ComplaintColumns;
import io.github.cx4j.complaints.kpi.ComplaintKpis;
import io.github.cx4j.complaints.kpi.DurationStats;
import io.github.cx4j.complaints.kpi.Iceberg;
import io.github.cx4j.complaints.kpi.IcebergEstimate;
import io.github.cx4j.complaints.kpi.KpiOptions;
import io.github.cx4j.complaints.kpi.KpiReport;
import io.github.cx4j.complaints.kpi.Rate;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.FixturesAccess;
import io.github.cx4j.report.LineChart;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Tiles;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The complaint chart data against the library's own KPIs. */
class ComplaintChartsTest {
  static final ReportText EN = ReportText.of(Locale.ENGLISH);

  @Test
  void tilesAreTheKpis() {
    Collection<Complaint> complaints = FixturesAccess.complaints(300, 2);
    KpiReport r = ComplaintKpis.of(complaints, KpiOptions.defaults());
    Tiles tiles = ComplaintCharts.kpiTiles(r, EN);
    assertEquals(String.valueOf(r.complaints()), tiles.tiles().get(0).value().replace(",", ""));
    assertEquals(
        String.format(Locale.ROOT, "%.1f%%", 100 * r.reopenRate().value()),
        tiles.tiles().get(4).value());
    assertEquals(
        String.format(Locale.ROOT, "%.1f h", r.timeToAcknowledge().median().getSeconds() / 3600.0),
        tiles.tiles().get(2).value());
  }

  @Test
  void histogramCountsEveryTimeAndMarksTheLibrarysMedianAndP90() {
    long[] seconds = {600, 1200, 3600, 7200, 7200, 36_000, 90_000};
    DurationStats stats =
        new DurationStats(7, Duration.ofSeconds(7200), Duration.ofSeconds(50_000));
    BarChart h = ComplaintCharts.durationHistogram("t", "t", seconds, stats, EN);
    assertEquals(7, h.series().get(0).values().stream().mapToDouble(Double::doubleValue).sum(), 0);
    double width = (36_000 / 3600.0) / 24;
    assertEquals(2.0 / width, h.markers().get(0).x(), 1e-9);
    assertEquals("median 2.0 h", h.markers().get(0).label());
    assertEquals("p90 13.9 h", h.markers().get(1).label());
    assertEquals(
        "ComplaintCharts.times must hold at least one time, was \"t\"",
        assertThrows(
                CxValidationException.class,
                () -> ComplaintCharts.durationHistogram("t", "t", new long[0], stats, EN))
            .getMessage());
  }

  @Test
  void breachesAndRatesByCategoryAreCountedPerComplaint() {
    Collection<Complaint> complaints = FixturesAccess.complaints(400, 3);
    ComplaintColumns c = ComplaintColumns.of(complaints, KpiOptions.defaults().currency());
    long asOf = Long.MIN_VALUE;
    for (long v : c.resolvedAt()) {
      asOf = Math.max(asOf, v);
    }
    LineChart sla =
        ComplaintCharts.slaBreaches(c, Duration.ofHours(24), Duration.ofDays(7), asOf, EN);
    long ack = 0;
    long res = 0;
    for (int i = 0; i < c.size(); i++) {
      ack +=
          ComplaintCharts.breached(c.receivedAt()[i], c.acknowledgedAt()[i], 86_400, asOf) ? 1 : 0;
      res +=
          ComplaintCharts.breached(c.receivedAt()[i], c.resolvedAt()[i], 7 * 86_400, asOf) ? 1 : 0;
    }
    assertEquals(ack, sla.series().get(0).y().stream().mapToDouble(Double::doubleValue).sum(), 0);
    assertEquals(res, sla.series().get(1).y().stream().mapToDouble(Double::doubleValue).sum(), 0);
    assertTrue(ComplaintCharts.breached(0, 100, 50, 0));
    assertFalse(ComplaintCharts.breached(0, 40, 50, 1000));
    assertTrue(ComplaintCharts.breached(0, ComplaintColumns.NONE, 50, 60));
    assertFalse(ComplaintCharts.breached(0, ComplaintColumns.NONE, 50, 40));

    BarChart rates = ComplaintCharts.ratesByCategory(c, EN);
    String first = rates.categories().get(0);
    int index = c.categoryNames().indexOf(first);
    long n = 0;
    long reopened = 0;
    for (int i = 0; i < c.size(); i++) {
      if (c.category()[i] == index) {
        n++;
        reopened += c.reopens()[i] > 0 ? 1 : 0;
      }
    }
    Rate r = Rate.of(reopened, n);
    assertEquals(100 * r.value(), rates.series().get(0).values().get(0), 1e-12);
    assertEquals(
        100 * r.interval().high(),
        rates.series().get(0).intervals().orElseThrow().get(0).high(),
        1e-12);
  }

  @Test
  void icebergIsTheEstimate() {
    IcebergEstimate e = Iceberg.estimate(120, 0.04, Iceberg.DEFAULT_TELL_OTHERS_SHARE, 9);
    BarChart b = ComplaintCharts.iceberg(e, EN);
    assertEquals(
        List.of(120.0, e.dissatisfied(), e.silent(), e.wordOfMouthReach()),
        b.series().get(0).values());
    assertEquals(
        "ComplaintCharts.complaints must hold a complaint, was 0",
        assertThrows(
                CxValidationException.class,
                () ->
                    ComplaintCharts.report(
                        List.of(),
                        KpiOptions.defaults(),
                        0.04,
                        Duration.ofHours(1),
                        Duration.ofHours(2),
                        "x",
                        EN))
            .getMessage());
  }
}
