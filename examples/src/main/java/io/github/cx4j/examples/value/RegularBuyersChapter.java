/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.scoring.value.McmcOptions;
import io.github.cx4j.scoring.value.ParetoGgg;
import io.github.cx4j.scoring.value.ParetoGggDraws;
import io.github.cx4j.scoring.value.PosteriorSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Tour chapter 54, "Regular buyers": the Pareto/GGG of Platzer and Reutterer (2016), "Ticking away
 * the moments: Timing regularity helps to better predict customer activity" (Marketing Science
 * 35(5)), fitted to the CDNOW sample by MCMC ({@link ParetoGgg}): the posterior of the cohort
 * parameters, the customers' regularity, P(alive) and the purchases predicted for the 39 holdout
 * weeks against the actual ones. Course file 001 ("CS Theory and Keeping Customers", method 22,
 * "every customer has a lifetime value") asks for the value; the timing of purchases sharpens who
 * is still a customer.
 */
public final class RegularBuyersChapter implements TourChapter {
  /** A short run for the tour: 2 chains of 200 steps after 100, every 2nd kept (200 draws). */
  static final McmcOptions RUN = new McmcOptions(200, 100, 2, 2, 20_261_203L);

  /** For {@link java.util.ServiceLoader}. */
  public RegularBuyersChapter() {}

  @Override
  public int order() {
    return 54;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Regular buyers: the Pareto/GGG", "购买有规律的顾客:Pareto/GGG 模型");
  }

  @Override
  public void run(Tour tour) {
    tour.say(
        "A customer who buys every four weeks and has been silent for ten is more likely gone"
            + " than one who buys at random with the same rate. The Pareto/GGG lets each"
            + " customer's gaps between purchases be regular (gamma with shape k; k = 1 is the"
            + " Pareto/NBD's random timing) and learns k from the sum of the logarithms of the"
            + " gaps, litt. It is fitted by Markov chain Monte Carlo: the answer is a sample of"
            + " plausible parameter values, seeded so it can be repeated.",
        "一位每四周买一次、已经十周没来的顾客,比同样频率但随机购买的顾客更可能已经流失。Pareto/GGG"
            + " 允许每位顾客的购买间隔有规律(形状为 k 的伽马分布;k = 1 即 Pareto/NBD 的随机购买),"
            + "并从各次间隔的对数之和 litt 中学到 k。它用马尔可夫链蒙特卡罗方法拟合:结果是一组"
            + "可信参数值的样本,带随机种子,可以复现。");
    TransactionLog log = CdnowSample.load();
    SummarySpec spec = SummarySpec.of(CdnowSample.CALIBRATION_END, SummarySpec.WEEKS);
    CalibrationHoldout split =
        ActivitySummaries.calibrationHoldout(log, spec, CdnowSample.DATA_END);
    RepeatSummaries cal = split.calibration();
    double[] litt = ActivitySummaries.litt(log, spec);
    ParetoGggDraws draws = ParetoGgg.fit(cal.frequency(), cal.recency(), cal.age(), litt, RUN);
    tour.heading(
        "CDNOW, posterior of the cohort parameters (200 draws, 2 chains)",
        "CDNOW:群体参数的后验分布(2 条链,200 个抽样)");
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of(tour.text("parameter", "参数"), tour.text("mean", "均值"), "2.5%", "97.5%"));
    Map<String, PosteriorSummary> summary = draws.summary();
    for (Map.Entry<String, PosteriorSummary> e : summary.entrySet()) {
      PosteriorSummary s = e.getValue();
      rows.add(List.of(e.getKey(), f("%.3f", s.mean()), f("%.3f", s.q025()), f("%.3f", s.q975())));
    }
    tour.table(rows);
    double[] k = draws.meanRegularity();
    int regular = 0;
    for (double v : k) {
      if (v > 1.5) {
        regular++;
      }
    }
    tour.println(
        f(
            tour.text(
                "Regularity: the mean k of the cohort is t / gamma = %.2f; %d of %d customers have"
                    + " a posterior mean k above 1.5. CDNOW's buyers are about as random as the"
                    + " Pareto/NBD assumes, so here the two models agree (r and alpha as the"
                    + " Pareto/NBD's 0.553 and 10.578).",
                "规律性:群体的平均 k 为 t / gamma = %.2f;%d / %d 位顾客的 k 后验均值大于 1.5。"
                    + "CDNOW 的顾客购买时间大致随机,正如 Pareto/NBD 所设,所以这里两个模型结论一致"
                    + "(r 与 alpha 接近 Pareto/NBD 的 0.553 和 10.578)。"),
            Objects.requireNonNull(summary.get("t")).mean()
                / Objects.requireNonNull(summary.get("gamma")).mean(),
            regular,
            k.length));
    double[] alive = draws.probabilityAlive();
    double[] expected = draws.expectedPurchases(split.holdoutDuration(), 1);
    double predicted = 0;
    long actual = 0;
    for (int i = 0; i < expected.length; i++) {
      predicted += expected[i];
      actual += split.holdoutFrequency()[i];
    }
    tour.println(
        f(
            tour.text(
                "Customer %s (x = %d, t_x = %.2f, T = %.2f weeks): P(alive) %.2f. All customers,"
                    + " weeks 40-78: %.0f purchases predicted from the draws, %d made.",
                "顾客 %s(x = %d,t_x = %.2f,T = %.2f 周):P(仍活跃)= %.2f。全部顾客第 40-78 周:"
                    + "按抽样预测 %.0f 次购买,实际 %d 次。"),
            cal.customer(0).value(),
            cal.frequency(0),
            cal.recency(0),
            cal.age(0),
            alive[0],
            predicted,
            actual));
    tour.say(
        "At the command line: summarize with --litt, then clv fit --model pggg --litt-column litt"
            + " (options --draws, --burn-in, --thinning, --chains, --seed), then clv predict with"
            + " that fit file and --litt-column litt (P(alive), expected purchases, regularity,"
            + " and --interval for purchase intervals).",
        "命令行:summarize 加 --litt,再 clv fit --model pggg --litt-column litt(选项 --draws、"
            + "--burn-in、--thinning、--chains、--seed),再用该拟合文件和 --litt-column litt 运行"
            + " clv predict(P(仍活跃)、预期购买次数、规律性,加 --interval 给出购买次数区间)。");
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
