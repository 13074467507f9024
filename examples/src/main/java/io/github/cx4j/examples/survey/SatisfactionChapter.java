/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import io.github.cx4j.core.Interval;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.scoring.quality.Ipa;
import io.github.cx4j.scoring.quality.Kano;
import io.github.cx4j.scoring.quality.KanoAnswer;
import io.github.cx4j.scoring.quality.KanoCategory;
import io.github.cx4j.scoring.quality.KanoFeatureResult;
import io.github.cx4j.scoring.quality.KanoResponse;
import io.github.cx4j.scoring.quality.KeyDrivers;
import io.github.cx4j.scoring.survey.CalendarPeriod;
import io.github.cx4j.scoring.survey.Ces;
import io.github.cx4j.scoring.survey.CesResult;
import io.github.cx4j.scoring.survey.Comparison;
import io.github.cx4j.scoring.survey.Csat;
import io.github.cx4j.scoring.survey.CsatResult;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.PeriodKey;
import io.github.cx4j.scoring.survey.Segments;
import io.github.cx4j.scoring.survey.SurveyResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedMap;

/**
 * Tour chapter 30, "Measuring satisfaction": NPS by region and by month with intervals, CSAT and
 * CES, a Kano table, an IPA grid and the key drivers of overall satisfaction, on the bundled survey
 * data set ({@link SurveyDataGenerator}).
 */
public final class SatisfactionChapter implements TourChapter {

  /** For {@link java.util.ServiceLoader}. */
  public SatisfactionChapter() {}

  @Override
  public int order() {
    return 30;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Measuring satisfaction", "衡量满意度");
  }

  static List<String[]> read(String resource) throws IOException {
    try (InputStream in = SatisfactionChapter.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("missing bundled resource " + resource);
      }
      String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
      List<String[]> rows = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        rows.add(lines[i].split(",", -1));
      }
      return rows;
    }
  }

  private static String pct(double share) {
    return String.format(Locale.ROOT, "%.1f", 100 * share);
  }

  private static String points(Interval i) {
    return String.format(Locale.ROOT, "[%.1f, %.1f]", 100 * i.low(), 100 * i.high());
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  @Override
  public void run(Tour tour) throws IOException {
    List<String[]> rows = read("/examples/survey.csv");
    List<SurveyResponse> ltr = new ArrayList<>();
    int[] csat = new int[rows.size()];
    int[] ces = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String[] r = rows.get(i);
      SurveyResponse.Builder b =
          SurveyResponse.builder().segment(r[2]).answeredAt(Instant.parse(r[1]));
      if (!r[3].isEmpty()) {
        b.score(Integer.parseInt(r[3]));
      }
      ltr.add(b.build());
      csat[i] = Integer.parseInt(r[4]);
      ces[i] = Integer.parseInt(r[5]);
    }
    tour.say(
        "A retail chain surveyed "
            + rows.size()
            + " customers in 2025 (a data set cx4j generates with a fixed seed and ships as"
            + " examples/survey.csv). Every score below comes with its sample size and a 95%"
            + " interval: a score without its uncertainty invites over-reading small differences.",
        "一家零售连锁企业在 2025 年调查了 "
            + rows.size()
            + " 位顾客(数据由 cx4j 以固定种子生成,随附为 examples/survey.csv)。下面每个分数都附带样本量和"
            + " 95% 区间:不给出不确定性的分数,容易让人过度解读微小差异。");

    tour.heading("Net Promoter Score by region", "各区域的净推荐值(NPS)");
    tour.say(
        "NPS = % promoters (9-10) - % detractors (0-6). Intervals: adjusted Wald (Rocks 2016) and"
            + " the score interval (Tango 1998). Blank answers are skipped and counted.",
        "NPS = 推荐者(9-10 分)比例 - 贬损者(0-6 分)比例。区间:调整 Wald 区间(Rocks 2016)与得分区间"
            + "(Tango 1998)。空白答案被跳过并计数。");
    SortedMap<String, NpsResult> byRegion = Segments.bySegment(ltr, Nps.collector());
    List<List<String>> table = new ArrayList<>();
    table.add(
        List.of(
            tour.text("region", "区域"),
            "n",
            tour.text("blank", "空白"),
            "NPS",
            tour.text("adjusted Wald", "调整 Wald"),
            tour.text("score interval", "得分区间")));
    byRegion.forEach(
        (region, r) ->
            table.add(
                List.of(
                    region,
                    Long.toString(r.n()),
                    Long.toString(r.missing()),
                    String.format(Locale.ROOT, "%.1f", r.points()),
                    points(r.adjustedWald(0.95)),
                    points(r.scoreInterval(0.95)))));
    tour.table(table);
    Comparison c =
        Nps.compare(
            Objects.requireNonNull(byRegion.get("north")),
            Objects.requireNonNull(byRegion.get("south")),
            0.95);
    tour.printf(
        tour.text(
            "north - south: %.1f points, SE %.1f, z = %.2f, p = %.2g, 95%% interval %s",
            "北区 - 南区:%.1f 分,标准误 %.1f,z = %.2f,p = %.2g,95%% 区间 %s"),
        100 * c.difference(),
        100 * c.se(),
        c.z(),
        c.p(),
        points(c.interval()));

    tour.heading("NPS by month (calendar of Asia/Shanghai)", "逐月 NPS(按上海时区的日历)");
    SortedMap<PeriodKey, NpsResult> byMonth =
        Segments.byPeriod(ltr, CalendarPeriod.MONTH, ZoneId.of("Asia/Shanghai"), Nps.collector());
    List<List<String>> months = new ArrayList<>();
    months.add(List.of(tour.text("month", "月份"), "n", "NPS", tour.text("score interval", "得分区间")));
    byMonth.forEach(
        (month, r) ->
            months.add(
                List.of(
                    month.label(),
                    Long.toString(r.n()),
                    String.format(Locale.ROOT, "%.1f", r.points()),
                    points(r.scoreInterval(0.95)))));
    tour.table(months);
    tour.say(
        "Months hold about 200 answers each, so a month's interval spans some 20 points: compare"
            + " quarters, or test two months, before calling a trend. The answers given late on 31 December UTC already fall in January"
            + " 2026 in Shanghai: a period table must say which calendar it uses.",
        "每月约 200 个答案,单月区间宽约 20 分:先比较季度或检验两个月份的差异,再下趋势结论。"
            + "UTC 时间 12 月 31 日深夜的答案在上海已属 2026 年 1 月:按期间分组的表必须说明所用的日历。");

    tour.heading("CSAT and customer effort", "顾客满意度(CSAT)与顾客费力度(CES)");
    CsatResult csatResult = Csat.of(csat, RatingScale.ONE_TO_FIVE, 2);
    CesResult cesResult = Ces.of(ces);
    tour.printf(
        tour.text(
            "CSAT (top-2-box of 1-5): %s%% of %d, Wilson 95%% [%s, %s]; mean %.2f, t interval [%.2f,"
                + " %.2f]",
            "CSAT(1-5 分的前两档):%s%%(n = %d),Wilson 95%% 区间 [%s, %s];均值 %.2f,t 区间 [%.2f, %.2f]"),
        pct(csatResult.share()),
        csatResult.n(),
        pct(csatResult.wilson(0.95).low()),
        pct(csatResult.wilson(0.95).high()),
        csatResult.mean(),
        csatResult.meanInterval(0.95).low(),
        csatResult.meanInterval(0.95).high());
    tour.printf(
        tour.text(
            "CES 2.0 (1-7, \"easy to handle my issue\"): mean %.2f [%.2f, %.2f]; agreeing (5-7)"
                + " %s%%",
            "CES 2.0(1-7 分,“处理问题很容易”):均值 %.2f [%.2f, %.2f];同意(5-7 分)%s%%"),
        cesResult.mean(),
        cesResult.meanInterval(0.95).low(),
        cesResult.meanInterval(0.95).high(),
        pct(cesResult.agreeShare()));

    tour.heading("Kano: which features delight, which are expected", "Kano 模型:哪些功能带来惊喜,哪些是必备");
    List<KanoResponse> kano = new ArrayList<>();
    for (String[] r : read("/examples/survey-kano.csv")) {
      kano.add(
          new KanoResponse(
              r[1], KanoAnswer.of(Integer.parseInt(r[2])), KanoAnswer.of(Integer.parseInt(r[3]))));
    }
    SortedMap<String, KanoFeatureResult> features = kano.stream().collect(Kano.collector());
    List<List<String>> kanoTable = new ArrayList<>();
    kanoTable.add(
        List.of(
            tour.text("feature", "功能"),
            "A",
            "O",
            "M",
            "I",
            "R",
            "Q",
            tour.text("category", "类别"),
            "Better",
            "Worse",
            tour.text("Fong", "Fong 检验")));
    features.forEach(
        (name, r) -> {
          List<String> row = new ArrayList<>(List.of(name));
          for (KanoCategory k : KanoCategory.values()) {
            row.add(Long.toString(r.count(k)));
          }
          row.add(r.dominant().label(tour.locale()));
          row.add(num(r.better()));
          row.add(num(r.worse()));
          row.add(r.fongSignificant(0.90) ? tour.text("clear", "显著") : tour.text("mixed", "混合"));
          kanoTable.add(row);
        });
    tour.table(kanoTable);

    tour.heading("Importance-performance grid", "重要性-表现分析(IPA)");
    List<Ipa.Attribute> attributes = new ArrayList<>();
    for (int j = 0; j < SurveyDataGenerator.ATTRIBUTES.length; j++) {
      double perf = 0;
      double imp = 0;
      for (String[] r : rows) {
        perf += Integer.parseInt(r[7 + j]);
        imp += Integer.parseInt(r[12 + j]);
      }
      attributes.add(
          new Ipa.Attribute(
              SurveyDataGenerator.ATTRIBUTES[j], imp / rows.size(), perf / rows.size()));
    }
    Ipa.Grid grid = Ipa.analyse(attributes, RatingScale.ONE_TO_TEN, Ipa.Crosshairs.MEANS);
    List<List<String>> ipa = new ArrayList<>();
    ipa.add(
        List.of(
            tour.text("attribute", "属性"),
            tour.text("importance", "重要性"),
            tour.text("performance", "表现"),
            tour.text("quadrant", "象限")));
    for (Ipa.Placement p : grid.placements()) {
      ipa.add(
          List.of(
              p.attribute().name(),
              num(p.attribute().importance()),
              num(p.attribute().performance()),
              p.quadrant().label(tour.locale())));
    }
    tour.table(ipa);
    tour.printf(
        tour.text(
            "Crosshairs at the means: importance %.2f, performance %.2f",
            "十字线位于均值:重要性 %.2f,表现 %.2f"),
        grid.importanceCrosshair(),
        grid.performanceCrosshair());

    tour.heading("Key drivers of overall satisfaction", "总体满意度的关键驱动因素");
    int n = rows.size();
    double[][] x = new double[SurveyDataGenerator.ATTRIBUTES.length][n];
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < x.length; j++) {
        x[j][i] = Integer.parseInt(rows.get(i)[7 + j]);
      }
      y[i] = Integer.parseInt(rows.get(i)[6]);
    }
    KeyDrivers.Result drivers =
        KeyDrivers.analyse(List.of(SurveyDataGenerator.ATTRIBUTES), x, y, 0.95, 200, 30);
    List<List<String>> kd = new ArrayList<>();
    kd.add(
        List.of(
            tour.text("driver", "驱动因素"),
            "r",
            tour.text("share of R^2", "占 R^2 比例"),
            tour.text("bootstrap 95%", "自助法 95%"),
            "Shapley/LMG"));
    for (KeyDrivers.Driver d : drivers.drivers()) {
      kd.add(
          List.of(
              d.driver(),
              num(d.correlation()),
              pct(d.share()) + "%",
              "[" + pct(d.shareInterval().low()) + ", " + pct(d.shareInterval().high()) + "]",
              d.shapley().isPresent()
                  ? pct(d.shapley().getAsDouble() / drivers.rSquared()) + "%"
                  : "-"));
    }
    tour.table(kd);
    tour.printf(
        tour.text(
            "R^2 = %.3f on %d respondents. Johnson's relative weights and the Shapley decomposition"
                + " split R^2 among correlated drivers; raw correlations alone would rank them all"
                + " alike.",
            "R^2 = %.3f(%d 位受访者)。Johnson 相对权重与 Shapley 分解把 R^2 分配给相互相关的驱动因素;只看相关系数会让它们显得差不多。"),
        drivers.rSquared(),
        drivers.n());
  }
}
