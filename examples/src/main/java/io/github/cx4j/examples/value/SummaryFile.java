/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.DelimitedOptions;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The summary-file options shared by {@code clv fit} and {@code clv predict}, and the reading. */
final class SummaryFile {
  @Option(
      names = {"--summary", "--input"},
      required = true,
      paramLabel = "FILE|-",
      description = "The summary file (CSV by default; .gz is decompressed, - is standard input).")
  Path summary;

  @Option(
      names = "--id-column",
      description =
          "Customer id column (name or 1-based index; default: the column named customer,"
              + " customer_id or id).")
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

  @Mixin DelimitedOptions layout = new DelimitedOptions();

  /** The columns of a summary file. */
  /** Further columns a command reads with the summary; add them before {@link #read(boolean)}. */
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

    /** The time unit recorded in the file's {@code # cx4j summarize:} comment, if any. */
    Optional<Duration> unit = Optional.empty();

    /** The observation end recorded in the file, if any. */
    Optional<LocalDate> end = Optional.empty();

    /** The line of each row. */
    long[] lines = new long[0];

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
  Data read(boolean needIds) {
    String file = summary.toString();
    byte[] stdin = null;
    if (file.equals("-")) {
      try {
        stdin = System.in.readAllBytes();
      } catch (IOException e) {
        throw new CliException("-: cannot read standard input: " + e.getMessage(), e);
      }
    }
    Map<String, String> recorded = TimeUnits.summaryFields(leadingComments(stdin));
    Optional<String> ids = idColumn;
    DelimitedReader.Builder builder = layout.builder().lineNumbers(true);
    if (ids.isEmpty() && needIds) {
      ids = Optional.of(findIdColumn(builder.build(), stdin));
    }
    List<ColumnSpec> specs = new ArrayList<>();
    // one id per row and all distinct: text cells, parsed on the reader's threads, no dictionary
    ids.ifPresent(c -> specs.add(ColumnSpec.text(c).from("--id-column")));
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
    builder.columns(specs.toArray(new ColumnSpec[0]));
    Table table =
        stdin != null
            ? builder.build().read(new ByteArrayInputStream(stdin), file)
            : builder.build().read(file);
    if (table.rows() == 0) {
      throw new CliException(summary + ": no data rows");
    }
    Data data = new Data();
    data.table = table;
    data.unit = TimeUnits.unitOf(file, recorded);
    data.end = TimeUnits.endOf(file, recorded);
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
    if (ids.isPresent()) {
      for (String id : table.texts(ids.get())) {
        data.ids.add(Objects.requireNonNull(id, "a required column has no missing cells"));
      }
    }
    data.lines = new long[data.size];
    for (int r = 0; r < data.size; r++) {
      data.lines[r] = table.line(r);
    }
    return data;
  }

  /** Header names that hold customer ids, in order of preference. */
  private static final List<String> ID_NAMES = List.of("customer", "customer_id", "id");

  /**
   * The customer id column by name: a per-customer output never numbers rows in place of ids.
   *
   * @throws CliException if there is no header or no column of such a name
   */
  private String findIdColumn(DelimitedReader reader, byte @Nullable [] stdin) {
    if (!layout.header()) {
      throw new CliException(
          summary + ": --no-header: give --id-column with the 1-based index of the customer ids");
    }
    List<String> header;
    if (stdin != null) {
      header = reader.header(new ByteArrayInputStream(stdin), summary.toString());
    } else {
      header = reader.header(summary);
    }
    for (String name : ID_NAMES) {
      for (String h : header) {
        if (h.strip().equalsIgnoreCase(name)) {
          return h;
        }
      }
    }
    throw new CliException(
        summary
            + ": no customer id column (named customer, customer_id or id) among "
            + header
            + "; give --id-column");
  }

  /** The comment lines before the header (read far enough to pass them). */
  private List<String> leadingComments(byte @Nullable [] stdin) {
    List<String> comments = new ArrayList<>();
    try (InputStream raw =
            stdin != null ? new ByteArrayInputStream(stdin) : Files.newInputStream(summary);
        InputStream in =
            summary.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                ? new GZIPInputStream(raw)
                : raw;
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, layout.charset()))) {
      for (int n = 0; n < 1000; n++) {
        String line = lines.readLine();
        if (line == null) {
          break;
        }
        String s = line.strip();
        if (s.startsWith("\uFEFF")) {
          s = s.substring(1).strip();
        }
        if (s.startsWith("#")) {
          comments.add(s);
        } else if (!s.isEmpty()) {
          break;
        }
      }
    } catch (NoSuchFileException e) {
      throw new CliException(summary + ": no such file", e);
    } catch (IOException e) {
      throw new CliException(summary + ": cannot read: " + e.getMessage(), e);
    }
    return comments;
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
