/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A companion to {@link OperationsBench} for a shared, overloaded machine: the same two workloads
 * ({@code due} over 100,000 complaints, routing 10,000 complaints to 200 agents) timed by the
 * thread's CPU time ({@link ThreadMXBean#getCurrentThreadCpuTime()}) instead of wall time, so the
 * figures say what one core does while the core is ours. Prints one line per round; the first
 * rounds include JIT warm-up.
 *
 * <p>Run: {@code java -cp bench/target/benchmarks.jar io.github.cx4j.bench.OperationsCpuTime
 * [rounds]}.
 */
public final class OperationsCpuTime {
  private OperationsCpuTime() {}

  /**
   * Runs the rounds.
   *
   * @param args optional number of rounds (default 15)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 15;
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    OperationsBench bench = new OperationsBench();
    bench.setUp();
    long sink = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = cpu.getCurrentThreadCpuTime();
      sink += bench.due();
      long t1 = cpu.getCurrentThreadCpuTime();
      sink += bench.route10000().assignments().size();
      long t2 = cpu.getCurrentThreadCpuTime();
      System.out.printf(
          Locale.ROOT,
          "round %2d: due %.3e complaints/s, routing 10,000 to 200 agents %.2f ms (CPU time)%n",
          r + 1,
          100_000 / ((t1 - t0) / 1e9),
          (t2 - t1) / 1e6);
    }
    System.out.println("checksum " + sink);
  }
}
