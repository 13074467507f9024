/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.activity;

import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tour chapter 10: the bundled CDNOW sample summarised in the repeat-purchase convention of
 * customer-base models (Fader, Hardie and Lee 2005): customers, purchases, repeat buyers, the
 * distribution of the number of repeat purchases and the first rows of the summary table.
 */
public final class CdnowChapter implements TourChapter {
  private static final int FIRST_ROWS = 6;
  private static final int LAST_BUCKET = 7;

  /** For {@link java.util.ServiceLoader}. */
  public CdnowChapter() {}

  @Override
  public int order() {
    return 10;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Customer activity: the CDNOW purchases summarised", "顾客活动:CDNOW 购买记录的汇总");
  }

  @Override
  public void run(Tour tour) {
    TransactionLog log = CdnowSample.load();
    tour.say(
        "CDNOW sold CDs online. The bundled sample follows the 2,357 customers it won in the first"
            + " quarter of 1997 until June 1998: every purchase with its day and dollar value.",
        "CDNOW 是一家在线唱片零售商。内置样本跟踪了它在 1997 年第一季度获得的 2,357 位顾客," + "直到 1998 年 6 月:每次购买的日期和金额。");
    tour.printf(
        tour.text(
            "  %,d purchases of %,d customers, %s to %s.", "  %2$,d 位顾客共 %1$,d 次购买,%3$s 至 %4$s。"),
        log.size(),
        log.customerCount(),
        log.firstDate(),
        log.lastDate());

    tour.heading("Repeat purchases up to 1997-09-30, in weeks", "截至 1997-09-30 的重复购买(以周计)");
    tour.say(
        "Customer-base models (BG/NBD, Pareto/NBD) need three numbers per customer: x, the number"
            + " of repeat purchases (days with a purchase after the first one), t_x, the week of"
            + " the last purchase counted from the first, and T, the weeks from the first purchase"
            + " to the end of observation. Several purchases on one day count as one.",
        "顾客基础模型(BG/NBD、Pareto/NBD)对每位顾客需要三个数:x,重复购买次数(首次购买之后有购买的天数);"
            + "t_x,最后一次购买距首次购买的周数;T,首次购买到观察期末的周数。同一天的多次购买算作一次。");
    SummarySpec spec = SummarySpec.of(CdnowSample.CALIBRATION_END, SummarySpec.WEEKS);
    RepeatSummaries summaries = ActivitySummaries.repeat(log, spec);
    int repeaters = summaries.repeatBuyers();
    tour.printf(
        tour.text(
            "  %,d customers; %,d of them (%.1f%%) bought again by %s.",
            "  %,d 位顾客;其中 %,d 位(%.1f%%)在 %s 之前再次购买。"),
        summaries.size(),
        repeaters,
        100.0 * repeaters / summaries.size(),
        CdnowSample.CALIBRATION_END);

    tour.heading("How many repeat purchases?", "重复购买次数的分布");
    int[] buckets = new int[LAST_BUCKET + 1];
    for (int f : summaries.frequency()) {
      buckets[Math.min(f, LAST_BUCKET)]++;
    }
    List<List<String>> distribution = new ArrayList<>();
    distribution.add(List.of("x", tour.text("customers", "顾客数"), tour.text("share", "占比"), ""));
    for (int x = 0; x <= LAST_BUCKET; x++) {
      double share = (double) buckets[x] / summaries.size();
      distribution.add(
          List.of(
              x == LAST_BUCKET ? LAST_BUCKET + "+" : String.valueOf(x),
              String.format(Locale.ROOT, "%,d", buckets[x]),
              String.format(Locale.ROOT, "%.1f%%", 100 * share),
              "#".repeat((int) Math.round(share * 50))));
    }
    tour.table(distribution);
    tour.say(
        "Most customers never came back: that is why these models separate 'still alive but"
            + " quiet' from 'gone for good'.",
        "多数顾客没有再来:这正是这些模型要区分“仍活跃但沉寂”与“已流失”的原因。");

    tour.heading("The first rows of the summary table", "汇总表的前几行");
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            tour.text("customer", "顾客"), "x", "t_x", "T", tour.text("mean repeat $", "平均重复金额")));
    for (int i = 0; i < FIRST_ROWS; i++) {
      rows.add(
          List.of(
              summaries.customer(i).value(),
              String.valueOf(summaries.frequency(i)),
              String.format(Locale.ROOT, "%.2f", summaries.recency(i)),
              String.format(Locale.ROOT, "%.2f", summaries.age(i)),
              String.format(Locale.ROOT, "%.2f", summaries.monetary(i))));
    }
    tour.table(rows);

    CalibrationHoldout split =
        ActivitySummaries.calibrationHoldout(log, spec, CdnowSample.DATA_END);
    int holdoutPurchases = 0;
    int holdoutBuyers = 0;
    for (int f : split.holdoutFrequency()) {
      holdoutPurchases += f;
      holdoutBuyers += f > 0 ? 1 : 0;
    }
    tour.heading("Calibration and holdout", "校准期与检验期");
    tour.printf(
        tour.text(
            "  After %s (a holdout of %.1f weeks) the same customers made %,d more purchase days;"
                + " %,d of them bought at least once. A model fitted on the calibration period is"
                + " judged by how well it predicts these numbers.",
            "  %s 之后(检验期 %.1f 周),这些顾客又有 %,d 个购买日;其中 %,d 位至少购买一次。" + "在校准期拟合的模型,以能否预测这些数字来检验。"),
        CdnowSample.CALIBRATION_END,
        split.holdoutDuration(),
        holdoutPurchases,
        holdoutBuyers);
    tour.say("  In code:", "  代码:");
    tour.println(
        "    ActivitySummaries.repeat(log, SummarySpec.of(LocalDate.of(1997, 9, 30),"
            + " SummarySpec.WEEKS));");
    tour.say("  On the command line:", "  命令行:");
    tour.command(
        "summarize --input examples/src/main/resources/CDNOW_sample.txt"
            + " --customer-column 2 --date-column 3 --date-format yyyyMMdd --amount-column 5"
            + " --separator whitespace --no-header --end 1997-09-30 --unit weeks");
  }
}
