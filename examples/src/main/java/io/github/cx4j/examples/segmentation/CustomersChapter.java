/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.segmentation;

import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.core.customer.CustomerStrategy;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.segmentation.rfm.MonetaryMeasure;
import io.github.cx4j.segmentation.rfm.Rfm;
import io.github.cx4j.segmentation.rfm.RfmCutPoints;
import io.github.cx4j.segmentation.rfm.RfmScores;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.segmentation.rfm.RfmSegments;
import io.github.cx4j.segmentation.rfm.SegmentSummary;
import io.github.cx4j.segmentation.strategy.SegmentStrategies;
import io.github.cx4j.segmentation.tier.AbcClass;
import io.github.cx4j.segmentation.tier.ParetoCurve;
import io.github.cx4j.segmentation.tier.TierSummary;
import io.github.cx4j.segmentation.tier.Tiering;
import io.github.cx4j.segmentation.tier.Tiers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tour chapter 60, "Who are our customers": the CDNOW sample's 2,357 customers in RFM scores and
 * the segments of the R package rfm, in value tiers (ABC and the four tiers of course file
 * "Understanding Customer Service" with their service approaches), on the Pareto curve, and by
 * customer strategy.
 */
public final class CustomersChapter implements TourChapter {
  private static final LocalDate ANALYSIS_DATE = LocalDate.of(1998, 7, 1);

  /** For {@link java.util.ServiceLoader}. */
  public CustomersChapter() {}

  @Override
  public int order() {
    return 60;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Who are our customers", "我们的客户是谁");
  }

  @Override
  public void run(Tour tour) {
    TransactionLog log = CdnowSample.load();
    RfmSummaries s = ActivitySummaries.rfm(log, SummarySpec.of(ANALYSIS_DATE, SummarySpec.DAYS));
    tour.say(
        "Source file 002: different customer tiers need different management, a few customers"
            + " bring most of the profit, and strategic customers are chosen by explicit criteria."
            + " Here are the CDNOW customers, seen on 1998-07-01, the day after the data end.",
        "课程文件《全面认识客户服务》：不同层级的客户需要不同的管理，少数客户带来大部分利润，战略客户要按明确的标准选择。"
            + "下面是 1998-07-01（数据结束后一天）看到的 CDNOW 客户。");

    tour.heading("RFM scores", "RFM 评分");
    tour.say(
        "Recency = days since the last purchase, frequency = purchases, monetary = total dollars."
            + " Cut points are the type-7 quantiles at 20/40/60/80% (R's default); a value on a"
            + " cut point goes to the lower bin, so equal values always score the same.",
        "近度 = 距最后一次购买的天数，频度 = 购买次数，金额 = 消费总额（美元）。切点是 20/40/60/80% 的"
            + "第 7 类分位数（R 的默认）；等于切点的值归入较低一档，所以相同的值得分总相同。");
    RfmScores scores = Rfm.score(s, MonetaryMeasure.TOTAL, Rfm.DEFAULT_BINS);
    RfmCutPoints cuts = scores.cutPoints();
    List<List<String>> cutRows = new ArrayList<>();
    cutRows.add(List.of(tour.text("dimension", "维度"), "20%", "40%", "60%", "80%"));
    cutRows.add(row(tour.text("recency (days)", "近度（天）"), cuts.recency()));
    cutRows.add(row(tour.text("frequency", "频度"), cuts.frequency()));
    cutRows.add(row(tour.text("monetary ($)", "金额（美元）"), cuts.monetary()));
    tour.table(cutRows);
    long[][] levels = scores.levelCounts();
    tour.printf(
        tour.text(
            "  Frequency is heavily tied: %,d of %,d customers bought once and all score F=1;"
                + " two cut points are equal (1 and 1), so F=2 holds %,d customers.",
            "  频度大量并列：%2$,d 位客户中有 %1$,d 位只买过一次，都得 F=1；有两个切点相等（1 和 1），" + "所以 F=2 有 %3$,d 位客户。"),
        levels[1][0],
        scores.size(),
        levels[1][1]);

    tour.heading("Segments (rules of the R package rfm)", "客户细分（R 包 rfm 的规则）");
    RfmSegments segments = RfmSegmentation.rfm().assign(scores);
    List<SegmentSummary> summary = segments.summary(s.frequency(), s.monetaryTotal());
    List<List<String>> segRows = new ArrayList<>();
    segRows.add(
        List.of(
            tour.text("segment", "细分"),
            tour.text("customers", "客户"),
            tour.text("purchases", "购买"),
            tour.text("revenue $", "收入 $"),
            "AOV $",
            tour.text("cust. %", "客户 %"),
            tour.text("rev. %", "收入 %")));
    for (SegmentSummary r : summary) {
      segRows.add(
          List.of(
              tour.chinese() ? r.labelZh() : r.labelEn(),
              String.valueOf(r.customers()),
              String.valueOf(r.purchases()),
              fmt("%.0f", r.revenue()),
              fmt("%.2f", r.averageOrderValue()),
              fmt("%.1f", 100 * r.customerShare()),
              fmt("%.1f", 100 * r.revenueShare())));
    }
    tour.table(segRows);

    tour.heading("Customer strategy per segment", "各细分的客户战略");
    Map<CustomerStrategy, Long> mix =
        SegmentStrategies.mix(segments, SegmentStrategies.defaultPlan(RfmSegmentation.rfm()));
    List<List<String>> mixRows = new ArrayList<>();
    mixRows.add(
        List.of(
            tour.text("strategy", "战略"), tour.text("customers", "客户"), tour.text("risk", "风险")));
    for (Map.Entry<CustomerStrategy, Long> e : mix.entrySet()) {
      mixRows.add(
          List.of(
              e.getKey().label(tour.locale()),
              String.valueOf(e.getValue()),
              String.valueOf(e.getKey().riskRank())));
    }
    tour.table(mixRows);
    tour.say(
        "Champions and loyal customers: expansion (new offers to existing customers, with"
            + " loyalty); lost customers: acquisition (win them back); the rest: loyalty.",
        "冠军客户和忠诚客户：扩充战略（向老客户提供新产品，与忠诚战略并用）；已流失客户：获得战略（赢回）；其余：忠诚战略。");

    double[] revenue = s.monetaryTotal();
    tour.heading("Tiers by cumulative revenue", "按累计收入分层");
    tour.say(
        "ABC: A = the fewest top customers holding at least 80% of revenue (the customer who"
            + " crosses 80% is in A, ties stay together), B up to 95%, C the rest, zero revenue"
            + " in its own class. The four tiers of course file \"Understanding Customer Service\" cut at 80/95/99% (cx4j's cut-offs).",
        "ABC：A = 合计至少占收入 80% 的最少头部客户（越过 80% 的那位客户属于 A，并列的客户不拆开），B 到 95%,"
            + "C 为其余，零收入单独一类。课程文件《全面认识客户服务》的四个层级在 80/95/99% 处切分（切分点为 cx4j 所定）。");
    Tiers<AbcClass> abc = Tiering.abc(revenue);
    tour.table(tierRows(tour, abc.summary()));
    tour.table(tierRows(tour, Tiering.fourTier(revenue).summary()));

    tour.heading("The Pareto curve", "帕累托曲线");
    ParetoCurve curve = Tiering.curve(revenue, 11);
    for (int j = 1; j < 11; j++) {
      double x = curve.customerShare().get(j);
      double y = curve.valueShare().get(j);
      tour.printf(
          "  %3.0f%% %s %5.1f%%  %s",
          100 * x,
          tour.text("of customers ->", "的客户 ->"),
          100 * y,
          "#".repeat((int) Math.round(40 * y)));
    }
    tour.printf(
        tour.text(
            "  The top 20%% of customers bring %.1f%% of revenue; Gini coefficient %.3f.",
            "  前 20%% 的客户带来 %.1f%% 的收入；基尼系数 %.3f。"),
        100 * curve.valueShareOfTop(0.2),
        curve.gini());
    tour.say(
        "Try it on the CDNOW purchases (then on your own; tiers also takes --model pyramid or"
            + " four-tier):",
        "用 CDNOW 购买记录试试(再换成你自己的数据;tiers 也接受 --model pyramid 或 four-tier):");
    tour.command(
        "rfm --input examples/src/main/resources/CDNOW_sample.txt --customer-column 2"
            + " --date-column 3 --date-format yyyyMMdd --amount-column 5 --separator whitespace"
            + " --no-header --analysis-date 1998-07-01 --summary");
    tour.command(
        "summarize --input examples/src/main/resources/CDNOW_sample.txt --customer-column 2"
            + " --date-column 3 --date-format yyyyMMdd --amount-column 5 --separator whitespace"
            + " --no-header --convention rfm --end 1998-06-30 -o cdnow-rfm.csv");
    tour.command("tiers --input cdnow-rfm.csv --value-column monetary_total --model abc");
  }

  private static List<List<String>> tierRows(Tour tour, List<TierSummary> rows) {
    List<List<String>> out = new ArrayList<>();
    out.add(
        List.of(
            tour.text("tier", "层级"),
            tour.text("customers", "客户"),
            tour.text("cust. %", "客户 %"),
            tour.text("rev. %", "收入 %"),
            tour.text("service approach", "服务方式")));
    for (TierSummary t : rows) {
      out.add(
          List.of(
              tour.chinese() ? t.labelZh() : t.labelEn(),
              String.valueOf(t.customers()),
              fmt("%.1f", 100 * t.customerShare()),
              fmt("%.1f", 100 * t.valueShare()),
              t.serviceApproach().label(tour.locale())));
    }
    return out;
  }

  private static List<String> row(String name, List<Double> values) {
    List<String> out = new ArrayList<>();
    out.add(name);
    for (double v : values) {
      out.add(fmt("%.2f", v));
    }
    return out;
  }

  private static String fmt(String format, double value) {
    return String.format(Locale.ROOT, format, value);
  }
}
