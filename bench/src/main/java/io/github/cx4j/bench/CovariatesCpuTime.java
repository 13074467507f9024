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
 * A CPU-time companion to {@link CovariatesBench} for a shared, overloaded machine: process CPU
 * time per fit (all threads, median of 3 after 1 warm-up). The likelihood is summed on all cores,
 * so on an idle 2-core machine the wall time is about half the CPU time. Run: {@code java -cp
 * bench/target/benchmarks.jar io.github.cx4j.bench.CovariatesCpuTime}.
 */
public final class CovariatesCpuTime {
  private CovariatesCpuTime() {}

  /**
   * Runs the measurements.
   *
   * @param args unused
   */
  public static void main(String[] args) {
    CovariatesBench b = new CovariatesBench();
    b.setUp();
    measure("paretoNbdThreeCovariates100k", b::paretoNbdThreeCovariates100k);
    measure("paretoNbdThreeCovariatesElasticNet100k", b::paretoNbdThreeCovariatesElasticNet100k);
  }

  private static void measure(String name, Supplier<?> op) {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    int sink = System.identityHashCode(op.get()) & 1;
    double[] cpu = new double[3];
    double[] wall = new double[3];
    for (int i = 0; i < 3; i++) {
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
            "%-40s process CPU %9.1f ms/op   wall %9.1f ms/op%s",
            name,
            cpu[1],
            wall[1],
            sink < 0 ? "" : ""));
  }
}
