/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.spark;

import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourChapter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Tour chapter 95, "cx4j on Spark": the same customer-value models, RFM segments and NPS on Apache
 * Spark {@code Dataset}s ({@code cx4j-spark}, docs/spark.md). It shows the code of the Spark path,
 * and, when Spark is on the class path, runs the example job on the bundled CDNOW sample (Fader,
 * Hardie and Lee 2005, "Counting your customers the easy way: an alternative to the Pareto/NBD
 * model") in {@code local[2]}; otherwise it prints one line saying so and the command that runs it.
 */
public final class SparkChapter implements TourChapter {

  /** For {@link java.util.ServiceLoader}. */
  public SparkChapter() {}

  @Override
  public int order() {
    return 95;
  }

  @Override
  public String title(Tour tour) {
    return tour.text("cx4j on Spark: the same numbers at cluster scale", "Spark 上的 cx4j:集群规模的同样数字");
  }

  @Override
  public void run(Tour tour) throws Exception {
    tour.say(
        "When the purchases or survey answers no longer fit one machine, cx4j-spark computes the"
            + " same measures on Spark Datasets. NPS, CSAT, CES and the satisfaction index are"
            + " Spark aggregators whose buffers are histograms and exact integer sums, so any"
            + " partitioning gives the single-JVM answer. Repeat and RFM summaries are Spark plans"
            + " with the definitions of core.activity. The models are fitted on the driver from"
            + " the distinct (x, t_x, T) patterns with their counts: a few thousand rows however"
            + " many customers there are. The fitted model is broadcast to score every customer.",
        "当购买记录或问卷答案多到一台机器放不下时,cx4j-spark 在 Spark Dataset 上计算同样的指标。"
            + "NPS、CSAT、CES 与满意度指数是 Spark 聚合器,缓冲区是直方图与精确的整数和,"
            + "因此任何分区方式都得到与单机相同的结果。重复购买与 RFM 汇总是 Spark 计划,"
            + "定义与 core.activity 相同。模型在 driver 上由不同的 (x, t_x, T) 模式及其计数拟合:"
            + "无论顾客多少,都只有几千行。拟合好的模型广播出去,为每位顾客打分。");
    tour.heading("The code", "代码");
    for (String line :
        List.of(
            "  SummarySpec weeks = SummarySpec.of(end, SummarySpec.WEEKS);",
            "  Dataset<Row> repeat = SparkActivity.repeat(purchases,"
                + " PurchaseColumns.of(\"customer\", \"date\", \"amount\"), weeks);",
            "  ValueFit bg = SparkFits.bgNbd(repeat, FitOptions.defaults());   // on the driver",
            "  ValueFit gg = SparkFits.gammaGamma(repeat, FitOptions.defaults());",
            "  Dataset<Row> scored = SparkScoring.score(repeat, bg.as(BgNbdModel.class),",
            "      gg.as(GammaGammaModel.class), 52, new ClvHorizon(52, 4, 0.01), 1.0);",
            "      // + pAlive, expectedPurchases, clv",
            "  CxSpark.register(spark);   // cx_nps, cx_csat, cx_ces, cx_kano, ... in SQL",
            "  spark.sql(\"select region, date_format(answered, 'yyyy-MM') month, cx_nps(score) nps"
                + " from surveys group by 1, 2\");")) {
      tour.println(line);
    }
    tour.heading("The example job on CDNOW", "CDNOW 上的示例作业");
    if (!SparkJob.sparkPresent(SparkChapter.class.getClassLoader())) {
      tour.say(
          "  Spark is not on the class path of this JVM, so the job does not run here; with Spark"
              + " it is:",
          "  此 JVM 的类路径上没有 Spark,因此作业不在这里运行;有 Spark 时的命令是:");
      tour.println(
          "  spark-submit --class io.github.cx4j.examples.Cx4j cx4j.jar spark --purchases"
              + " cdnow.csv --end 1998-06-30 --out cx4j-out");
      return;
    }
    Path dir = Files.createTempDirectory("cx4j-spark");
    try {
      Path csv = dir.resolve("cdnow.csv");
      int purchases = writeCdnow(csv);
      tour.printf(
          tour.text(
              "  %,d purchases written to CSV; the job runs in local[2] ...",
              "  已将 %,d 次购买写为 CSV;作业在 local[2] 中运行……"),
          purchases);
      Map<String, String> options =
          Map.of(
              "purchases",
              csv.toString(),
              "end",
              CdnowSample.DATA_END.toString(),
              "weeks",
              "52",
              "out",
              dir.resolve("out").toString());
      for (String line : SparkJob.run("local[2]", options)) {
        tour.println("  " + line);
      }
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Writes the bundled sample as CSV with ISO dates: customer, date, amount.
   *
   * @return the number of purchases written
   */
  static int writeCdnow(Path csv) throws IOException {
    int n = 0;
    DateTimeFormatter basic = DateTimeFormatter.BASIC_ISO_DATE;
    try (InputStream in = CdnowSample.class.getResourceAsStream(CdnowSample.RESOURCE);
        Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
      if (in == null) {
        throw new IllegalStateException("resource " + CdnowSample.RESOURCE + " is missing");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      w.write("customer,date,amount\n");
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.strip().split("\\s+");
        w.write(cells[1] + "," + LocalDate.parse(cells[2], basic) + "," + cells[4] + "\n");
        n++;
      }
    }
    return n;
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
