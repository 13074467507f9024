/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * A CPU-time companion to {@link ValueBench} for a shared, overloaded machine: the process CPU time
 * per operation (all threads, median of 5 after 3 warm-ups), which on an idle 2-core machine bounds
 * the wall time from above (sequential work) or is about twice it (work split over both cores).
 * Run: {@code java -cp bench/target/benchmarks.jar io.github.cx4j.bench.ValueCpuTime}.
 */
public final class ValueCpuTime {
  private ValueCpuTime() {}

  /**
   * Runs the measurements.
   *
   * @param args unused
   * @throws Exception if the data cannot be loaded
   */
  public static void main(String[] args) throws Exception {
    ValueBench b = new ValueBench();
    b.setUp();
    measure("bgNbdFitCdnow", b::bgNbdFitCdnow);
    measure("bgNbdFitMillionDays", b::bgNbdFitMillionDays);
    measure("bgNbdFitMillionDistinct", b::bgNbdFitMillionDistinct);
    measure("paretoNbdFitHundredThousand", b::paretoNbdFitHundredThousand);
    measure("conditionalExpectedMillion", b::conditionalExpectedMillion);
    measure("gammaGammaClvHundredThousand", b::gammaGammaClvHundredThousand);
  }

  private static void measure(String name, Supplier<?> op) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int sink = 0;
    for (int i = 0; i < 3; i++) {
      sink += System.identityHashCode(op.get()) & 1;
    }
    double[] cpu = new double[5];
    double[] wall = new double[5];
    for (int i = 0; i < 5; i++) {
      long c0 = os.getProcessCpuTime();
      long w0 = System.nanoTime();
      sink += System.identityHashCode(op.get()) & 1;
      wall[i] = (System.nanoTime() - w0) / 1e6;
      cpu[i] = (os.getProcessCpuTime() - c0) / 1e6;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.println(
        String.format(
            Locale.ROOT,
            "%-30s process CPU %9.1f ms/op   wall %9.1f ms/op",
            name,
            cpu[2],
            wall[2]));
  }
}
