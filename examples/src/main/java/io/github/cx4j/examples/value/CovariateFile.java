/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.DelimitedOptions;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import io.github.cx4j.scoring.value.Covariates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The static covariate file of {@code clv fit} and {@code clv predict} ({@code --covariates FILE}):
 * one row per customer, a customer id column and named numeric columns, for example
 *
 * <pre>
 * customer,income,newsletter,web
 * 1,3.2,1,0
 * </pre>
 *
 * read through cx4j-io with the summary's {@code --separator} and {@code --charset} (a header is
 * required: covariates are named), and joined to the summary by customer id. A summary customer
 * without a row, a second row for one id and a cell that is not a number are errors that name the
 * file, the line, the column and the value; rows of customers not in the summary are ignored.
 */
final class CovariateFile {
  @Option(
      names = "--covariates",
      paramLabel = "FILE",
      description =
          "Covariates: a file with a customer id column and named numeric columns, one row per"
              + " customer of the summary (joined by id; same --separator and --charset); with a"
              + " period_start column, time-varying: one row per customer and period start"
              + " (paretonbd, with --purchases).")
  Optional<Path> file = Optional.empty();

  @Option(
      names = "--covariate-id-column",
      description =
          "The customer id column of the --covariates file (default: the column named customer,"
              + " customer_id or id).")
  Optional<String> idColumn = Optional.empty();

  @Option(
      names = "--covariate-period-column",
      description =
          "The period start column (ISO dates) that makes --covariates a time-varying file, one"
              + " row per customer and period start (default: the column named period_start).")
  Optional<String> periodColumn = Optional.empty();

  @Option(
      names = "--purchases",
      paramLabel = "FILE",
      description =
          "With a time-varying --covariates file: the purchases of the summary's customers"
              + " (customer, ISO date; one purchase per day counts, as in 'cx4j summarize').")
  Optional<Path> purchases = Optional.empty();

  @Option(
      names = "--purchase-customer-column",
      defaultValue = "customer",
      description = "The customer column of --purchases (default: ${DEFAULT-VALUE}).")
  String purchaseCustomerColumn = "customer";

  @Option(
      names = "--purchase-date-column",
      defaultValue = "date",
      description = "The date column of --purchases (default: ${DEFAULT-VALUE}).")
  String purchaseDateColumn = "date";

  /** Header names that hold customer ids, in order of preference (as in the summary). */
  private static final List<String> ID_NAMES = List.of("customer", "customer_id", "id");

  /** For picocli. */
  CovariateFile() {}

  /**
   * Whether a covariate file was given.
   *
   * @return true with {@code --covariates}
   */
  boolean present() {
    return file.isPresent();
  }

  /**
   * The period column's name.
   *
   * @return {@code --covariate-period-column}, or {@code period_start}
   */
  String periodColumn() {
    return periodColumn.orElse(TimeVaryingInput.PERIOD);
  }

  /**
   * Whether {@code --covariate-period-column} was given.
   *
   * @return true if it was
   */
  boolean periodColumnGiven() {
    return periodColumn.isPresent();
  }

  /**
   * The named covariates of the summary's customers: none for an empty list, otherwise {@link
   * #join} of this file.
   *
   * @param names the covariates to read
   * @param input the summary options
   * @param d the summary
   * @param idLabel the summary's id column label
   * @return one row per summary customer
   */
  Covariates covariates(List<String> names, SummaryFile input, SummaryFile.Data d, String idLabel) {
    if (names.isEmpty()) {
      return Covariates.none(d.size);
    }
    return new Covariates(names, join(names, input.layout, input.summary, idLabel, d.ids, d.lines));
  }

  /**
   * Reads the named columns and returns, per summary customer, its row.
   *
   * @param names the covariates to read, in the order of the result's columns
   * @param layout separator and charset (of the summary)
   * @param summary the summary file, for the messages
   * @param summaryIdColumn the summary's id column label ({@code name (index)})
   * @param ids the summary's customer ids
   * @param lines the summary's line of each customer
   * @return {@code values[i][j]}: covariate {@code names[j]} of summary customer {@code i}
   */
  double[][] join(
      List<String> names,
      DelimitedOptions layout,
      Path summary,
      String summaryIdColumn,
      List<String> ids,
      long[] lines) {
    Path path = file.orElseThrow();
    String name = path.toString();
    if (!layout.header()) {
      throw new CliException(
          name + ": --no-header: a covariate file needs a header that names its columns");
    }
    DelimitedReader.Builder builder = layout.builder().lineNumbers(true);
    List<String> header = builder.build().header(path);
    String id = idColumn.orElseGet(() -> findIdColumn(name, header));
    List<ColumnSpec> specs = new ArrayList<>();
    specs.add(ColumnSpec.text(id).from("--covariate-id-column"));
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(names));
    for (String covariate : distinct) {
      specs.add(ColumnSpec.decimal(covariate).from("--covariates"));
    }
    Table table = builder.columns(specs.toArray(new ColumnSpec[0])).build().read(path);
    String idLabel = label(table.header(), id);
    @org.jspecify.annotations.Nullable String[] keys = table.texts(id);
    Map<String, Integer> rowOf = new HashMap<>(Math.max(16, keys.length * 2));
    for (int r = 0; r < keys.length; r++) {
      String key = java.util.Objects.requireNonNull(keys[r], "a required column");
      Integer first = rowOf.putIfAbsent(key, r);
      if (first != null) {
        throw CliException.badCell(
            name,
            table.line(r),
            idLabel,
            key,
            "a second row for this customer (the first is on line " + table.line(first) + ")");
      }
    }
    double[][] columns = new double[names.size()][];
    for (int j = 0; j < names.size(); j++) {
      columns[j] = table.doubles(names.get(j));
    }
    double[][] out = new double[ids.size()][names.size()];
    for (int i = 0; i < ids.size(); i++) {
      Integer r = rowOf.get(ids.get(i));
      if (r == null) {
        throw CliException.badCell(
            summary.toString(), lines[i], summaryIdColumn, ids.get(i), "no row in " + name);
      }
      for (int j = 0; j < names.size(); j++) {
        out[i][j] = columns[j][r];
      }
    }
    return out;
  }

  /**
   * The summary's id column as {@code name (index)}, found as {@code SummaryFile} finds it.
   *
   * @param header the summary's header
   * @param given {@code --id-column}, if given
   * @return the label for messages
   */
  static String summaryIdLabel(List<String> header, Optional<String> given) {
    if (given.isPresent()) {
      return label(header, given.get());
    }
    for (String name : ID_NAMES) {
      for (String h : header) {
        if (h.strip().equalsIgnoreCase(name)) {
          return label(header, h);
        }
      }
    }
    return "id";
  }

  static String findIdColumn(String file, List<String> header) {
    for (String name : ID_NAMES) {
      for (String h : header) {
        if (h.strip().equalsIgnoreCase(name)) {
          return h;
        }
      }
    }
    throw new CliException(
        file
            + ": no customer id column (named customer, customer_id or id) among "
            + header
            + "; give --covariate-id-column");
  }

  /** {@code name (1-based index)}; a reference that is an index is looked up in the header. */
  static String label(List<String> header, String column) {
    for (int i = 0; i < header.size(); i++) {
      if (header.get(i).equalsIgnoreCase(column)
          || header
              .get(i)
              .strip()
              .toLowerCase(Locale.ROOT)
              .equals(column.toLowerCase(Locale.ROOT))) {
        return header.get(i) + " (" + (i + 1) + ")";
      }
    }
    try {
      int index = Integer.parseInt(column.strip());
      if (index >= 1 && index <= header.size()) {
        return header.get(index - 1) + " (" + index + ")";
      }
    } catch (NumberFormatException e) {
      // a name not in the header: the reader has already said so
    }
    return column;
  }
}
