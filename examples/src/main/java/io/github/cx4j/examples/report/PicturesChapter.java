/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.report;

import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import io.github.cx4j.report.Block;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Tour chapter 90, "Pictures": writes the customer-value report of the CDNOW sample (the charts of
 * Fader, Hardie and Lee 2005) to a new temporary folder, prints where it is and what it holds, and
 * shows the commands that write the other reports.
 */
public final class PicturesChapter implements TourChapter {

  /** For {@link java.util.ServiceLoader}. */
  public PicturesChapter() {}

  @Override
  public int order() {
    return 90;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("Pictures: the reports", "图表:报告");
  }

  @Override
  public void run(Tour tour) throws Exception {
    tour.say(
        "Numbers convince a data team once it has seen the picture. cx4j report writes one HTML"
            + " file per analysis: no network is needed to open it, every chart can be saved as SVG"
            + " or PNG for slides, and a button switches to large type for the projector.",
        "数据团队看到图之后才会相信数字。cx4j report 为每项分析写一个 HTML 文件:打开时无需联网,"
            + "每张图都可保存为 SVG 或 PNG 用于幻灯片,一个按钮可切换到适合投影的大字体。");
    Report report = TourPages.clv(ReportText.of(tour.locale()));
    Path dir = Files.createTempDirectory("cx4j-report");
    Path file = report.write(dir.resolve("clv.html"), false);
    tour.heading("The CDNOW customer-value report", "CDNOW 顾客价值报告");
    tour.printf(
        tour.text("  written to %s (%,d bytes)", "  已写入 %s(%,d 字节)"), file, Files.size(file));
    for (Block b : report.blocks()) {
      tour.println("  - " + b.title());
    }
    tour.heading("The other reports", "其他报告");
    tour.command(
        "report rfm --input examples/src/main/resources/CDNOW_sample.txt --customer-column 2"
            + " --date-column 3 --date-format yyyyMMdd --amount-column 5 --separator whitespace"
            + " --no-header --analysis-date 1998-07-01 -o rfm.html");
    tour.command(
        "report survey --input examples/src/main/resources/examples/survey.csv"
            + " --recommend-column recommend --csat-column csat --by region --date-column"
            + " answered_at --attributes speed,staff,price,app,store --overall-column overall"
            + " --kano-input examples/src/main/resources/examples/survey-kano.csv -o survey.html");
    tour.command(
        "report pls --input examples/src/main/resources/examples/ecsi-survey.csv --model ecsi"
            + " -o pls.html");
    tour.command("complaints generate --complaints 200 --output events.jsonl");
    tour.command("report complaints --input events.jsonl -o complaints.html");
    tour.say(
        "  cx4j tour --report DIR writes every chapter of this tour as a page, with all five"
            + " reports on the bundled data.",
        "  cx4j tour --report DIR 把本导览的每一章写成网页,并附上基于随附数据的全部五份报告。");
  }
}
