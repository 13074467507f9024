/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Companion of {@link SegmentationBench} for a shared machine: the CPU time of the calling thread
 * for the same work on the same data (all of it single-threaded), which waiting for a core does not
 * inflate. Prints best and mean of 8 runs after 4 warm-ups.
 *
 * <p>Run: {@code java -Xmx2g -cp bench/target/benchmarks.jar
 * io.github.cx4j.bench.SegmentationCpuTime}.
 */
public final class SegmentationCpuTime {
  private SegmentationCpuTime() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of customers (default 10,000,000)
   */
  public static void main(String[] args) {
    SegmentationBench bench = new SegmentationBench();
    bench.customers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000_000;
    bench.setUp();
    measure("rfmExact", bench.customers, bench::rfmExact);
    measure("rfmSketch", bench.customers, bench::rfmSketch);
    measure("tieringAbc", bench.customers, bench::tieringAbc);
  }

  private static void measure(String name, int customers, Supplier<Object> work) {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    Object sink = null;
    for (int i = 0; i < 4; i++) {
      sink = work.get();
    }
    double best = Double.MAX_VALUE;
    double sum = 0;
    int runs = 8;
    for (int i = 0; i < runs; i++) {
      long start = mx.getCurrentThreadCpuTime();
      sink = work.get();
      double ms = (mx.getCurrentThreadCpuTime() - start) / 1e6;
      best = Math.min(best, ms);
      sum += ms;
    }
    System.out.println(
        String.format(
            Locale.ROOT,
            "%s customers=%d cpu best=%.1f ms mean=%.1f ms (%s)",
            name,
            customers,
            best,
            sum / runs,
            sink == null ? "-" : sink.getClass().getSimpleName()));
  }
}
