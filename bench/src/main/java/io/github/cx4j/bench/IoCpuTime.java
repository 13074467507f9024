/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A companion to {@link IoBench} for a shared, overloaded machine: the CPU time of the calling
 * thread for one single-threaded parse of the purchase file into columns (best and mean of 6 runs
 * after 3 warm-up runs), which waiting for a core does not inflate, and the megabytes per CPU
 * second that follow. Garbage collection runs on other threads and is not counted.
 *
 * <pre>{@code
 * java -Xmx2g -cp bench/target/benchmarks.jar io.github.cx4j.bench.IoCpuTime 2850000/1000000
 * }</pre>
 */
public final class IoCpuTime {
  private IoCpuTime() {}

  /**
   * Prints the CPU time of a one-thread parse.
   *
   * @param args size as rows/customers
   * @throws IOException if the file cannot be written or sized
   */
  public static void main(String[] args) throws IOException {
    String size = args.length > 0 ? args[0] : "2850000/1000000";
    String[] parts = size.split("/", -1);
    Path file = PurchaseFiles.purchases(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    long bytes = Files.size(file);
    DelimitedReader reader =
        DelimitedReader.builder()
            .threads(1)
            .columns(
                ColumnSpec.category("customer"),
                ColumnSpec.date("date"),
                ColumnSpec.decimal("amount"))
            .build();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long best = Long.MAX_VALUE;
    long sum = 0;
    int kept = 0;
    for (int i = 0; i < 9; i++) {
      long start = threads.getCurrentThreadCpuTime();
      Table t = reader.read(file);
      long spent = threads.getCurrentThreadCpuTime() - start;
      if (t.rows() != Integer.parseInt(parts[0])) {
        throw new AssertionError("rows " + t.rows());
      }
      if (i >= 3) {
        best = Math.min(best, spent);
        sum += spent;
        kept++;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "parse size=%s bytes=%d cpu best=%.1f ms (%.0f MB/cpu-s) mean=%.1f ms%n",
        size,
        bytes,
        best / 1e6,
        bytes / 1e6 / (best / 1e9),
        sum / 1e6 / kept);
  }
}
