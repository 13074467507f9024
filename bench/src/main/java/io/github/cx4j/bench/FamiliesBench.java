/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.scoring.value.BgCnbd;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GgompertzNbd;
import io.github.cx4j.scoring.value.MbgCnbd;
import io.github.cx4j.scoring.value.ValueFit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
 * The BTYDplus model families (issue 20 item 2) on CDNOW (2,357 customers, weeks, calibration to
 * 1997-09-30): BG/CNBD-k and MBG/CNBD-k choosing k among 1..5 (target: <= 0.5 s in all), and the
 * GGompertz/NBD fit (numerical integration of the likelihood; no target). CDNOW is read from {@code
 * examples/src/main/resources/CDNOW_sample.txt} (run from the project root); same-day purchases
 * count as one, litt is the sum of the logarithms of the calibration inter-purchase times in weeks.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class FamiliesBench {
  int[] x;
  double[] tx;
  double[] age;
  double[] litt;

  /** Loads and summarises CDNOW. */
  @SuppressWarnings("NullAway.Init")
  @Setup
  public void setUp() throws IOException {
    LocalDate end = LocalDate.of(1997, 9, 30);
    Map<String, TreeSet<LocalDate>> days = new TreeMap<>();
    List<String> lines =
        Files.readAllLines(Path.of("examples/src/main/resources/CDNOW_sample.txt"));
    for (String line : lines) {
      String[] c = line.strip().split("\\s+");
      if (c.length == 5) {
        days.computeIfAbsent(c[1], id -> new TreeSet<>())
            .add(LocalDate.parse(c[2], DateTimeFormatter.BASIC_ISO_DATE));
      }
    }
    int n = days.size();
    x = new int[n];
    tx = new double[n];
    age = new double[n];
    litt = new double[n];
    int i = 0;
    for (TreeSet<LocalDate> d : days.values()) {
      LocalDate first = d.first();
      LocalDate last = first;
      for (LocalDate day : d) {
        if (day.isAfter(first) && !day.isAfter(end)) {
          x[i]++;
          litt[i] += Math.log(ChronoUnit.DAYS.between(last, day) / 7.0);
          last = day;
        }
      }
      tx[i] = ChronoUnit.DAYS.between(first, last) / 7.0;
      age[i] = ChronoUnit.DAYS.between(first, end) / 7.0;
      i++;
    }
  }

  /** BG/CNBD-k on CDNOW, k = 1..5 fitted and the best kept. */
  @Benchmark
  public ValueFit bgCnbdChooseKCdnow() {
    return BgCnbd.fit(x, tx, age, litt, null, FitOptions.defaults(), 5);
  }

  /** MBG/CNBD-k on CDNOW, k = 1..5. */
  @Benchmark
  public ValueFit mbgCnbdChooseKCdnow() {
    return MbgCnbd.fit(x, tx, age, litt, null, FitOptions.defaults(), 5);
  }

  /** GGompertz/NBD on CDNOW (the fit runs to its Pareto/NBD limit, b -> 0). */
  @Benchmark
  public ValueFit ggompertzNbdFitCdnow() {
    return GgompertzNbd.fit(x, tx, age);
  }
}
