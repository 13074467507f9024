/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.Clv;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * BG/NBD scoring at extreme shapes (issue 14): P(alive) and the expected purchases of the next 52
 * weeks for 1,000,000 customers, the two columns {@code SparkScoring} adds, with the parameters of
 * the fit that made scoring 3M customers in {@code SparkBench} take 101-111 s (docs/benchmarks.md):
 * SparkBench's generator (one purchase, then Poisson(7/3) more, days uniform over 540 days, weeks)
 * shows no spread in rates and hardly any dropout, so its BG/NBD fit ends in the Poisson limit with
 * a huge a + b, and before the limit was handled every row went to the tanh-sinh quadrature.
 *
 * <ul>
 *   <li>{@code sparkBench}: that fit, {@code r = 1e12, alpha = 2.4033e13, a = 1.4595e5, b =
 *       5.4901e6} (a + b above the series' 1e6 bound);
 *   <li>{@code poissonLimit}: a fit in the limit with ordinary a and b ({@code r / alpha = 0.4} a
 *       week, {@code a = 0.8, b = 4});
 *   <li>{@code largeShapes}: the same a and b as {@code sparkBench} at a finite r = 1000 (rates
 *       spread by 3%), which is not the limit: the quadrature's case;
 *   <li>{@code cdnow}: CDNOW's fit (Fader, Hardie and Lee 2005), the series' case, for reference.
 * </ul>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class ExtremeShapesBench {
  @Param({"sparkBench", "poissonLimit", "largeShapes", "cdnow"})
  String shapes;

  BgNbdModel model;
  int[] x;
  double[] tx;
  double[] age;

  /** SparkBench-like summaries of 1,000,000 customers, in weeks, and the model. */
  @SuppressWarnings("NullAway.Init")
  @Setup
  public void setUp() {
    int n = 1_000_000;
    SplittableRandom rng = new SplittableRandom(14);
    x = new int[n];
    tx = new double[n];
    age = new double[n];
    int end = 545;
    double none = Math.exp(-7.0 / 3);
    for (int i = 0; i < n; i++) {
      int k = 1;
      for (double p = rng.nextDouble(); p > none; p *= rng.nextDouble()) {
        k++;
      }
      TreeSet<Integer> days = new TreeSet<>();
      for (int j = 0; j < k; j++) {
        days.add(rng.nextInt(540));
      }
      x[i] = days.size() - 1;
      tx[i] = x[i] == 0 ? 0 : (days.last() - days.first()) / 7.0;
      age[i] = (end - days.first()) / 7.0;
    }
    model =
        switch (shapes) {
          case "sparkBench" -> new BgNbdModel(1e12, 2.403344986890159e13, 145946.82, 5490076.26);
          case "poissonLimit" -> new BgNbdModel(1e12, 1e12 / 0.4, 0.8, 4.0);
          case "largeShapes" -> new BgNbdModel(1000, 1000 / 0.0416, 145946.82, 5490076.26);
          case "cdnow" -> new BgNbdModel(0.243, 4.414, 0.793, 2.426);
          default -> throw new IllegalArgumentException(shapes);
        };
  }

  /** P(alive) and E[purchases in 52 weeks] of every customer. */
  @Benchmark
  public void scoreMillion(Blackhole bh) {
    bh.consume(Clv.probabilityAlive(model, x, tx, age));
    bh.consume(Clv.conditionalExpectedPurchases(model, 52, x, tx, age));
  }
}
