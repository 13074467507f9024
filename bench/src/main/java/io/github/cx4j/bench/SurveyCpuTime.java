/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.scoring.quality.Kano;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.SurveyResponse;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A companion to {@link SurveyBench} for a shared, overloaded machine: the same three workloads
 * timed by the thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}) instead of wall
 * time, so the figures say what one core does while the core is ours, however many other processes
 * compete for it. Prints one line per round; the first rounds include JIT warm-up.
 *
 * <p>Run: {@code java -Xmx4g -cp bench/target/benchmarks.jar io.github.cx4j.bench.SurveyCpuTime
 * [rounds]}.
 */
public final class SurveyCpuTime {
  private SurveyCpuTime() {}

  /**
   * Runs the rounds.
   *
   * @param args optional number of rounds (default 15)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    SplittableRandom random = new SplittableRandom(42);
    int n = 10_000_000;
    int[] scores = new int[n];
    for (int i = 0; i < n; i++) {
      scores[i] = random.nextInt(11);
    }
    List<SurveyResponse> responses = new ArrayList<>(n);
    for (int s : scores) {
      responses.add(SurveyResponse.of(s));
    }
    int[] f = new int[1_000_000];
    int[] d = new int[1_000_000];
    for (int i = 0; i < f.length; i++) {
      f[i] = random.nextInt(5) + 1;
      d[i] = random.nextInt(5) + 1;
    }
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      sink += Nps.of(scores).n();
      long t1 = cpu.getCurrentThreadCpuTime();
      sink += responses.stream().collect(Nps.collector()).n();
      long t2 = cpu.getCurrentThreadCpuTime();
      sink += Kano.classify(f, d).length;
      long t3 = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          Locale.ROOT,
          "round %2d: NPS column %.3e scores/s, collector %.3e responses/s, Kano 1e6 pairs %.2f ms"
              + " (CPU time)%n",
          r + 1,
          n / ((t1 - t0) / 1e9),
          n / ((t2 - t1) / 1e9),
          (t3 - t2) / 1e6);
    }
    System.out.println("checksum " + sink);
  }
}
