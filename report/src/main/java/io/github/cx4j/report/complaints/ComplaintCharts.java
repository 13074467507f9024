/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.complaints;

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
import io.github.cx4j.report.LineChart;
import io.github.cx4j.report.Range;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Section;
import io.github.cx4j.report.Tiles;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/** The complaint charts and report. */
public final class ComplaintCharts {
  private ComplaintCharts() {}

  /**
   * The key figures: volume, first-contact resolution, times, reopen and escalation rates,
   * satisfaction after resolution.
   *
   * @param r the library's KPIs
   * @param t the texts
   * @return the tiles
   */
  public static Tiles kpiTiles(KpiReport r, ReportText t) {
    List<Tiles.Tile> tiles = new ArrayList<>();
    tiles.add(
        new Tiles.Tile(
            t.get("complaints.kpi.volume"),
            ReportText.number(r.complaints(), 0),
            t.format("complaints.kpi.customers", r.distinctCustomers())));
    tiles.add(rate(t.get("complaints.kpi.fcr"), r.firstContactResolution()));
    tiles.add(time(t.get("complaints.kpi.ack"), r.timeToAcknowledge(), t));
    tiles.add(time(t.get("complaints.kpi.resolve"), r.timeToResolution(), t));
    tiles.add(rate(t.get("complaints.kpi.reopen"), r.reopenRate()));
    tiles.add(rate(t.get("complaints.kpi.escalation"), r.escalationRate()));
    tiles.add(
        new Tiles.Tile(
            t.get("complaints.kpi.satisfaction"),
            ReportText.number(r.satisfactionAfterResolution().mean(), 2),
            "95% "
                + ReportText.number(r.satisfactionAfterResolution().interval().low(), 2)
                + "-"
                + ReportText.number(r.satisfactionAfterResolution().interval().high(), 2)
                + ", n = "
                + r.satisfactionAfterResolution().n()));
    return new Tiles("kpi-tiles", t.get("complaints.kpi.title"), tiles);
  }

  private static Tiles.Tile rate(String label, Rate r) {
    return new Tiles.Tile(
        label,
        ReportText.percent(r.value()),
        "95% "
            + ReportText.percent(r.interval().low())
            + "-"
            + ReportText.percent(r.interval().high())
            + ", "
            + r.count()
            + " / "
            + r.n());
  }

  private static Tiles.Tile time(String label, DurationStats d, ReportText t) {
    return new Tiles.Tile(
        label,
        t.format("complaints.hours", hours(d.median())),
        t.format("complaints.kpi.p90", hours(d.p90()), d.n()));
  }

  static double hours(Duration d) {
    return d.getSeconds() / 3600.0 + d.getNano() / 3.6e12;
  }

  /**
   * The distribution of a time (to acknowledge, or to resolve) in hours: equal bins up to the 99th
   * percentile and one for the rest, with the library's median and 90th percentile as reference
   * lines.
   *
   * @param id the block id
   * @param title the title
   * @param seconds the times in seconds of the complaints that have them
   * @param stats the library's median and p90 of the same times
   * @param t the texts
   * @return the histogram
   */
  public static BarChart durationHistogram(
      String id, String title, long[] seconds, DurationStats stats, ReportText t) {
    if (seconds.length == 0) {
      throw CxValidationException.of("ComplaintCharts.times", "hold at least one time", id);
    }
    double[] h = new double[seconds.length];
    for (int i = 0; i < h.length; i++) {
      h[i] = seconds[i] / 3600.0;
    }
    Arrays.sort(h);
    double top = h[(int) Math.floor(0.99 * (h.length - 1))];
    if (!(top > 0)) {
      top = Math.max(h[h.length - 1], 1);
    }
    int bins = 24;
    double width = top / bins;
    double[] counts = new double[bins + 1];
    for (double v : h) {
      counts[v >= top ? bins : (int) Math.floor(v / width)]++;
    }
    List<String> categories = new ArrayList<>();
    int decimals = width < 1 ? 1 : 0;
    for (int b = 0; b < bins; b++) {
      categories.add(ReportText.number(b * width, decimals));
    }
    categories.add("≥ " + ReportText.number(top, decimals));
    double median = hours(stats.median());
    double p90 = hours(stats.p90());
    return new BarChart(
        id,
        title,
        t.get("complaints.hoursAxis"),
        t.get("complaints.count"),
        categories,
        List.of(BarChart.Series.of(t.get("complaints.count"), boxed(counts))),
        false,
        List.of(
            new LineChart.Marker(
                Math.min(median / width, bins + 0.5), t.format("complaints.median", median)),
            new LineChart.Marker(
                Math.min(p90 / width, bins + 0.5), t.format("complaints.p90", p90))));
  }

  /** The times between two columns, in seconds, of the rows that have both. */
  static long[] between(long[] from, long[] to) {
    long[] out = new long[from.length];
    int n = 0;
    for (int i = 0; i < from.length; i++) {
      if (from[i] != ComplaintColumns.NONE && to[i] != ComplaintColumns.NONE && to[i] >= from[i]) {
        out[n++] = to[i] - from[i];
      }
    }
    return Arrays.copyOf(out, n);
  }

  /**
   * SLA breaches by week of receipt (weeks starting on Monday, UTC): complaints acknowledged later
   * than the target, or not at all, and complaints resolved later than the target, or not resolved
   * within it by {@code asOf}. Complaints whose target had not yet passed by {@code asOf} and are
   * still open are not counted as breaches.
   *
   * @param c the complaints as columns
   * @param acknowledgeTarget the acknowledgement target
   * @param resolveTarget the resolution target
   * @param asOf the moment of the report, epoch seconds
   * @param t the texts
   * @return the chart, series acknowledgement then resolution breaches; x is the week index
   */
  public static LineChart slaBreaches(
      ComplaintColumns c,
      Duration acknowledgeTarget,
      Duration resolveTarget,
      long asOf,
      ReportText t) {
    TreeMap<LocalDate, double[]> weeks = new TreeMap<>();
    long ack = acknowledgeTarget.getSeconds();
    long res = resolveTarget.getSeconds();
    for (int i = 0; i < c.size(); i++) {
      LocalDate day =
          java.time.Instant.ofEpochSecond(c.receivedAt()[i]).atZone(ZoneOffset.UTC).toLocalDate();
      LocalDate monday = day.minusDays(day.getDayOfWeek().getValue() - 1L);
      double[] w = weeks.computeIfAbsent(monday, k -> new double[2]);
      w[0] += breached(c.receivedAt()[i], c.acknowledgedAt()[i], ack, asOf) ? 1 : 0;
      w[1] += breached(c.receivedAt()[i], c.resolvedAt()[i], res, asOf) ? 1 : 0;
    }
    if (!weeks.isEmpty()) {
      for (LocalDate d = weeks.firstKey(); d.isBefore(weeks.lastKey()); d = d.plusWeeks(1)) {
        weeks.computeIfAbsent(d, k -> new double[2]);
      }
    }
    List<Double> x = new ArrayList<>();
    List<Double> a = new ArrayList<>();
    List<Double> r = new ArrayList<>();
    List<String> ticks = new ArrayList<>();
    weeks.forEach(
        (d, w) -> {
          x.add((double) ticks.size());
          ticks.add(d.toString().substring(5));
          a.add(w[0]);
          r.add(w[1]);
        });
    return new LineChart(
        "sla-breaches",
        t.format("complaints.sla.title", hours(acknowledgeTarget), hours(resolveTarget)),
        t.get("complaints.sla.x"),
        t.get("complaints.count"),
        List.of(
            LineChart.Series.of(t.get("complaints.sla.ack"), x, a),
            LineChart.Series.of(t.get("complaints.sla.resolve"), x, r)),
        Optional.of(ticks),
        Optional.empty());
  }

  static boolean breached(long start, long done, long target, long asOf) {
    if (done != ComplaintColumns.NONE) {
      return done - start > target;
    }
    return asOf - start > target;
  }

  /**
   * Reopen and escalation rates per category, in percent, with 95% Wilson intervals ({@link
   * Rate#of}): the share of a category's complaints reopened at least once, and the share escalated
   * at least one level. Complaints not yet assessed form the category "-".
   *
   * @param c the complaints as columns
   * @param t the texts
   * @return the chart, series reopen then escalation
   */
  public static BarChart ratesByCategory(ComplaintColumns c, ReportText t) {
    int k = c.categoryNames().size();
    long[] n = new long[k + 1];
    long[] reopened = new long[k + 1];
    long[] escalated = new long[k + 1];
    for (int i = 0; i < c.size(); i++) {
      int cat = c.category()[i] < 0 ? k : c.category()[i];
      n[cat]++;
      reopened[cat] += c.reopens()[i] > 0 ? 1 : 0;
      escalated[cat] += c.escalationLevel()[i] > 0 ? 1 : 0;
    }
    List<String> names = new ArrayList<>();
    List<Double> rv = new ArrayList<>();
    List<Double> ev = new ArrayList<>();
    List<Range> ri = new ArrayList<>();
    List<Range> ei = new ArrayList<>();
    for (int j = 0; j <= k; j++) {
      if (n[j] == 0) {
        continue;
      }
      names.add(j == k ? "-" : c.categoryNames().get(j));
      Rate r = Rate.of(reopened[j], n[j]);
      Rate e = Rate.of(escalated[j], n[j]);
      rv.add(100 * r.value());
      ri.add(new Range(100 * r.interval().low(), 100 * r.interval().high()));
      ev.add(100 * e.value());
      ei.add(new Range(100 * e.interval().low(), 100 * e.interval().high()));
    }
    return new BarChart(
        "rates-by-category",
        t.get("complaints.rates.title"),
        t.get("complaints.category"),
        t.get("complaints.rates.y"),
        names,
        List.of(
            new BarChart.Series(t.get("complaints.rates.reopen"), rv, Optional.of(ri)),
            new BarChart.Series(t.get("complaints.rates.escalation"), ev, Optional.of(ei))),
        true);
  }

  /**
   * The iceberg: complaints received against the dissatisfied customers they stand for, the silent
   * ones and the reach of word of mouth, from the library's estimate.
   *
   * @param e the estimate
   * @param t the texts
   * @return the chart
   */
  public static BarChart iceberg(IcebergEstimate e, ReportText t) {
    return new BarChart(
        "iceberg",
        t.format("complaints.iceberg.title", 100 * e.complaintRate()),
        "",
        t.get("complaints.iceberg.x"),
        List.of(
            t.get("complaints.iceberg.complaints"),
            t.get("complaints.iceberg.dissatisfied"),
            t.get("complaints.iceberg.silent"),
            t.get("complaints.iceberg.reach")),
        List.of(
            BarChart.Series.of(
                t.get("complaints.iceberg.x"),
                List.of(
                    (double) e.complaints(), e.dissatisfied(), e.silent(), e.wordOfMouthReach()))),
        true);
  }

  /**
   * The complaints report.
   *
   * @param complaints the complaint states
   * @param options the KPI options
   * @param complaintRate the assumed share of dissatisfied customers who complain, for the iceberg
   * @param acknowledgeTarget the acknowledgement target of the SLA chart
   * @param resolveTarget the resolution target of the SLA chart
   * @param source a line naming the data
   * @param t the texts
   * @return the report
   * @throws CxValidationException if there is no complaint
   */
  public static Report report(
      Collection<Complaint> complaints,
      KpiOptions options,
      double complaintRate,
      Duration acknowledgeTarget,
      Duration resolveTarget,
      String source,
      ReportText t) {
    if (complaints.isEmpty()) {
      throw CxValidationException.of("ComplaintCharts.complaints", "hold a complaint", 0);
    }
    KpiReport kpis = ComplaintKpis.of(complaints, options);
    ComplaintColumns c = ComplaintColumns.of(complaints, options.currency());
    IcebergEstimate iceberg =
        Iceberg.estimate(
            kpis.complaints(),
            complaintRate,
            Iceberg.DEFAULT_TELL_OTHERS_SHARE,
            Iceberg.DEFAULT_LISTENERS_PER_TELLER);
    long asOf = Long.MIN_VALUE;
    for (int i = 0; i < c.size(); i++) {
      asOf = Math.max(asOf, c.receivedAt()[i]);
      asOf = Math.max(asOf, c.acknowledgedAt()[i]);
      asOf = Math.max(asOf, c.resolvedAt()[i]);
    }
    List<io.github.cx4j.report.Block> times = new ArrayList<>();
    long[] ack = between(c.receivedAt(), c.acknowledgedAt());
    if (ack.length > 0) {
      times.add(
          durationHistogram(
              "time-to-acknowledge",
              t.get("complaints.ack.title"),
              ack,
              kpis.timeToAcknowledge(),
              t));
    }
    long[] res = between(c.receivedAt(), c.resolvedAt());
    if (res.length > 0) {
      times.add(
          durationHistogram(
              "time-to-resolve",
              t.get("complaints.resolve.title"),
              res,
              kpis.timeToResolution(),
              t));
    }
    times.add(slaBreaches(c, acknowledgeTarget, resolveTarget, asOf, t));
    List<Section> sections = new ArrayList<>();
    sections.add(
        new Section(
            t.get("complaints.section.kpi"),
            t.format("complaints.section.kpiText", kpis.repeatWindowDays()),
            List.of(kpiTiles(kpis, t))));
    sections.add(
        new Section(t.get("complaints.section.time"), t.get("complaints.section.timeText"), times));
    sections.add(
        new Section(
            t.get("complaints.section.category"),
            t.get("complaints.section.categoryText"),
            List.of(ratesByCategory(c, t), iceberg(iceberg, t))));
    return new Report(t.get("complaints.report.title"), source, t, sections);
  }

  private static List<Double> boxed(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
