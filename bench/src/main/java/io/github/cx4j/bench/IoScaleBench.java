/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.io.CategoryColumn;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Large purchase files within a bounded heap (issue 13), single shot, whole read: 10M purchases of
 * 1M customers (about 260 MB) held in columns within {@code -Xmx1g}; 40M purchases of 1M customers
 * (about 1 GB) read and summarised (repeat convention) within {@code -Xmx2g}, target under 10 s.
 *
 * <p>Run: {@code java -jar bench/target/benchmarks.jar IoScaleBench}. The files are written once
 * into {@code ${java.io.tmpdir}/cx4j-bench}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class IoScaleBench {
  private Path tenMillion;
  private Path fortyMillion;
  private DelimitedReader reader;

  /** Writes the files once. */
  @Setup(Level.Trial)
  public void setUp() {
    tenMillion = PurchaseFiles.purchases(10_000_000, 1_000_000);
    fortyMillion = PurchaseFiles.purchases(40_000_000, 1_000_000);
    reader =
        DelimitedReader.builder()
            .columns(
                ColumnSpec.category("customer"),
                ColumnSpec.date("date"),
                ColumnSpec.decimal("amount"))
            .build();
  }

  /** 10M purchases into columns, within 1 GB of heap. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx1g")
  public Table tenMillionWithin1g() {
    return reader.read(tenMillion);
  }

  /** 40M purchases (about 1 GB) read and summarised within 2 GB of heap. */
  @Benchmark
  @Fork(value = 1, jvmArgsAppend = "-Xmx2g")
  public RepeatSummaries gigabyteSummarisedWithin2g() {
    Table t = reader.read(fortyMillion);
    CategoryColumn ids = t.categories("customer");
    TransactionLog log =
        TransactionLog.ofColumns(
            ids.values().stream().map(CustomerId::of).toList(),
            ids.codes(),
            t.epochDays("date"),
            t.doubles("amount"));
    return ActivitySummaries.repeat(
        log, SummarySpec.of(LocalDate.of(1998, 12, 31), SummarySpec.DAYS));
  }
}
