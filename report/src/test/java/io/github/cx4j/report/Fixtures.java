/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.complaints.kpi.ComplaintKpis;
import io.github.cx4j.complaints.kpi.KpiOptions;
import io.github.cx4j.complaints.kpi.SyntheticHistory;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.report.complaints.ComplaintCharts;
import io.github.cx4j.report.index.IndexCharts;
import io.github.cx4j.report.segmentation.SegmentationCharts;
import io.github.cx4j.report.survey.SurveyCharts;
import io.github.cx4j.report.survey.SurveyData;
import io.github.cx4j.report.value.ClvReport;
import io.github.cx4j.scoring.index.PathModel;
import io.github.cx4j.scoring.index.PlsOptions;
import io.github.cx4j.scoring.quality.KanoAnswer;
import io.github.cx4j.scoring.quality.KanoResponse;
import io.github.cx4j.scoring.survey.CalendarPeriod;
import io.github.cx4j.scoring.value.ValueModelKind;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Seeded data for the report tests, and one report of each kind built from it. */
final class Fixtures {
  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final LocalDate CALIBRATION_END = START.plusWeeks(39).minusDays(1);
  static final LocalDate HOLDOUT_END = START.plusWeeks(78).minusDays(1);

  private Fixtures() {}

  /**
   * A purchase log from a BG/NBD process: customers join over the first 12 weeks, buy at a
   * gamma-distributed weekly rate and drop out after each purchase with a beta-distributed
   * probability; amounts are gamma-distributed around a per-customer mean.
   */
  static TransactionLog purchases(int customers, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    TransactionLog.Builder log = TransactionLog.builder(customers * 4);
    int lastDay = (int) HOLDOUT_END.toEpochDay();
    for (int c = 0; c < customers; c++) {
      int index = log.customer(CustomerId.of("C" + c));
      int day = (int) START.toEpochDay() + rnd.nextInt(84);
      double lambda = gamma(rnd, 0.25) / 4.5;
      double p = beta(rnd, 0.8, 2.5);
      double mean = 10 + gamma(rnd, 2) * 15;
      log.add(index, day, amount(rnd, mean));
      while (true) {
        if (rnd.nextDouble() < p) {
          break;
        }
        double wait = -Math.log(1 - rnd.nextDouble()) / Math.max(lambda, 1e-6) * 7;
        if (wait > 1e5) {
          break;
        }
        day += Math.max(1, (int) Math.round(wait));
        if (day > lastDay) {
          break;
        }
        log.add(index, day, amount(rnd, mean));
      }
    }
    return log.build();
  }

  private static double amount(SplittableRandom rnd, double mean) {
    return Math.round(mean * gamma(rnd, 4) / 4 * 100) / 100.0 + 0.01;
  }

  /** Gamma(shape, 1) by Marsaglia and Tsang, with the boost for shape below 1. */
  static double gamma(SplittableRandom rnd, double shape) {
    if (shape < 1) {
      return gamma(rnd, shape + 1) * Math.pow(rnd.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = normal(rnd);
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = rnd.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  static double beta(SplittableRandom rnd, double a, double b) {
    double x = gamma(rnd, a);
    return x / (x + gamma(rnd, b));
  }

  static double normal(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    double v = rnd.nextDouble();
    return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
  }

  /** A survey of {@code n} respondents over 2025 in three regions, five attributes, Kano. */
  static SurveyData survey(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] regions = {"east", "north", "south"};
    double[] effect = {0.1, 0.4, -0.5};
    String[] attributes = {"speed", "staff", "price", "app", "store"};
    double[] weights = {0.4, 0.3, 0.15, 0.1, 0.05};
    double[] means = {5.5, 7.2, 5.3, 7.8, 7.9};
    double[] importance = {8.6, 8.1, 7.4, 6.2, 4.9};
    List<String> groups = new ArrayList<>();
    List<Optional<Instant>> times = new ArrayList<>();
    int[] recommend = new int[n];
    int[] csat = new int[n];
    double[][] perf = new double[attributes.length][n];
    double[][] imp = new double[attributes.length][n];
    double[] overall = new double[n];
    Instant start = Instant.parse("2025-01-01T00:00:00Z");
    for (int i = 0; i < n; i++) {
      int g = rnd.nextInt(regions.length);
      groups.add(regions[g]);
      times.add(Optional.of(start.plusSeconds(rnd.nextLong(365L * 86_400))));
      double latent = normal(rnd);
      double sat = 0;
      for (int j = 0; j < attributes.length; j++) {
        double v = means[j] + 1.4 * (0.6 * latent + 0.8 * normal(rnd));
        perf[j][i] = clamp(Math.round(v), 1, 10);
        imp[j][i] = clamp(Math.round(importance[j] + normal(rnd)), 1, 10);
        sat += weights[j] * perf[j][i];
      }
      sat += effect[g] + 0.6 * normal(rnd);
      overall[i] = clamp(Math.round(sat), 1, 10);
      recommend[i] =
          rnd.nextInt(25) == 0 ? -1 : (int) clamp(Math.round(sat + 1.2 * normal(rnd)), 0, 10);
      csat[i] = (int) clamp(Math.round(sat / 2 + 0.5 * normal(rnd)), 1, 5);
    }
    List<KanoResponse> kano = new ArrayList<>();
    String[] features = {"same-day delivery", "mobile payment", "loyalty points", "gift wrap"};
    int[][][] pairs = {
      {{1, 4}, {1, 5}, {2, 4}},
      {{1, 5}, {1, 5}, {2, 5}},
      {{3, 5}, {5, 5}, {1, 3}},
      {{3, 3}, {5, 3}, {1, 3}}
    };
    for (int i = 0; i < 120; i++) {
      for (int f = 0; f < features.length; f++) {
        int[] pair = pairs[f][rnd.nextInt(3)];
        kano.add(new KanoResponse(features[f], KanoAnswer.of(pair[0]), KanoAnswer.of(pair[1])));
      }
    }
    return new SurveyData(
        groups,
        times,
        recommend,
        csat,
        RatingScale.ONE_TO_FIVE,
        2,
        List.of(attributes),
        perf,
        imp,
        RatingScale.ONE_TO_TEN,
        overall,
        kano);
  }

  private static double clamp(double v, double lo, double hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  /** ECSI indicator columns simulated from a latent path model, on a 1-10 scale. */
  static Map<String, double[]> ecsi(int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    PathModel model = PathModel.ecsi();
    Map<String, double[]> data = new LinkedHashMap<>();
    for (String indicator : model.indicators()) {
      data.put(indicator, new double[n]);
    }
    for (int i = 0; i < n; i++) {
      double imag = normal(rnd);
      double expe = 0.6 * imag + 0.8 * normal(rnd);
      double qual = 0.7 * expe + 0.7 * normal(rnd);
      double val = 0.3 * expe + 0.5 * qual + 0.7 * normal(rnd);
      double sat = 0.3 * imag + 0.1 * expe + 0.4 * qual + 0.3 * val + 0.5 * normal(rnd);
      double comp = -0.4 * sat + 0.9 * normal(rnd);
      double loy = 0.3 * imag + 0.5 * sat - 0.1 * comp + 0.7 * normal(rnd);
      Map<String, Double> latent =
          Map.of(
              "imag", imag, "expe", expe, "qual", qual, "val", val, "sat", sat, "comp", comp, "loy",
              loy);
      for (Map.Entry<String, double[]> e : data.entrySet()) {
        String block = e.getKey().replaceAll("[0-9]", "");
        double v = 6.5 + 1.4 * (latent.get(block) + 0.5 * normal(rnd));
        e.getValue()[i] = clamp(Math.round(v), 1, 10);
      }
    }
    return data;
  }

  static Collection<Complaint> complaints(int n, long seed) {
    return ComplaintKpis.replayAll(
            SyntheticHistory.generate(
                n, Math.max(1, n * 2 / 3), Instant.parse("2025-03-03T00:00:00Z"), seed))
        .values();
  }

  static Report clv(Locale locale) {
    return ClvReport.build(
        purchases(3000, 7),
        CALIBRATION_END,
        HOLDOUT_END,
        ValueModelKind.BGNBD,
        "simulated BG/NBD customers",
        ReportText.of(locale));
  }

  /** The customer-value report from the calibration summaries alone (no purchase dates). */
  static Report clvFromSummaries(Locale locale) {
    RepeatSummaries s =
        ActivitySummaries.repeat(
            purchases(3000, 7), SummarySpec.of(CALIBRATION_END, SummarySpec.WEEKS));
    return ClvReport.fromSummaries(
        s.frequency(),
        s.recency(),
        s.age(),
        s.monetary(),
        List.of(),
        ValueModelKind.BGNBD,
        "simulated BG/NBD customers, summaries",
        ReportText.of(locale));
  }

  static Report rfm(Locale locale) {
    TransactionLog log = purchases(3000, 7);
    return SegmentationCharts.report(
        ActivitySummaries.rfm(log, SummarySpec.of(HOLDOUT_END, SummarySpec.DAYS)),
        5,
        false,
        RfmSegmentation.rfm(),
        "simulated purchases",
        ReportText.of(locale));
  }

  static Report survey(Locale locale) {
    return SurveyCharts.report(
        survey(2400, 3),
        CalendarPeriod.MONTH,
        ZoneOffset.UTC,
        "simulated survey",
        ReportText.of(locale));
  }

  static Report pls(Locale locale) {
    return IndexCharts.report(
        PathModel.ecsi(),
        ecsi(400, 5),
        PlsOptions.builder().build(),
        "SAT",
        "simulated ECSI",
        ReportText.of(locale));
  }

  static Report complaints(Locale locale) {
    return ComplaintCharts.report(
        complaints(900, 11),
        KpiOptions.defaults(),
        0.04,
        Duration.ofHours(24),
        Duration.ofDays(7),
        "synthetic complaint histories",
        ReportText.of(locale));
  }
}
