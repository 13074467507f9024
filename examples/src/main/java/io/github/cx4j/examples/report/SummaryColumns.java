/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.report;

import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.DelimitedOptions;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The customer summaries of {@code cx4j report clv --summary}: the columns {@code cx4j summarize}
 * writes and {@code cx4j clv fit} reads (frequency, recency and T in weeks, and the mean repeat
 * value if the file has it).
 */
final class SummaryColumns {
  /** Repeat purchases per customer. */
  final int[] frequency;

  /** First to last purchase, weeks. */
  final double[] recency;

  /** First purchase to the end of the data, weeks. */
  final double[] age;

  /** Mean repeat value, or null if the file has no such column. */
  final double @Nullable [] monetary;

  private SummaryColumns(
      int[] frequency, double[] recency, double[] age, double @Nullable [] monetary) {
    this.frequency = frequency;
    this.recency = recency;
    this.age = age;
    this.monetary = monetary;
  }

  /**
   * Reads the summary file; cells are checked as they are parsed, and a row whose recency exceeds
   * its T, or whose recency is not 0 without repeat purchases, is named by its line.
   */
  static SummaryColumns read(
      Path file,
      DelimitedOptions layout,
      String frequencyColumn,
      String recencyColumn,
      String ageColumn,
      Optional<String> monetaryColumn) {
    String name = file.toString();
    Optional<String> monetary = monetaryColumn;
    if (monetary.isEmpty()) {
      List<String> header = layout.builder().build().header(file);
      monetary = header.stream().filter("monetary"::equalsIgnoreCase).findFirst();
    }
    List<ColumnSpec> specs = new ArrayList<>();
    specs.add(
        ColumnSpec.integer(frequencyColumn)
            .from("--frequency-column")
            .range(0, Integer.MAX_VALUE, "expected a non-negative frequency"));
    specs.add(
        ColumnSpec.decimal(recencyColumn)
            .from("--recency-column")
            .range(0, Double.MAX_VALUE, "expected a non-negative recency"));
    specs.add(
        ColumnSpec.decimal(ageColumn)
            .from("--t-column")
            .range(0, Double.MAX_VALUE, "expected a non-negative T"));
    monetary.ifPresent(
        c ->
            specs.add(
                ColumnSpec.decimal(c)
                    .from("--monetary-column")
                    .range(0, Double.MAX_VALUE, "expected a non-negative mean value")));
    DelimitedReader reader =
        layout.builder().lineNumbers(true).columns(specs.toArray(new ColumnSpec[0])).build();
    Table table = reader.read(file);
    if (table.rows() == 0) {
      throw new CliException(name + ": no customer rows");
    }
    int[] x = table.ints(frequencyColumn);
    double[] tx = table.doubles(recencyColumn);
    double[] t = table.doubles(ageColumn);
    for (int r = 0; r < x.length; r++) {
      if (tx[r] > t[r]) {
        throw CliException.badCell(
            name,
            table.line(r),
            recencyColumn,
            Double.toString(tx[r]),
            "expected a recency within 0.." + t[r] + " (T)");
      }
      if (x[r] == 0 && tx[r] != 0) {
        throw CliException.badCell(
            name,
            table.line(r),
            recencyColumn,
            Double.toString(tx[r]),
            "expected recency 0 with frequency 0");
      }
    }
    return new SummaryColumns(x, tx, t, monetary.map(table::doubles).orElse(null));
  }
}
