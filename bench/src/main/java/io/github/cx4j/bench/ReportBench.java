/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.report.ReportText;
import io.github.cx4j.report.segmentation.SegmentationCharts;
import io.github.cx4j.report.value.ClvCharts;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Building report pages over 1,000,000 customers (issue 15): the segmentation report (RFM grid,
 * segments, Pareto curve, pyramid) to HTML, and the CLV distribution and tiles of a million CLV
 * values. Data as in {@link SegmentationBench}, from a fixed seed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class ReportBench {

  @Param({"1000000"})
  int customers;

  RfmSummaries summaries;
  double[] clv;
  final ReportText text = ReportText.of(Locale.ENGLISH);

  /** Generates the customers. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20_261_202L);
    double[] recency = new double[customers];
    int[] frequency = new int[customers];
    double[] total = new double[customers];
    double[] mean = new double[customers];
    clv = new double[customers];
    List<CustomerId> ids = new ArrayList<>(customers);
    for (int i = 0; i < customers; i++) {
      ids.add(CustomerId.of("c" + i));
      recency[i] = random.nextInt(540);
      frequency[i] = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2.5);
      double gaussian =
          Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
              * Math.cos(2 * Math.PI * random.nextDouble());
      mean[i] = Math.round(Math.exp(3 + 1.2 * gaussian) * 100) / 100.0;
      total[i] = mean[i] * frequency[i];
      clv[i] = total[i] * random.nextDouble();
    }
    summaries =
        RfmSummaries.of(
            ids, LocalDate.of(2025, 7, 1), SummarySpec.DAYS, recency, frequency, total, mean);
  }

  /**
   * The segmentation report as HTML.
   *
   * @return the page's length
   */
  @Benchmark
  public int segmentationReportHtml() {
    return SegmentationCharts.report(summaries, 5, false, RfmSegmentation.rfm(), "bench", text)
        .toHtml()
        .length();
  }

  /**
   * The CLV distribution and tiles.
   *
   * @return the number of marks
   */
  @Benchmark
  public int clvDistribution() {
    return ClvCharts.clvDistribution(clv, 20, text).marks() + ClvCharts.clvTiles(clv, text).marks();
  }
}
