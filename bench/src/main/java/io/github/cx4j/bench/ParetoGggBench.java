/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.scoring.value.McmcOptions;
import io.github.cx4j.scoring.value.ParetoGgg;
import io.github.cx4j.scoring.value.ParetoGggDraws;
import java.io.IOException;
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
 * Pareto/GGG by MCMC (Platzer and Reutterer 2016; issue 20 target: CDNOW, 2,357 customers, 2,000
 * draws, <= 10 s on 2 cores). A draw is one sampler step over every customer and the cohort
 * parameters; {@link #pgggFitCdnow} runs 2,000 of them as 2 chains of 1,000 in parallel (no
 * burn-in, every 10th kept), {@link #pgggOneChainCdnow} 2,000 in one chain (one core), and {@link
 * #pgggDrawCustomersCdnow} what {@code clv predict} does with a fit file: 100 stored cohort draws,
 * each customer redrawn after 500 steps of burn-in. CDNOW as in {@link FamiliesBench} (weeks, litt
 * of the calibration purchases).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@State(Scope.Benchmark)
public class ParetoGggBench {
  int[] x;
  double[] tx;
  double[] age;
  double[] litt;
  ParetoGggDraws stored;

  /** Loads CDNOW and runs a short fit whose cohort draws the prediction benchmark uses. */
  @SuppressWarnings("NullAway.Init")
  @Setup
  public void setUp() throws IOException {
    FamiliesBench cdnow = new FamiliesBench();
    cdnow.setUp();
    x = cdnow.x;
    tx = cdnow.tx;
    age = cdnow.age;
    litt = cdnow.litt;
    stored = ParetoGgg.fit(x, tx, age, litt, new McmcOptions(500, 100, 10, 2, 3));
  }

  /** 2,000 draws as 2 chains of 1,000 in parallel (target 10 s). */
  @Benchmark
  public ParetoGggDraws pgggFitCdnow() {
    return ParetoGgg.fit(x, tx, age, litt, new McmcOptions(1000, 0, 10, 2, 1));
  }

  /** 2,000 draws in one chain. */
  @Benchmark
  public ParetoGggDraws pgggOneChainCdnow() {
    return ParetoGgg.fit(x, tx, age, litt, new McmcOptions(2000, 0, 20, 1, 1));
  }

  /** Customers redrawn from 100 stored cohort draws after 500 burn-in steps, then P(alive). */
  @Benchmark
  public double[] pgggDrawCustomersCdnow() {
    return ParetoGgg.drawCustomers(stored.hyperparameters(), x, tx, age, litt, 500, 1)
        .probabilityAlive();
  }
}
