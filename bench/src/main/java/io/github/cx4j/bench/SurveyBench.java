/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.scoring.quality.Kano;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.SurveyResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Survey scoring throughput (issue 4). Targets: NPS over an {@code int[]} of 10,000,000 scores at
 * >= 1e9 scores/s on one core; the NPS collector over 10,000,000 response objects at >= 5e7
 * responses/s; Kano classification of 1,000,000 answer pairs in <= 50 ms. Throughput benchmarks
 * count one operation per score or response ({@code @OperationsPerInvocation}).
 */
@State(Scope.Benchmark)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SurveyBench {
  private static final int SCORES = 10_000_000;
  private static final int PAIRS = 1_000_000;

  private int[] scores;
  private List<SurveyResponse> responses;
  private int[] functional;
  private int[] dysfunctional;

  /** Seeded data, built once. */
  @Setup(Level.Trial)
  public void setUp() {
    SplittableRandom random = new SplittableRandom(42);
    scores = new int[SCORES];
    for (int i = 0; i < SCORES; i++) {
      scores[i] = random.nextInt(11);
    }
    responses = new ArrayList<>(SCORES);
    for (int i = 0; i < SCORES; i++) {
      responses.add(SurveyResponse.of(scores[i]));
    }
    functional = new int[PAIRS];
    dysfunctional = new int[PAIRS];
    for (int i = 0; i < PAIRS; i++) {
      functional[i] = random.nextInt(5) + 1;
      dysfunctional[i] = random.nextInt(5) + 1;
    }
  }

  /**
   * NPS of the column (the fast path), scores per second.
   *
   * @return the result, so the work is not eliminated
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(SCORES)
  public NpsResult npsColumn() {
    return Nps.of(scores);
  }

  /**
   * NPS collector over response objects (sequential stream), responses per second.
   *
   * @return the result
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(SCORES)
  public NpsResult npsCollector() {
    return responses.stream().collect(Nps.collector());
  }

  /**
   * Kano classification of 1,000,000 answer pairs, milliseconds per call.
   *
   * @return the categories
   */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public byte[] kanoClassify() {
    return Kano.classify(functional, dysfunctional);
  }
}
