/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.report.BarChart;
import io.github.cx4j.report.Heatmap;
import io.github.cx4j.report.LineChart;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.Table;
import io.github.cx4j.report.Tiles;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.HoldoutComparison;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.segmentation.tier.Tiering;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The customer-value charts: the diagnostics of buy-till-you-die models after Fader, Hardie and Lee
 * ("Counting your customers the easy way: an alternative to the Pareto/NBD model", 2005: Figures
 * 2-4) and the plots of the Python package lifetimes (period transactions, calibration vs holdout,
 * frequency/recency matrices). Every method aggregates before it draws: the chart holds one value
 * per bucket, cell or week, never one per customer.
 */
public final class ClvCharts {
  private ClvCharts() {}

  /**
   * Period transactions: how many customers made 0, 1, ... repeat purchases in the calibration
   * period, actual and as the model expects ({@code sum_i P(X(T_i) = n)}, the last bucket taking
   * the rest of each customer's probability).
   *
   * @param model the fitted model
   * @param cal the calibration summaries
   * @param buckets the number of buckets, the last pooling {@code buckets - 1} and more, 2..50
   * @param t the texts
   * @return the chart, series actual then model
   */
  public static BarChart periodTransactions(
      PurchaseModel model, RepeatSummaries cal, int buckets, ReportText t) {
    return periodTransactions(model, cal.frequency(), cal.age(), buckets, t);
  }

  /**
   * Period transactions from summary columns (for example a {@code cx4j summarize} file), as {@link
   * #periodTransactions(PurchaseModel, RepeatSummaries, int, ReportText)} draws them.
   *
   * @param model the fitted model
   * @param frequency repeat purchases per customer
   * @param age age T per customer, in the model's unit
   * @param buckets the number of buckets, the last pooling {@code buckets - 1} and more, 2..50
   * @param t the texts
   * @return the chart, series actual then model
   * @throws CxValidationException if the columns differ in length or buckets is out of range
   */
  public static BarChart periodTransactions(
      PurchaseModel model, int[] frequency, double[] age, int buckets, ReportText t) {
    if (buckets < 2 || buckets > 50) {
      throw CxValidationException.of("ClvCharts.buckets", "be within 2..50", buckets);
    }
    if (age.length != frequency.length) {
      throw CxValidationException.of(
          "ClvCharts.age", "have one value per frequency (" + frequency.length + ")", age.length);
    }
    double[] actual = new double[buckets];
    TreeMap<Double, Integer> ages = new TreeMap<>();
    for (int i = 0; i < frequency.length; i++) {
      actual[Math.min(frequency[i], buckets - 1)]++;
      ages.merge(age[i], 1, Integer::sum);
    }
    double[] expected = new double[buckets];
    ages.forEach(
        (customerAge, count) -> {
          double rest = 1;
          for (int n = 0; n < buckets - 1; n++) {
            double p = model.probabilityOfPurchases(n, customerAge);
            expected[n] += count * p;
            rest -= p;
          }
          expected[buckets - 1] += count * Math.max(0, rest);
        });
    List<String> categories = new ArrayList<>();
    for (int n = 0; n < buckets; n++) {
      categories.add(n == buckets - 1 ? n + "+" : String.valueOf(n));
    }
    return new BarChart(
        "period-transactions",
        t.get("clv.period.title"),
        t.get("clv.period.x"),
        t.get("clv.customers"),
        categories,
        List.of(
            BarChart.Series.of(t.get("clv.actual"), boxed(actual)),
            BarChart.Series.of(t.get("clv.model"), boxed(expected))),
        false);
  }

  /**
   * Calibration vs holdout: mean holdout purchases per customer by calibration frequency, actual
   * and predicted ({@link Clv#holdout}).
   *
   * @param comparison the library's comparison
   * @param t the texts
   * @return the chart, series actual then model; x is the calibration frequency
   */
  public static LineChart calibrationVsHoldout(HoldoutComparison comparison, ReportText t) {
    List<Double> x = new ArrayList<>();
    List<Double> actual = new ArrayList<>();
    List<Double> predicted = new ArrayList<>();
    List<String> ticks = new ArrayList<>();
    for (HoldoutComparison.Row r : comparison.rows()) {
      if (r.customers() == 0) {
        continue;
      }
      x.add((double) ticks.size());
      ticks.add(r.pooled() ? r.frequency() + "+" : String.valueOf(r.frequency()));
      actual.add(r.actual());
      predicted.add(r.predicted());
    }
    return new LineChart(
        "calibration-holdout",
        t.get("clv.holdout.title"),
        t.get("clv.holdout.x"),
        t.get("clv.holdout.y"),
        List.of(
            LineChart.Series.of(t.get("clv.actual"), x, actual),
            new LineChart.Series(t.get("clv.model"), x, predicted, Optional.empty(), true)),
        Optional.of(ticks),
        Optional.empty());
  }

  /**
   * Repeat transactions week by week, actual and expected, over calibration and holdout.
   *
   * @param weeks the week numbers (1-based, from the first day of the log)
   * @param actualWeekly actual repeat transactions per week
   * @param expectedWeekly expected repeat transactions per week
   * @param calibrationWeeks where the calibration period ends, in weeks from the first day
   */
  public record Tracking(
      List<Double> weeks,
      List<Double> actualWeekly,
      List<Double> expectedWeekly,
      double calibrationWeeks) {
    /** Copies the columns. */
    public Tracking {
      weeks = List.copyOf(weeks);
      actualWeekly = List.copyOf(actualWeekly);
      expectedWeekly = List.copyOf(expectedWeekly);
    }

    /**
     * Cumulative actual repeat transactions.
     *
     * @return the running sums
     */
    public List<Double> actualCumulative() {
      return cumulative(actualWeekly);
    }

    /**
     * Cumulative expected repeat transactions.
     *
     * @return the running sums
     */
    public List<Double> expectedCumulative() {
      return cumulative(expectedWeekly);
    }

    private static List<Double> cumulative(List<Double> weekly) {
      List<Double> out = new ArrayList<>(weekly.size());
      double sum = 0;
      for (double v : weekly) {
        sum += v;
        out.add(sum);
      }
      return out;
    }
  }

  /**
   * The tracking data of Fader, Hardie and Lee (2005, Figures 2 and 3): repeat transactions per
   * week from the log's first day to {@code holdoutEnd}, actual (days with a purchase after a
   * customer's first, as in the summaries) and expected ({@code sum_i E[X(t - s_i)]} over the
   * customers' first-purchase days {@code s_i}, grouped by day).
   *
   * @param log the purchases
   * @param model the model fitted in weeks
   * @param calibrationEnd the last day of the calibration period
   * @param holdoutEnd the last day of the holdout period
   * @return the weekly series
   */
  public static Tracking tracking(
      TransactionLog log, PurchaseModel model, LocalDate calibrationEnd, LocalDate holdoutEnd) {
    if (!holdoutEnd.isAfter(calibrationEnd)) {
      throw CxValidationException.of(
          "ClvCharts.holdoutEnd", "be after the calibration end " + calibrationEnd, holdoutEnd);
    }
    int start = (int) log.firstDate().toEpochDay();
    int last = (int) holdoutEnd.toEpochDay();
    int[] customer = log.customerIndex();
    int[] day = log.epochDays();
    long[] keys = new long[day.length];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = ((long) customer[i] << 32) | (day[i] - start);
    }
    Arrays.sort(keys);
    int weeks = (last - start) / 7 + 1;
    double[] actual = new double[weeks];
    TreeMap<Integer, Integer> cohorts = new TreeMap<>();
    long previous = -1;
    long currentCustomer = -1;
    for (long k : keys) {
      if (k == previous) {
        continue;
      }
      previous = k;
      long c = k >>> 32;
      int d = (int) (k & 0xffffffffL);
      if (c != currentCustomer) {
        currentCustomer = c;
        cohorts.merge(d, 1, Integer::sum);
      } else if (d <= last - start) {
        actual[d / 7]++;
      }
    }
    double[] cumulativeModel = new double[weeks];
    for (int w = 0; w < weeks; w++) {
      int endDay = Math.min((w + 1) * 7, last - start + 1);
      double sum = 0;
      for (var e : cohorts.entrySet()) {
        if (e.getKey() >= endDay) {
          break;
        }
        sum += e.getValue() * model.expectedPurchases((endDay - e.getKey() - 1) / 7.0);
      }
      cumulativeModel[w] = sum;
    }
    List<Double> x = new ArrayList<>();
    List<Double> a = new ArrayList<>();
    List<Double> m = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      x.add(w + 1.0);
      a.add(actual[w]);
      m.add(cumulativeModel[w] - (w == 0 ? 0 : cumulativeModel[w - 1]));
    }
    double calWeeks = (calibrationEnd.toEpochDay() - start + 1) / 7.0;
    return new Tracking(x, a, m, calWeeks);
  }

  /**
   * The cumulative tracking chart.
   *
   * @param tracking the data
   * @param t the texts
   * @return the chart, series actual then model
   */
  public static LineChart cumulativeTracking(Tracking tracking, ReportText t) {
    return trackingChart(
        "tracking-cumulative",
        t.get("clv.tracking.cumulative"),
        tracking,
        tracking.actualCumulative(),
        tracking.expectedCumulative(),
        t);
  }

  /**
   * The weekly tracking chart.
   *
   * @param tracking the data
   * @param t the texts
   * @return the chart, series actual then model
   */
  public static LineChart weeklyTracking(Tracking tracking, ReportText t) {
    return trackingChart(
        "tracking-weekly",
        t.get("clv.tracking.weekly"),
        tracking,
        tracking.actualWeekly(),
        tracking.expectedWeekly(),
        t);
  }

  private static LineChart trackingChart(
      String id,
      String title,
      Tracking tracking,
      List<Double> actual,
      List<Double> expected,
      ReportText t) {
    return new LineChart(
        id,
        title,
        t.get("clv.week"),
        t.get("clv.repeatTransactions"),
        List.of(
            LineChart.Series.of(t.get("clv.actual"), tracking.weeks(), actual),
            new LineChart.Series(
                t.get("clv.model"), tracking.weeks(), expected, Optional.empty(), true)),
        Optional.empty(),
        Optional.of(
            new LineChart.Marker(tracking.calibrationWeeks(), t.get("clv.calibrationEnd"))));
  }

  /**
   * The frequency/recency matrix of a model for a customer of age {@code age}: rows are the
   * frequency x (0 at the top), columns the recency t_x in {@code columns} equal steps from 0 to
   * {@code age}; each cell is E[Y(horizon) | x, t_x, T] or, with {@code alive}, P(alive | x, t_x,
   * T). A customer without repeat purchases has recency 0 only, so row 0 has one cell.
   *
   * @param model the model
   * @param age the age T of the matrix, positive
   * @param maxFrequency the last row, 1..100
   * @param columns the number of recency columns, 2..60
   * @param horizon the future period of the expectation, in model units
   * @param alive whether the cells are P(alive) instead of expected purchases
   * @param t the texts
   * @return the heatmap
   */
  public static Heatmap frequencyRecency(
      PurchaseModel model,
      double age,
      int maxFrequency,
      int columns,
      double horizon,
      boolean alive,
      ReportText t) {
    if (!(age > 0) || !Double.isFinite(age)) {
      throw CxValidationException.of("ClvCharts.age", "be positive and finite", age);
    }
    if (maxFrequency < 1 || maxFrequency > 100) {
      throw CxValidationException.of("ClvCharts.maxFrequency", "be within 1..100", maxFrequency);
    }
    if (columns < 2 || columns > 60) {
      throw CxValidationException.of("ClvCharts.columns", "be within 2..60", columns);
    }
    List<String> rows = new ArrayList<>();
    for (int x = 0; x <= maxFrequency; x++) {
      rows.add(String.valueOf(x));
    }
    List<String> cols = new ArrayList<>();
    List<Heatmap.Cell> cells = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      double tx = age * c / (columns - 1);
      cols.add(ReportText.number(tx, tx < 10 ? 1 : 0));
      for (int x = 0; x <= maxFrequency; x++) {
        if (x == 0 && c > 0) {
          continue;
        }
        double v =
            alive
                ? model.probabilityAlive(x, tx, age)
                : model.conditionalExpectedPurchases(horizon, x, tx, age);
        cells.add(new Heatmap.Cell(x, c, v));
      }
    }
    return new Heatmap(
        alive ? "matrix-alive" : "matrix-expected",
        alive ? t.format("clv.matrix.alive", age) : t.format("clv.matrix.expected", horizon, age),
        t.get("clv.recency"),
        t.get("clv.frequency"),
        cols,
        rows,
        cells,
        2);
  }

  /**
   * The distribution of CLV: customers per value bin, equal bins from 0 to the 99th percentile and
   * a last bin for the rest; negative values (a negative margin) fall in the first bin.
   *
   * @param clv the CLV per customer, finite
   * @param bins the number of equal bins below the 99th percentile, 2..60
   * @param t the texts
   * @return the histogram
   */
  public static BarChart clvDistribution(double[] clv, int bins, ReportText t) {
    if (clv.length == 0) {
      throw CxValidationException.of("ClvCharts.clv", "hold at least one customer", 0);
    }
    if (bins < 2 || bins > 60) {
      throw CxValidationException.of("ClvCharts.bins", "be within 2..60", bins);
    }
    double[] sorted = clv.clone();
    Arrays.sort(sorted);
    for (double v : sorted) {
      if (!Double.isFinite(v)) {
        throw CxValidationException.of("ClvCharts.clv", "be finite", v);
      }
    }
    double top = sorted[(int) Math.floor(0.99 * (sorted.length - 1))];
    if (!(top > 0)) {
      top = Math.max(sorted[sorted.length - 1], 1e-9);
    }
    double width = top / bins;
    double[] counts = new double[bins + 1];
    for (double v : clv) {
      int b = v >= top ? bins : (int) Math.max(0, Math.floor(v / width));
      counts[Math.min(b, bins)]++;
    }
    List<String> categories = new ArrayList<>();
    for (int b = 0; b < bins; b++) {
      categories.add(ReportText.number(b * width, width < 1 ? 2 : 0));
    }
    categories.add("≥ " + ReportText.number(top, width < 1 ? 2 : 0));
    return new BarChart(
        "clv-distribution",
        t.get("clv.distribution.title"),
        t.get("clv.distribution.x"),
        t.get("clv.customers"),
        categories,
        List.of(BarChart.Series.of(t.get("clv.customers"), boxed(counts))),
        false);
  }

  /**
   * Key figures of the CLV column: total, mean, median and the top-decile share (the share of the
   * total held by the 10% of customers with the highest CLV, from {@link Tiering#curve}).
   *
   * @param clv the CLV per customer
   * @param t the texts
   * @return the tiles
   */
  public static Tiles clvTiles(double[] clv, ReportText t) {
    if (clv.length == 0) {
      throw CxValidationException.of("ClvCharts.clv", "hold at least one customer", 0);
    }
    double total = 0;
    for (double v : clv) {
      total += v;
    }
    double[] sorted = clv.clone();
    Arrays.sort(sorted);
    double median =
        sorted.length % 2 == 1
            ? sorted[sorted.length / 2]
            : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    double topDecile = topDecileShare(clv);
    return new Tiles(
        "clv-tiles",
        t.get("clv.tiles.title"),
        List.of(
            new Tiles.Tile(t.get("clv.tiles.customers"), ReportText.number(clv.length, 0), ""),
            new Tiles.Tile(t.get("clv.tiles.total"), ReportText.number(total, 0), ""),
            new Tiles.Tile(t.get("clv.tiles.mean"), ReportText.number(total / clv.length, 2), ""),
            new Tiles.Tile(t.get("clv.tiles.median"), ReportText.number(median, 2), ""),
            new Tiles.Tile(
                t.get("clv.tiles.topDecile"),
                ReportText.percent(topDecile),
                t.get("clv.tiles.topDecileDetail"))));
  }

  /**
   * The share of the total CLV held by the top 10% of customers (negative values count as 0).
   *
   * @param clv the CLV per customer
   * @return the share, 0..1
   */
  public static double topDecileShare(double[] clv) {
    return Tiering.curve(clv, 11).valueShareOfTop(0.1);
  }

  /**
   * The holdout evaluation table: one row per model.
   *
   * @param evaluations the evaluations, in display order
   * @param t the texts
   * @return the table
   */
  public static Table evaluationTable(List<ModelEvaluation> evaluations, ReportText t) {
    List<List<String>> rows = new ArrayList<>();
    for (ModelEvaluation e : evaluations) {
      rows.add(
          List.of(
              e.model().label(t.locale()),
              ReportText.number(e.mae(), 4),
              ReportText.number(e.rmse(), 4),
              ReportText.number(e.predictedTotal(), 1),
              ReportText.number(e.actualTotal(), 0),
              String.format(java.util.Locale.ROOT, "%+.2f%%", 100 * e.aggregateError()),
              ReportText.number(e.logLikelihood(), 2),
              ReportText.number(e.aic(), 2),
              ReportText.number(e.bic(), 2),
              e.converged() ? t.get("clv.eval.yes") : t.get("clv.eval.no")));
    }
    return new Table(
        "holdout-evaluation",
        t.get("clv.eval.title"),
        List.of(
            t.get("clv.eval.model"),
            t.get("clv.eval.mae"),
            t.get("clv.eval.rmse"),
            t.get("clv.eval.predicted"),
            t.get("clv.eval.actual"),
            t.get("clv.eval.aggregate"),
            t.get("clv.eval.ll"),
            "AIC",
            "BIC",
            t.get("clv.eval.converged")),
        rows);
  }

  /**
   * The fit table of a report drawn without a holdout: one row per model with its log-likelihood,
   * AIC ({@code 2k - 2 LL}) and BIC ({@code k ln n - 2 LL}).
   *
   * @param fits the fits, in display order
   * @param customers the customers the models were fitted on (n of the BIC)
   * @param t the texts
   * @return the table
   */
  public static Table fitTable(List<ValueFit> fits, long customers, ReportText t) {
    if (customers < 1) {
      throw CxValidationException.of("ClvCharts.customers", "be at least 1", customers);
    }
    List<List<String>> rows = new ArrayList<>();
    for (ValueFit f : fits) {
      int k = f.model().parameterNames().size();
      double ll = f.logLikelihood();
      rows.add(
          List.of(
              f.model().label(t.locale()),
              ReportText.number(ll, 2),
              ReportText.number(2 * k - 2 * ll, 2),
              ReportText.number(k * Math.log(customers) - 2 * ll, 2),
              f.converged() ? t.get("clv.eval.yes") : t.get("clv.eval.no")));
    }
    return new Table(
        "model-fit",
        t.get("clv.fit.title"),
        List.of(
            t.get("clv.eval.model"),
            t.get("clv.eval.ll"),
            "AIC",
            "BIC",
            t.get("clv.eval.converged")),
        rows);
  }

  /**
   * Evaluates a fit on a calibration/holdout split.
   *
   * @param fit the fit on {@code split.calibration()}
   * @param split the split
   * @return the evaluation
   */
  public static ModelEvaluation evaluate(ValueFit fit, CalibrationHoldout split) {
    return ModelEvaluation.of(fit, split);
  }

  static List<Double> boxed(double[] values) {
    List<Double> out = new ArrayList<>(values.length);
    for (double v : values) {
      out.add(v);
    }
    return out;
  }
}
