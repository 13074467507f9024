/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.index;

import io.github.cx4j.core.RatingScale;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.scoring.index.BootstrapEstimate;
import io.github.cx4j.scoring.index.BootstrapResult;
import io.github.cx4j.scoring.index.ConstructQuality;
import io.github.cx4j.scoring.index.IpmaPoint;
import io.github.cx4j.scoring.index.PathEstimate;
import io.github.cx4j.scoring.index.PathModel;
import io.github.cx4j.scoring.index.Pls;
import io.github.cx4j.scoring.index.PlsOptions;
import io.github.cx4j.scoring.index.PlsResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tour chapter 40, "A satisfaction index": the ECSI model (Tenenhaus et al. 2005) estimated by PLS
 * and consistent PLS on the bundled survey {@code examples/ecsi-survey.csv}, which {@link
 * EcsiSurvey} simulated from known path coefficients; how close the estimates come, the quality
 * criteria, the 0-100 indices, the importance-performance map of loyalty and a bootstrap.
 */
public final class SatisfactionIndexChapter implements TourChapter {
  /** The bundled survey. */
  static final String RESOURCE = "/examples/ecsi-survey.csv";

  /** For {@link java.util.ServiceLoader}. */
  public SatisfactionIndexChapter() {}

  @Override
  public int order() {
    return 40;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("A satisfaction index", "满意度指数");
  }

  @Override
  public void run(Tour tour) throws IOException {
    Map<String, double[]> survey = load();
    PathModel ecsi = PathModel.ecsi();
    tour.say(
        "National satisfaction indices (ACSI in the US, ECSI in Europe, CCSI in China) estimate"
            + " satisfaction and its causes",
        "国家顾客满意度指数(美国 ACSI、欧洲 ECSI、中国 CCSI)用 PLS 路径模型从问卷题项估计");
    tour.say(
        "from survey items with PLS path modelling. Here: the ECSI model, 7 constructs, 24 items"
            + " on a 1-10 scale,",
        "满意度及其成因。这里是 ECSI 模型:7 个潜变量、24 个 1-10 分题项,");
    tour.say(
        "answered by "
            + EcsiSurvey.RESPONDENTS
            + " respondents simulated from known paths (seed "
            + EcsiSurvey.SEED
            + ", item loadings "
            + EcsiSurvey.LOADING
            + ").",
        EcsiSurvey.RESPONDENTS
            + " 位受访者的回答由已知路径系数模拟生成(种子 "
            + EcsiSurvey.SEED
            + ",题项载荷 "
            + EcsiSurvey.LOADING
            + ")。");
    PlsOptions options = PlsOptions.builder().scale(RatingScale.ONE_TO_TEN).build();
    PlsResult pls = Pls.fit(ecsi, survey, options);
    PlsResult plsc =
        Pls.fit(ecsi, survey, PlsOptions.builder().from(options).consistent(true).build());

    tour.heading("Paths: truth and estimates", "路径系数:真值与估计");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(tour.text("path", "路径"), tour.text("true", "真值"), "PLS", "PLSc"));
    double plsError = 0;
    double plscError = 0;
    Map<List<String>, Double> truth = EcsiSurvey.truePaths();
    for (PathEstimate p : pls.paths()) {
      double t = Objects.requireNonNull(truth.get(List.of(p.from(), p.to())));
      double c = plsc.path(p.from(), p.to());
      plsError += Math.abs(p.coefficient() - t) / truth.size();
      plscError += Math.abs(c - t) / truth.size();
      rows.add(List.of(p.from() + " -> " + p.to(), f2(t), f3(p.coefficient()), f3(c)));
    }
    tour.table(rows);
    tour.printf(
        tour.text(
            "Mean absolute error: PLS %.3f, PLSc %.3f (%d iterations, converged: %s).",
            "平均绝对误差:PLS %.3f,PLSc %.3f(迭代 %d 次,收敛:%s)。"),
        plsError,
        plscError,
        pls.iterations(),
        tour.chinese() ? (pls.converged() ? "是" : "否") : String.valueOf(pls.converged()));
    tour.say(
        "With 250 respondents the sampling error (a standard error of about 0.05) dominates.",
        "250 位受访者时,抽样误差(标准误约 0.05)占主导。");
    Map<String, double[]> large = EcsiSurvey.generate(20_000, EcsiSurvey.SEED + 1);
    PlsResult bigPls = Pls.fit(ecsi, large, options);
    PlsResult bigPlsc =
        Pls.fit(ecsi, large, PlsOptions.builder().from(options).consistent(true).build());
    double bigPlsError = 0;
    double bigPlscError = 0;
    for (Map.Entry<List<String>, Double> t : truth.entrySet()) {
      String from = t.getKey().get(0);
      String to = t.getKey().get(1);
      bigPlsError += Math.abs(bigPls.path(from, to) - t.getValue()) / truth.size();
      bigPlscError += Math.abs(bigPlsc.path(from, to) - t.getValue()) / truth.size();
    }
    tour.printf(
        tour.text(
            "The same generator with 20,000 respondents: mean absolute error PLS %.3f, PLSc %.3f.",
            "同一生成器、20,000 位受访者:平均绝对误差 PLS %.3f,PLSc %.3f。"),
        bigPlsError,
        bigPlscError);
    tour.say(
        "PLS composites contain measurement error, so paths between constructs shrink towards 0;",
        "PLS 的合成变量含测量误差,潜变量间的路径系数偏向 0;");
    tour.say(
        "consistent PLS (Dijkstra & Henseler 2015) divides construct correlations by sqrt(rhoA"
            + " rhoA).",
        "一致性 PLS(Dijkstra 与 Henseler 2015)用 rhoA 校正潜变量相关后再回归。");

    tour.heading("Measurement quality", "测量质量");
    rows = new ArrayList<>();
    rows.add(List.of(tour.text("construct", "潜变量"), "R^2", "AVE", "alpha", "rho", "rhoA"));
    for (Map.Entry<String, ConstructQuality> q : pls.quality().entrySet()) {
      Double r2 = pls.rSquared().get(q.getKey());
      rows.add(
          List.of(
              q.getKey(),
              r2 == null ? "-" : f3(r2),
              f3(q.getValue().ave()),
              f3(q.getValue().alpha()),
              f3(q.getValue().rho()),
              f3(q.getValue().rhoA())));
    }
    tour.table(rows);
    tour.printf("GoF %.3f, SRMR %.3f", pls.gof(), pls.srmr());

    tour.heading("The 0-100 index and what drives loyalty", "0-100 指数与忠诚度的驱动因素");
    tour.say(
        "ACSI formula: unstandardised outer weights, normalised to sum 1, applied to item means"
            + " rescaled from 1-10 to 0-100.",
        "ACSI 公式:非标准化外部权重归一化后,乘以从 1-10 换算到 0-100 的题项均值。");
    rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("construct", "潜变量"),
            tour.text("index", "指数"),
            tour.text("importance for LOY", "对忠诚的重要性"),
            tour.text("total effect", "总效应")));
    Map<String, IpmaPoint> map = new LinkedHashMap<>();
    for (IpmaPoint point : pls.ipma("LOY")) {
      map.put(point.construct(), point);
    }
    for (Map.Entry<String, io.github.cx4j.scoring.index.IndexScore> e : pls.index().entrySet()) {
      IpmaPoint point = map.get(e.getKey());
      rows.add(
          List.of(
              e.getKey(),
              f1(e.getValue().value()),
              point == null ? "-" : f3(point.importance()),
              point == null ? "-" : f3(point.totalEffect())));
    }
    tour.table(rows);
    tour.say(
        "Importance = index points of loyalty per index point of the driver (Ringle & Sarstedt"
            + " 2016).",
        "重要性 = 驱动因素每提高 1 个指数点,忠诚度提高的指数点(Ringle 与 Sarstedt 2016)。");

    tour.heading("Bootstrap of the satisfaction paths", "满意度路径的自助法检验");
    BootstrapResult boot = Pls.bootstrap(ecsi, survey, options, 500, 2026);
    rows = new ArrayList<>();
    rows.add(List.of(tour.text("path", "路径"), "b", "SE", "t", "95% CI"));
    for (Map.Entry<String, BootstrapEstimate> e : boot.paths().entrySet()) {
      if (!e.getKey().endsWith("-> SAT")) {
        continue;
      }
      BootstrapEstimate b = e.getValue();
      rows.add(
          List.of(
              e.getKey(),
              f3(b.original()),
              f3(b.standardError()),
              b.t().isPresent() ? f2(b.t().getAsDouble()) : "-",
              "[" + f3(b.interval().low()) + ", " + f3(b.interval().high()) + "]"));
    }
    tour.table(rows);
    tour.printf(
        tour.text(
            "%d resamples (seed 2026), %d failed and replaced.", "%d 次重抽样(种子 2026),%d 次失败并已替换。"),
        boot.resamples(),
        boot.failures().size());
    tour.say("Try it:", "试试:");
    tour.command(
        "pls --input examples/src/main/resources/examples/ecsi-survey.csv --model ecsi"
            + " --bootstrap 1000 --seed 1 --format json");
  }

  /**
   * Reads the bundled survey.
   *
   * @return item name to answers
   * @throws IOException if the resource cannot be read
   */
  static Map<String, double[]> load() throws IOException {
    try (InputStream in = SatisfactionIndexChapter.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IOException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = reader.readLine().split(",", -1);
      List<double[]> rows = new ArrayList<>();
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",", -1);
        double[] row = new double[header.length];
        for (int k = 0; k < header.length; k++) {
          row[k] = Double.parseDouble(cells[k]);
        }
        rows.add(row);
      }
      Map<String, double[]> data = new LinkedHashMap<>();
      for (int k = 0; k < header.length; k++) {
        double[] column = new double[rows.size()];
        for (int i = 0; i < column.length; i++) {
          column[i] = rows.get(i)[k];
        }
        data.put(header[k], column);
      }
      return data;
    }
  }

  private static String f1(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  private static String f2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  private static String f3(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }
}
