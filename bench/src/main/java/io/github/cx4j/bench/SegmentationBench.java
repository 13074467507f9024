/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.segmentation.rfm.Rfm;
import io.github.cx4j.segmentation.rfm.RfmCutPoints;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.segmentation.rfm.RfmSegments;
import io.github.cx4j.segmentation.rfm.RfmSketch;
import io.github.cx4j.segmentation.tier.AbcClass;
import io.github.cx4j.segmentation.tier.Tiering;
import io.github.cx4j.segmentation.tier.Tiers;
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
 * RFM scores and segments and value tiers for 10,000,000 customers (issue 7): exact cut points by
 * radix selection, cut points from KLL sketches, and ABC tiering. Data: recency uniform on 0..539
 * days (whole days), frequency 1 + geometric (mean about 3.5), monetary log-normal (median about
 * 20), from a fixed seed. Run with {@code -jvmArgs -Xmx2g} to check the 2 GB heap budget.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx2g"})
public class SegmentationBench {

  @Param({"10000000"})
  int customers;

  double[] recency;
  int[] frequency;
  double[] monetary;

  /** Generates the customers. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20_261_122L);
    recency = new double[customers];
    frequency = new int[customers];
    monetary = new double[customers];
    for (int i = 0; i < customers; i++) {
      recency[i] = random.nextInt(540);
      frequency[i] = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2.5);
      double gaussian =
          Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
              * Math.cos(2 * Math.PI * random.nextDouble());
      monetary[i] = Math.round(Math.exp(3 + 1.2 * gaussian) * 100) / 100.0;
    }
  }

  /**
   * Exact type-7 cut points, scores and the R rfm segments.
   *
   * @return the segments
   */
  @Benchmark
  public RfmSegments rfmExact() {
    return RfmSegmentation.rfm().assign(Rfm.score(recency, frequency, monetary));
  }

  /**
   * Cut points from KLL sketches (k = 200), scores and segments.
   *
   * @return the segments
   */
  @Benchmark
  public RfmSegments rfmSketch() {
    RfmCutPoints cuts = RfmSketch.create().update(recency, frequency, monetary).cutPoints(5);
    return RfmSegmentation.rfm().assign(Rfm.score(recency, frequency, monetary, cuts));
  }

  /**
   * ABC tiers by cumulative share of the monetary value (80/95).
   *
   * @return the tiers
   */
  @Benchmark
  public Tiers<AbcClass> tieringAbc() {
    return Tiering.abc(monetary);
  }
}
