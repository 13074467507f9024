/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGamma;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.HoldoutComparison;
import io.github.cx4j.scoring.value.ValueFit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Tour chapter 50, "What is a customer worth": BG/NBD and Gamma-Gamma fitted to the CDNOW sample
 * (Fader, Hardie and Lee 2005), P(alive) of a few customers, the most valuable customers, and
 * predicted versus actual holdout purchases.
 */
public final class CustomerWorthChapter implements TourChapter {

  /** For {@link java.util.ServiceLoader}. */
  public CustomerWorthChapter() {}

  @Override
  public int order() {
    return 50;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("What is a customer worth", "客户值多少钱");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }

  @Override
  public void run(Tour tour) {
    tour.say(
        "\"Every customer has a lifetime value\" (course file \"CS Theory and Keeping Customers\", method 22). For a shop without contracts"
            + " we never see a customer leave: we only see purchases stop. The BG/NBD model"
            + " (Fader, Hardie and Lee 2005) reads frequency and recency as evidence of being"
            + " alive.",
        "“每个顾客都有终身价值”（课程文件《CS理论与永远留住客户》，方法 22）。在没有合同的商店里,我们看不到顾客离开,只看到购买停止。"
            + "BG/NBD 模型(Fader、Hardie 和 Lee 2005)把购买频次和最近一次购买当作顾客仍然“活着”的证据。");
    CalibrationHoldout split =
        ActivitySummaries.calibrationHoldout(
            CdnowSample.load(),
            SummarySpec.of(CdnowSample.CALIBRATION_END, SummarySpec.WEEKS),
            CdnowSample.DATA_END);
    RepeatSummaries cal = split.calibration();
    ValueFit fit = BgNbd.fit(cal, FitOptions.defaults());
    BgNbdModel model = fit.as(BgNbdModel.class);
    tour.heading("CDNOW: 2,357 customers, 39 weeks of calibration", "CDNOW:2,357 位顾客,39 周校准期");
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("parameter", "参数"),
            tour.text("estimate", "估计"),
            "SE",
            tour.text("published", "论文")));
    String[] published = {"0.243", "4.414", "0.793", "2.426"};
    int k = 0;
    for (String name : List.of("r", "alpha", "a", "b")) {
      rows.add(
          List.of(
              name,
              f("%.3f", fit.param(name)),
              f("%.3f", Objects.requireNonNull(fit.standardErrors().get(name))),
              published[k++]));
    }
    tour.table(rows);
    tour.println(
        f(
            tour.text(
                "log-likelihood %.1f (published -9582.4), converged: %s",
                "对数似然 %.1f(论文 -9582.4),收敛:%s"),
            fit.logLikelihood(),
            tour.chinese() ? (fit.converged() ? "是" : "否") : String.valueOf(fit.converged())));

    tour.heading("Who is still alive?", "谁还“活着”?");
    tour.say(
        "Same number of purchases, different recency: the customer whose last purchase is long"
            + " ago has probably left.",
        "购买次数相同,最近一次购买时间不同:很久没有再来的顾客很可能已经流失。");
    rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("customer", "顾客"),
            "x",
            "t_x",
            "T",
            "P(alive)",
            tour.text("P(alive) in 1 year", "一年后 P(alive)"),
            tour.text("next 39 weeks", "未来 39 周")));
    for (int i : new int[] {0, 1, 17, 1515, 2000}) {
      int x = cal.frequency(i);
      double tx = cal.recency(i);
      double t = cal.age(i);
      rows.add(
          List.of(
              cal.customer(i).value(),
              String.valueOf(x),
              f("%.1f", tx),
              f("%.1f", t),
              f("%.3f", model.probabilityAlive(x, tx, t)),
              f("%.3f", model.probabilityAliveAt(x, tx, t, 52.1775)),
              f("%.2f", model.conditionalExpectedPurchases(39, x, tx, t))));
    }
    tour.table(rows);

    tour.heading("The most valuable customers", "最有价值的顾客");
    ValueFit spendFit = GammaGamma.fit(cal, FitOptions.defaults().withConstrainQ(true));
    GammaGammaModel spend = spendFit.as(GammaGammaModel.class);
    tour.println(
        f(
            tour.text(
                "Gamma-Gamma on the %d repeat buyers: p %.2f, q %.2f, gamma %.2f (published 6.25,"
                    + " 3.74, 15.44)",
                "Gamma-Gamma 模型,%d 位重复购买者:p %.2f,q %.2f,gamma %.2f(论文 6.25、3.74、15.44)"),
            (int) spendFit.customers(),
            spendFit.param("p"),
            spendFit.param("q"),
            spendFit.param("gamma")));
    ClvHorizon horizon = ClvHorizon.ofAnnualRate(52.1775, 52.1775 / 12, 0.10, 52.1775);
    tour.say(
        "CLV over the next year, discounted monthly (a month is 52.1775 / 12 weeks) at 10% a year:",
        "未来一年的 CLV,按月贴现(一个月 = 52.1775 / 12 周),年贴现率 10%:");
    double[] clv = Clv.of(model, spend, cal, horizon, 1.0);
    double[] alive = Clv.probabilityAlive(model, cal.frequency(), cal.recency(), cal.age());
    Integer[] order = IntStream.range(0, cal.size()).boxed().toArray(Integer[]::new);
    java.util.Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -clv[i]));
    rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("customer", "顾客"),
            "x",
            "t_x",
            tour.text("mean $", "平均金额"),
            "P(alive)",
            "CLV $"));
    for (int j = 0; j < 5; j++) {
      int i = order[j];
      rows.add(
          List.of(
              cal.customer(i).value(),
              String.valueOf(cal.frequency(i)),
              f("%.1f", cal.recency(i)),
              f("%.2f", cal.monetary(i)),
              f("%.3f", alive[i]),
              f("%.2f", clv[i])));
    }
    tour.table(rows);
    double total = 0;
    for (double v : clv) {
      total += v;
    }
    tour.printf("%s $%.0f", tour.text("Whole base, next year:", "全部顾客,未来一年:"), total);
    tour.printf(
        "%s m r / (1 + d - r) = 100 x 0.8 / (1 + 0.1 - 0.8) = %.1f",
        tour.text(
            "Margin multiple of Gupta and Lehmann, \"Customers as assets\" (2003), not a formula of"
                + " the course:",
            "Gupta 与 Lehmann《Customers as assets》（2003）的毛利倍数（并非课程中的公式）："),
        Clv.retention(100, 0.8, 0.1));

    tour.heading("Predicted versus actual, weeks 40-78", "预测与实际对比,第 40-78 周");
    HoldoutComparison cmp = Clv.holdout(model, split, 7);
    rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("purchases in calibration", "校准期购买次数"), tour.text("customers", "顾客数"),
            tour.text("predicted", "预测"), tour.text("actual", "实际")));
    for (HoldoutComparison.Row r : cmp.rows()) {
      rows.add(
          List.of(
              r.frequency() + (r.pooled() ? "+" : ""),
              String.valueOf(r.customers()),
              f("%.2f", r.predicted()),
              f("%.2f", r.actual())));
    }
    tour.table(rows);
    tour.printf(
        "%s %.0f / %.0f",
        tour.text("Total holdout purchases, predicted / actual:", "保留期总购买次数,预测 / 实际:"),
        cmp.totalPredicted(),
        cmp.totalActual());
  }
}
