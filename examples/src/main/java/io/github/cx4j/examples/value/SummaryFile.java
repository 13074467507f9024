/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.cli.Delimited;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The summary-file options shared by {@code clv fit} and {@code clv predict}, and the reading. */
final class SummaryFile {
  @Option(names = "--summary", required = true, description = "The summary file (CSV by default).")
  Path summary;

  @Option(names = "--id-column", description = "Customer id column (name or 1-based index).")
  Optional<String> idColumn = Optional.empty();

  @Option(
      names = "--frequency-column",
      defaultValue = "frequency",
      description = "Repeat purchases x (default: ${DEFAULT-VALUE}).")
  String frequencyColumn = "frequency";

  @Option(
      names = "--recency-column",
      defaultValue = "recency",
      description = "Recency t_x (default: ${DEFAULT-VALUE}).")
  String recencyColumn = "recency";

  @Option(
      names = "--t-column",
      defaultValue = "T",
      description = "Age T, or the number of opportunities n for bgbb (default: ${DEFAULT-VALUE}).")
  String tColumn = "T";

  @Option(
      names = "--monetary-column",
      description = "Mean value of the repeat purchases (needed by gammagamma and for spend).")
  Optional<String> monetaryColumn = Optional.empty();

  @Option(names = "--weight-column", description = "Customers per row (weighted patterns).")
  Optional<String> weightColumn = Optional.empty();

  @Option(names = "--no-header", description = "The file has no header line.")
  boolean noHeader;

  @Option(
      names = "--separator",
      defaultValue = ",",
      description = "Field separator: one character, 'tab' or 'whitespace' (default: ,).")
  String separator = ",";

  /** The columns of a summary file. */
  static final class Data {
    final List<String> ids = new ArrayList<>();
    int[] frequency = new int[16];
    double[] recency = new double[16];
    double[] age = new double[16];
    double[] monetary = new double[16];
    double[] weight = new double[16];
    int size;
    boolean hasMonetary;
    boolean hasWeight;

    void add(String id, int x, double tx, double t, double m, double w) {
      if (size == frequency.length) {
        int n = size * 2;
        frequency = java.util.Arrays.copyOf(frequency, n);
        recency = java.util.Arrays.copyOf(recency, n);
        age = java.util.Arrays.copyOf(age, n);
        monetary = java.util.Arrays.copyOf(monetary, n);
        weight = java.util.Arrays.copyOf(weight, n);
      }
      ids.add(id);
      frequency[size] = x;
      recency[size] = tx;
      age[size] = t;
      monetary[size] = m;
      weight[size] = w;
      size++;
    }

    void trim() {
      frequency = java.util.Arrays.copyOf(frequency, size);
      recency = java.util.Arrays.copyOf(recency, size);
      age = java.util.Arrays.copyOf(age, size);
      monetary = java.util.Arrays.copyOf(monetary, size);
      weight = java.util.Arrays.copyOf(weight, size);
    }
  }

  Data read() {
    Delimited file = Delimited.open(summary, separator, !noHeader);
    Optional<Integer> id = file.optionalColumn("--id-column", idColumn);
    int x = file.column("--frequency-column", frequencyColumn);
    int tx = file.column("--recency-column", recencyColumn);
    int t = file.column("--t-column", tColumn);
    Optional<Integer> m = file.optionalColumn("--monetary-column", monetaryColumn);
    Optional<Integer> w = file.optionalColumn("--weight-column", weightColumn);
    Data data = new Data();
    data.hasMonetary = m.isPresent();
    data.hasWeight = w.isPresent();
    file.forEachRow(
        row -> {
          int freq = row.integer(x);
          if (freq < 0) {
            throw row.error(x, row.text(x), "expected a non-negative frequency");
          }
          double rec = row.number(tx);
          double age = row.number(t);
          if (rec < 0 || rec > age) {
            throw row.error(tx, row.text(tx), "expected a recency within 0.." + age);
          }
          if (age < 0) {
            throw row.error(t, row.text(t), "expected a non-negative T");
          }
          if (freq == 0 && rec != 0) {
            throw row.error(tx, row.text(tx), "expected recency 0 with frequency 0");
          }
          double mon = m.isPresent() ? row.number(m.get()) : 0.0;
          if (m.isPresent() && freq > 0 && mon <= 0) {
            throw row.error(m.get(), row.text(m.get()), "expected a positive mean value");
          }
          double weight = w.isPresent() ? row.number(w.get()) : 1.0;
          if (weight < 0) {
            throw row.error(w.get(), row.text(w.get()), "expected a non-negative weight");
          }
          String name = id.isPresent() ? row.text(id.get()) : String.valueOf(data.size + 1);
          data.add(name, freq, rec, age, mon, weight);
        });
    if (data.size == 0) {
      throw new io.github.cx4j.examples.cli.CliException(summary + ": no data rows");
    }
    data.trim();
    return data;
  }
}
