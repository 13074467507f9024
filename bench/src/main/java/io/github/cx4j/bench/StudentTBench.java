/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.core.internal.StudentT;
import java.util.concurrent.TimeUnit;
import org.hipparchus.distribution.continuous.TDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * cx4j-core's one Student-t against Hipparchus' {@code TDistribution}: the two-sided 95% critical
 * value and a two-sided p-value, as the survey and recovery analyses ask for them.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@State(Scope.Benchmark)
public class StudentTBench {
  @Param({"4.7", "29", "1000"})
  double df;

  @Benchmark
  public double quantileCx4j() {
    return StudentT.quantile(0.975, df);
  }

  @Benchmark
  public double quantileHipparchus() {
    return new TDistribution(df).inverseCumulativeProbability(0.975);
  }

  @Benchmark
  public double pValueCx4j() {
    return StudentT.twoSidedP(2.1, df);
  }

  @Benchmark
  public double pValueHipparchus() {
    return 2 * new TDistribution(df).cumulativeProbability(-2.1);
  }
}
