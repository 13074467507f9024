/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A companion to {@link ActivityBench} for a shared, overloaded machine: the CPU time of the
 * calling thread per summary (best and mean of 8 runs after 4 warm-up runs), which waiting for a
 * core does not inflate. Run it single-threaded so that all work is on the calling thread:
 *
 * <pre>{@code
 * java -XX:ActiveProcessorCount=1 -Xmx2g -cp bench/target/benchmarks.jar \
 *     io.github.cx4j.bench.ActivityCpuTime 2000000/1000000 true
 * }</pre>
 */
public final class ActivityCpuTime {
  private ActivityCpuTime() {}

  /**
   * Prints the CPU time of the repeat and RFM summaries.
   *
   * @param args size as rows/customers, and whether the log is sorted by day
   */
  public static void main(String[] args) {
    ActivityBench state = new ActivityBench();
    state.size = args.length > 0 ? args[0] : "2000000/1000000";
    state.sorted = args.length <= 1 || Boolean.parseBoolean(args[1]);
    state.setUp();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String what : new String[] {"repeat", "rfm"}) {
      long best = Long.MAX_VALUE;
      long sum = 0;
      int kept = 0;
      for (int i = 0; i < 12; i++) {
        long start = threads.getCurrentThreadCpuTime();
        Object result = what.equals("repeat") ? state.repeat() : state.rfm();
        long spent = threads.getCurrentThreadCpuTime() - start;
        if (result == null) {
          throw new AssertionError();
        }
        if (i >= 4) {
          best = Math.min(best, spent);
          sum += spent;
          kept++;
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%s size=%s sorted=%s processors=%d cpu best=%.1f ms mean=%.1f ms%n",
          what,
          state.size,
          state.sorted,
          Runtime.getRuntime().availableProcessors(),
          best / 1e6,
          sum / 1e6 / kept);
    }
  }
}
