/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.Inputs;
import io.github.cx4j.io.CategoryColumn;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The summary-file options shared by {@code clv fit} and {@code clv predict}, and the reading. */
final class SummaryFile {
  @Option(
      names = {"--summary", "--input"},
      required = true,
      paramLabel = "FILE|-",
      description = "The summary file (CSV by default; .gz is decompressed, - is standard input).")
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

  @Option(
      names = "--charset",
      paramLabel = "NAME",
      defaultValue = "UTF-8",
      description = "Charset of the summary file (default: ${DEFAULT-VALUE}).")
  String charset = "UTF-8";

  /** The columns of a summary file. */
  /** Further columns a command reads with the summary; add them before {@link #read()}. */
  final List<ColumnSpec> extraColumns = new ArrayList<>();

  static final class Data {
    final List<String> ids = new ArrayList<>();

    /** The table read, for the {@link #extraColumns}. */
    @org.jspecify.annotations.Nullable Table table;

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

  /**
   * Reads the summary columns straight into arrays through cx4j-io; checks that involve two columns
   * are made afterwards and name the line kept for each row.
   */
  Data read() {
    List<ColumnSpec> specs = new ArrayList<>();
    idColumn.ifPresent(c -> specs.add(ColumnSpec.category(c).from("--id-column")));
    specs.add(
        ColumnSpec.integer(frequencyColumn)
            .from("--frequency-column")
            .range(0, Integer.MAX_VALUE, "expected a non-negative frequency"));
    specs.add(ColumnSpec.decimal(recencyColumn).from("--recency-column"));
    specs.add(
        ColumnSpec.decimal(tColumn)
            .from("--t-column")
            .range(0, Double.MAX_VALUE, "expected a non-negative T"));
    monetaryColumn.ifPresent(c -> specs.add(ColumnSpec.decimal(c).from("--monetary-column")));
    weightColumn.ifPresent(
        c ->
            specs.add(
                ColumnSpec.decimal(c)
                    .from("--weight-column")
                    .range(0, Double.MAX_VALUE, "expected a non-negative weight")));
    specs.addAll(extraColumns);
    String file = summary.toString();
    DelimitedReader.Builder builder =
        Inputs.builder(separator)
            .header(!noHeader)
            .charset(Inputs.charset(charset))
            .lineNumbers(true)
            .columns(specs.toArray(new ColumnSpec[0]));
    Table table = builder.build().read(file);
    if (table.rows() == 0) {
      throw new CliException(summary + ": no data rows");
    }
    Data data = new Data();
    data.table = table;
    data.size = table.rows();
    data.frequency = table.ints(frequencyColumn);
    data.recency = table.doubles(recencyColumn);
    data.age = table.doubles(tColumn);
    data.hasMonetary = monetaryColumn.isPresent();
    data.hasWeight = weightColumn.isPresent();
    data.monetary =
        monetaryColumn.isPresent() ? table.doubles(monetaryColumn.get()) : new double[data.size];
    if (weightColumn.isPresent()) {
      data.weight = table.doubles(weightColumn.get());
    } else {
      data.weight = new double[data.size];
      java.util.Arrays.fill(data.weight, 1.0);
    }
    List<String> header = table.header();
    for (int r = 0; r < data.size; r++) {
      int freq = data.frequency[r];
      double rec = data.recency[r];
      double age = data.age[r];
      if (rec < 0 || rec > age) {
        throw bad(table, r, header, recencyColumn, rec, "expected a recency within 0.." + age);
      }
      if (freq == 0 && rec != 0) {
        throw bad(table, r, header, recencyColumn, rec, "expected recency 0 with frequency 0");
      }
      // a repeat buyer whose repeat purchases are worth 0 is a legitimate observation: the
      // Gamma-Gamma fit leaves such rows out and reports them, predictions take them
      if (data.hasMonetary && freq > 0 && !(data.monetary[r] >= 0)) {
        throw bad(
            table,
            r,
            header,
            monetaryColumn.orElseThrow(),
            data.monetary[r],
            "expected a non-negative mean value");
      }
    }
    if (idColumn.isPresent()) {
      CategoryColumn ids = table.categories(idColumn.get());
      List<String> values = ids.values();
      for (int code : ids.codes()) {
        data.ids.add(values.get(code));
      }
    } else {
      for (int r = 0; r < data.size; r++) {
        data.ids.add(String.valueOf(r + 1));
      }
    }
    return data;
  }

  private CliException bad(
      Table table, int row, List<String> header, String column, double value, String problem) {
    int index = header.indexOf(column);
    if (index < 0) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).equalsIgnoreCase(column)) {
          index = i;
        }
      }
    }
    String label = index >= 0 ? header.get(index) + " (" + (index + 1) + ")" : column;
    String text =
        value == Math.rint(value) && Math.abs(value) < 1e15
            ? Long.toString((long) value)
            : Double.toString(value);
    return CliException.badCell(summary.toString(), table.line(row), label, text, problem);
  }
}
