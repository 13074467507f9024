/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Activity summaries of a large columnar purchase log (issue 2): {@code rows} purchases of {@code
 * customers} customers over 18 months, in chronological order ({@code sorted}) or in random order.
 * The log is built once per trial; each invocation computes the summaries from its columns.
 *
 * <p>Run: {@code java -Xmx2g -jar bench/target/benchmarks.jar ActivityBench -f 1 -wi 3 -i 5
 * -jvmArgs -Xmx2g}. Targets: 2,000,000 purchases of 1,000,000 customers in 0.15 s; 20,000,000
 * purchases in 2 s, within 2 GB of heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class ActivityBench {
  private static final LocalDate START = LocalDate.of(1997, 1, 1);
  private static final int DAYS = 546;

  /** Purchases and customers, as "rows/customers". */
  @Param({"2000000/1000000", "20000000/2000000"})
  public String size;

  /** Whether the log is in chronological order. */
  @Param({"true", "false"})
  public boolean sorted;

  private TransactionLog log;
  private SummarySpec spec;

  /** Builds the log from seeded random columns. */
  @Setup(Level.Trial)
  public void setUp() {
    String[] parts = size.split("/", -1);
    int rows = Integer.parseInt(parts[0]);
    int customers = Integer.parseInt(parts[1]);
    SplittableRandom random = new SplittableRandom(42);
    int[] customer = new int[rows];
    int[] day = new int[rows];
    double[] amount = new double[rows];
    int start = (int) START.toEpochDay();
    for (int r = 0; r < rows; r++) {
      customer[r] = random.nextInt(customers);
      day[r] = start + (sorted ? (int) ((long) r * DAYS / rows) : random.nextInt(DAYS));
      amount[r] = random.nextInt(1, 20_000) / 100.0;
    }
    List<CustomerId> ids = new Ids(customers);
    log = TransactionLog.ofColumns(ids, customer, day, amount);
    spec = SummarySpec.of(START.plusDays(DAYS / 2), SummarySpec.WEEKS);
  }

  /**
   * The repeat convention (frequency, recency, T, monetary) at mid-period.
   *
   * @return the summaries
   */
  @Benchmark
  public RepeatSummaries repeat() {
    return ActivitySummaries.repeat(log, spec);
  }

  /**
   * The RFM convention at mid-period.
   *
   * @return the summaries
   */
  @Benchmark
  public RfmSummaries rfm() {
    return ActivitySummaries.rfm(log, spec);
  }

  /** Customer ids "c0", "c1", ... materialised (the log copies the list). */
  private static final class Ids extends AbstractList<CustomerId> {
    private final int size;

    Ids(int size) {
      this.size = size;
    }

    @Override
    public CustomerId get(int index) {
      return CustomerId.of("c" + index);
    }

    @Override
    public int size() {
      return size;
    }
  }
}
