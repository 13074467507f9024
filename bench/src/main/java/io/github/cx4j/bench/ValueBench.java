/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGamma;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.ModelComparison;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.SimulatedCustomers;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Customer-value models (issue 6 targets): BG/NBD fit on CDNOW (2,357 customers) <= 10 ms; BG/NBD
 * fit on 1,000,000 customers at day granularity <= 0.3 s and on 1,000,000 all-distinct summaries <=
 * 3 s; Pareto/NBD fit on 100,000 customers <= 1 s; conditional expected purchases for 1,000,000
 * customers <= 100 ms; Gamma-Gamma CLV for 100,000 customers <= 50 ms.
 *
 * <p>CDNOW is read from {@code examples/src/main/resources/CDNOW_sample.txt} (run from the project
 * root). Simulated customers: BG/NBD or Pareto/NBD with CDNOW-like parameters in days (alpha =
 * 4.414 weeks x 7), acquired uniformly over a year and observed for another year (T = 365..730
 * days); "day granularity" rounds recency and T to whole days, "distinct" keeps continuous times.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class ValueBench {
  int[] cdnowX;
  double[] cdnowTx;
  double[] cdnowT;
  SimulatedCustomers millionDays;
  SimulatedCustomers millionDistinct;
  SimulatedCustomers paretoDays;
  SimulatedCustomers boundary;
  double[] spend;
  int[] x100k;
  double[] tx100k;
  double[] t100k;
  double[] m100k;
  BgNbdModel bg;
  GammaGammaModel gg;
  ClvHorizon horizon;

  static double[] ages(int n, boolean days) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      double v = 365 + 365.0 * ((i * 0.6180339887498949) % 1.0);
      t[i] = days ? Math.rint(v) : v;
    }
    return t;
  }

  static SimulatedCustomers toDays(SimulatedCustomers s) {
    double[] tx = s.recency().clone();
    for (int i = 0; i < tx.length; i++) {
      tx[i] = s.frequency()[i] == 0 ? 0 : Math.min(s.age()[i], Math.max(1, Math.rint(tx[i])));
    }
    return new SimulatedCustomers(s.frequency(), tx, s.age());
  }

  /** Loads the data. */
  @SuppressWarnings("NullAway.Init")
  @Setup
  public void setUp() throws IOException {
    TransactionLog.Builder log = TransactionLog.builder(7_000);
    Map<String, Integer> ids = new HashMap<>();
    List<String> lines =
        Files.readAllLines(Path.of("examples/src/main/resources/CDNOW_sample.txt"));
    for (String line : lines) {
      String[] c = line.strip().split("\\s+");
      if (c.length == 5) {
        int customer = ids.computeIfAbsent(c[1], id -> log.customer(CustomerId.of(id)));
        int day = (int) LocalDate.parse(c[2], DateTimeFormatter.BASIC_ISO_DATE).toEpochDay();
        log.add(customer, day, Double.parseDouble(c[4]));
      }
    }
    RepeatSummaries s =
        ActivitySummaries.repeat(log.build(), LocalDate.of(1997, 9, 30), SummarySpec.WEEKS);
    cdnowX = s.frequency();
    cdnowTx = s.recency();
    cdnowT = s.age();
    BgNbdModel days = new BgNbdModel(0.243, 4.414 * 7, 0.793, 2.426);
    millionDays = toDays(BgNbd.simulate(days, ages(1_000_000, true), 1));
    millionDistinct = BgNbd.simulate(days, ages(1_000_000, false), 2);
    paretoDays =
        toDays(
            ParetoNbd.simulate(
                new ParetoNbdModel(0.553, 10.578 * 7, 0.606, 11.669 * 7), ages(100_000, true), 3));
    double[] weeks = new double[1_500];
    for (int i = 0; i < weeks.length; i++) {
      weeks[i] = 27 + 12.0 * ((i * 0.6180339887498949) % 1.0);
    }
    boundary = BgNbd.simulate(new BgNbdModel(0.25, 4.5, 0.8, 2.5), weeks, 5);
    bg = days;
    gg = new GammaGammaModel(6.25, 3.74, 15.44);
    x100k = java.util.Arrays.copyOf(millionDays.frequency(), 100_000);
    tx100k = java.util.Arrays.copyOf(millionDays.recency(), 100_000);
    t100k = java.util.Arrays.copyOf(millionDays.age(), 100_000);
    m100k = GammaGamma.simulate(gg, x100k, 4);
    horizon = ClvHorizon.ofAnnualRate(365.2425, 365.2425 / 12, 0.1, 365.2425);
  }

  /**
   * Pareto/NBD fit on 1,500 BG/NBD customers (weeks), data on which the Pareto/NBD optimum lies at
   * the boundary (s and beta growing together): the case that took minutes before the dropout
   * integral (issue 20).
   */
  @Benchmark
  public ValueFit paretoNbdFitBoundary() {
    return ParetoNbd.fit(boundary.frequency(), boundary.recency(), boundary.age());
  }

  /** NBD, BG/NBD, MBG/NBD and Pareto/NBD fitted and compared on CDNOW (issue 20 item 4). */
  @Benchmark
  public ModelComparison compareCdnow() {
    return ModelComparison.of(
        List.of(ValueModelKind.BGNBD, ValueModelKind.MBGNBD, ValueModelKind.PARETONBD),
        cdnowX,
        cdnowTx,
        cdnowT,
        null,
        null,
        0,
        7,
        FitOptions.defaults());
  }

  /** BG/NBD fit on the CDNOW sample (target 10 ms). */
  @Benchmark
  public ValueFit bgNbdFitCdnow() {
    return BgNbd.fit(cdnowX, cdnowTx, cdnowT);
  }

  /** BG/NBD fit on 1,000,000 customers at day granularity, collapse included (target 0.3 s). */
  @Benchmark
  public ValueFit bgNbdFitMillionDays() {
    return BgNbd.fit(millionDays.frequency(), millionDays.recency(), millionDays.age());
  }

  /** BG/NBD fit on 1,000,000 all-distinct summaries (target 3 s on 2 cores). */
  @Benchmark
  public ValueFit bgNbdFitMillionDistinct() {
    return BgNbd.fit(millionDistinct.frequency(), millionDistinct.recency(), millionDistinct.age());
  }

  /** Pareto/NBD fit on 100,000 customers at day granularity (target 1 s). */
  @Benchmark
  public ValueFit paretoNbdFitHundredThousand() {
    return ParetoNbd.fit(paretoDays.frequency(), paretoDays.recency(), paretoDays.age());
  }

  /** Conditional expected purchases in the next 365 days, 1,000,000 distinct customers (100 ms). */
  @Benchmark
  public double[] conditionalExpectedMillion() {
    return Clv.conditionalExpectedPurchases(
        bg, 365, millionDistinct.frequency(), millionDistinct.recency(), millionDistinct.age());
  }

  /** Gamma-Gamma CLV over a year in 12 monthly periods, 100,000 customers (target 50 ms). */
  @Benchmark
  public double[] gammaGammaClvHundredThousand() {
    return Clv.of(bg, gg, x100k, tx100k, t100k, m100k, horizon, 1.0);
  }
}
