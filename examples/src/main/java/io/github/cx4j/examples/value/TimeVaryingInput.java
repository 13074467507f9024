/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import io.github.cx4j.scoring.value.PurchaseHistories;
import io.github.cx4j.scoring.value.TimeVaryingCovariates;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The time-varying input of {@code clv fit} and {@code clv predict} for the Pareto/NBD with
 * time-varying covariates ({@link io.github.cx4j.scoring.value.TimeVaryingParetoNbd}): a long
 * covariate file, one row per customer and period start, the values holding from that start until
 * the customer's next row (its last row until the end of the window), for example
 *
 * <pre>
 * customer,period_start,high_season,campaign
 * c1,1997-01-06,0,0
 * c1,1997-04-07,1,0
 * </pre>
 *
 * and the purchase file (customer, ISO date), from which each customer's first purchase and repeat
 * purchase days up to the calibration end are taken, one purchase per day as {@code cx4j summarize}
 * counts them. The calendar axis is in the summary's time unit since the earliest period start of
 * the summary's customers; the intervals of {@link TimeVaryingCovariates} are the union of their
 * period starts, the last one ending one day after the window (the calibration end, plus the
 * horizon for predictions).
 *
 * <p>Every error names the file, the line, the column and the value: a summary customer without
 * covariate rows or without purchases, a customer whose first row starts after its first purchase
 * (its window is not covered), a second row for the same period start, rows out of date order, a
 * cell that is not a number or not a date (reported by cx4j-io), and a purchase history that
 * disagrees with the summary's frequency or T.
 */
final class TimeVaryingInput {
  /** The default period column: a file with it is time-varying. */
  static final String PERIOD = "period_start";

  private TimeVaryingInput() {}

  /**
   * Histories and both processes' covariate paths, one row per summary customer.
   *
   * @param histories the purchase histories on the calendar axis
   * @param purchase the purchase covariates
   * @param dropout the dropout covariates
   */
  record Joined(
      PurchaseHistories histories, TimeVaryingCovariates purchase, TimeVaryingCovariates dropout) {}

  /**
   * Reads the covariate and the purchase file and joins them to the summary.
   *
   * @param file the {@code --covariates} options
   * @param purchaseNames the covariates of the purchase process
   * @param dropoutNames the covariates of the dropout process
   * @param input the summary options
   * @param d the summary, read with ids
   * @param horizon the window after the calibration end, in the summary's time unit (0 to fit)
   * @return the joined input
   */
  static Joined read(
      CovariateFile file,
      List<String> purchaseNames,
      List<String> dropoutNames,
      SummaryFile input,
      SummaryFile.Data d,
      double horizon) {
    String summaryName = input.summary.toString();
    if (d.unit.isEmpty() || d.end.isEmpty()) {
      throw new CliException(
          summaryName
              + ": time-varying covariates need the time unit and the calibration end that 'cx4j"
              + " summarize' records (the '# cx4j summarize:' line); this summary has none");
    }
    Path purchasesPath =
        file.purchases.orElseThrow(
            () ->
                new CliException(
                    "time-varying covariates need --purchases FILE (the purchases of the"
                        + " summary's customers, for the covariates at each repeat purchase)"));
    Duration unit = d.unit.get();
    double daysPerUnit = TimeUnits.ratio(unit, Duration.ofDays(1));
    int end = (int) d.end.get().toEpochDay();
    String idLabel =
        CovariateFile.summaryIdLabel(Objects.requireNonNull(d.table).header(), input.idColumn);
    int[][] days = purchaseDays(file, purchasesPath, input, d, idLabel, end, daysPerUnit);

    Path path = file.file.orElseThrow();
    String name = path.toString();
    DelimitedReader.Builder builder = input.layout.builder().lineNumbers(true);
    List<String> header = builder.build().header(path);
    String id = file.idColumn.orElseGet(() -> CovariateFile.findIdColumn(name, header));
    String period = file.periodColumn();
    List<String> distinct = new ArrayList<>(new LinkedHashSet<>(purchaseNames));
    for (String n : dropoutNames) {
      if (!distinct.contains(n)) {
        distinct.add(n);
      }
    }
    List<ColumnSpec> specs = new ArrayList<>();
    specs.add(ColumnSpec.text(id).from("--covariate-id-column"));
    specs.add(ColumnSpec.date(period).from("--covariate-period-column"));
    for (String covariate : distinct) {
      specs.add(ColumnSpec.decimal(covariate).from("--covariates"));
    }
    Table table = builder.columns(specs.toArray(new ColumnSpec[0])).build().read(path);
    String fileIdLabel = CovariateFile.label(table.header(), id);
    String periodLabel = CovariateFile.label(table.header(), period);
    @org.jspecify.annotations.Nullable String[] keys = table.texts(id);
    int[] starts = table.epochDays(period);
    Map<String, List<Integer>> rowsOf = new HashMap<>(Math.max(16, keys.length));
    for (int r = 0; r < keys.length; r++) {
      String key = Objects.requireNonNull(keys[r], "a required column");
      List<Integer> rows = rowsOf.computeIfAbsent(key, k -> new ArrayList<>());
      if (!rows.isEmpty()) {
        int previous = rows.get(rows.size() - 1);
        if (starts[r] == starts[previous]) {
          throw CliException.badCell(
              name,
              table.line(r),
              periodLabel,
              LocalDate.ofEpochDay(starts[r]).toString(),
              "a second row for customer \""
                  + key
                  + "\" and this period start (the first is on line "
                  + table.line(previous)
                  + ")");
        }
        if (starts[r] < starts[previous]) {
          throw CliException.badCell(
              name,
              table.line(r),
              periodLabel,
              LocalDate.ofEpochDay(starts[r]).toString(),
              "rows of customer \""
                  + key
                  + "\" out of date order (line "
                  + table.line(previous)
                  + " starts on "
                  + LocalDate.ofEpochDay(starts[previous])
                  + ")");
        }
      }
      rows.add(r);
    }
    int n = d.size;
    int[][] rowsPer = new int[n][];
    TreeSet<Integer> union = new TreeSet<>();
    for (int i = 0; i < n; i++) {
      String customer = d.ids.get(i);
      List<Integer> rows = rowsOf.get(customer);
      if (rows == null) {
        throw CliException.badCell(summaryName, d.lines[i], idLabel, customer, "no row in " + name);
      }
      int first = rows.get(0);
      if (starts[first] > days[i][0]) {
        throw CliException.badCell(
            name,
            table.line(first),
            periodLabel,
            LocalDate.ofEpochDay(starts[first]).toString(),
            "the first row of customer \""
                + customer
                + "\" starts after its first purchase on "
                + LocalDate.ofEpochDay(days[i][0])
                + ", which its covariates must cover");
      }
      rowsPer[i] = rows.stream().mapToInt(Integer::intValue).toArray();
      for (int r : rowsPer[i]) {
        union.add(starts[r]);
      }
    }
    int origin = union.first();
    // the window ends at the calibration end plus the horizon; the last interval one day later
    double windowEnd = (end - (double) origin) / daysPerUnit + horizon;
    List<Integer> breakDays = new ArrayList<>();
    for (int s : union) {
      if ((s - (double) origin) / daysPerUnit <= windowEnd) {
        breakDays.add(s);
      }
    }
    double[] breaks = new double[breakDays.size() + 1];
    for (int k = 0; k < breakDays.size(); k++) {
      breaks[k] = (breakDays.get(k) - (double) origin) / daysPerUnit;
    }
    breaks[breakDays.size()] = windowEnd + 1 / daysPerUnit;
    if (!(breaks[breakDays.size()] > breaks[breakDays.size() - 1])) {
      breaks[breakDays.size()] = breaks[breakDays.size() - 1] + 1 / daysPerUnit;
    }

    double[][] columns = new double[distinct.size()][];
    for (int j = 0; j < distinct.size(); j++) {
      columns[j] = table.doubles(distinct.get(j));
    }
    int intervals = breakDays.size();
    double[][] zp = new double[n][intervals * purchaseNames.size()];
    double[][] zd = new double[n][intervals * dropoutNames.size()];
    double[] birth = new double[n];
    double[] age = new double[n];
    double[][] times = new double[n][];
    for (int i = 0; i < n; i++) {
      int[] rows = rowsPer[i];
      int q = 0;
      for (int k = 0; k < intervals; k++) {
        int day = breakDays.get(k);
        while (q + 1 < rows.length && starts[rows[q + 1]] <= day) {
          q++;
        }
        // before a customer's first row (outside its window) its first row's values stand in
        int r = rows[q];
        fill(zp[i], k, purchaseNames, distinct, columns, r);
        fill(zd[i], k, dropoutNames, distinct, columns, r);
      }
      int first = days[i][0];
      birth[i] = (first - (double) origin) / daysPerUnit;
      age[i] = (end - (double) first) / daysPerUnit;
      times[i] = new double[days[i].length - 1];
      for (int j = 1; j < days[i].length; j++) {
        times[i][j - 1] = (days[i][j] - (double) first) / daysPerUnit;
      }
    }
    return new Joined(
        new PurchaseHistories(birth, times, age),
        new TimeVaryingCovariates(purchaseNames, breaks, zp),
        new TimeVaryingCovariates(dropoutNames, breaks, zd));
  }

  private static void fill(
      double[] out,
      int interval,
      List<String> names,
      List<String> distinct,
      double[][] columns,
      int row) {
    int w = names.size();
    for (int j = 0; j < w; j++) {
      out[interval * w + j] = columns[distinct.indexOf(names.get(j))][row];
    }
  }

  /**
   * Each summary customer's distinct purchase days up to the calibration end, ascending (the first
   * is the first purchase), checked against the summary's frequency and T.
   */
  private static int[][] purchaseDays(
      CovariateFile file,
      Path path,
      SummaryFile input,
      SummaryFile.Data d,
      String idLabel,
      int end,
      double daysPerUnit) {
    String name = path.toString();
    DelimitedReader.Builder builder = input.layout.builder().lineNumbers(true);
    String customerColumn = file.purchaseCustomerColumn;
    String dateColumn = file.purchaseDateColumn;
    Table table =
        builder
            .columns(
                ColumnSpec.text(customerColumn).from("--purchase-customer-column"),
                ColumnSpec.date(dateColumn).from("--purchase-date-column"))
            .build()
            .read(path);
    @org.jspecify.annotations.Nullable String[] keys = table.texts(customerColumn);
    int[] dates = table.epochDays(dateColumn);
    Map<String, Integer> index = new HashMap<>(Math.max(16, d.size * 2));
    for (int i = 0; i < d.size; i++) {
      index.put(d.ids.get(i), i);
    }
    List<TreeSet<Integer>> perCustomer = new ArrayList<>(d.size);
    for (int i = 0; i < d.size; i++) {
      perCustomer.add(new TreeSet<>());
    }
    for (int r = 0; r < keys.length; r++) {
      Integer i = index.get(Objects.requireNonNull(keys[r], "a required column"));
      if (i != null && dates[r] <= end) {
        perCustomer.get(i).add(dates[r]);
      }
    }
    String summaryName = input.summary.toString();
    LocalDate endDate = LocalDate.ofEpochDay(end);
    int[][] out = new int[d.size][];
    for (int i = 0; i < d.size; i++) {
      TreeSet<Integer> set = perCustomer.get(i);
      String customer = d.ids.get(i);
      if (set.isEmpty()) {
        throw CliException.badCell(
            summaryName,
            d.lines[i],
            idLabel,
            customer,
            "no purchase on or before the calibration end " + endDate + " in " + name);
      }
      int[] days = set.stream().mapToInt(Integer::intValue).toArray();
      int repeats = days.length - 1;
      if (repeats != d.frequency[i]) {
        throw new CliException(
            name
                + ": customer \""
                + customer
                + "\" has "
                + repeats
                + " repeat purchase days up to the calibration end "
                + endDate
                + ", but "
                + summaryName
                + ":"
                + d.lines[i]
                + " has frequency "
                + d.frequency[i]);
      }
      double age = (end - (double) days[0]) / daysPerUnit;
      if (Math.abs(age - d.age[i]) > 5e-7 * Math.max(1, Math.abs(age))) {
        throw new CliException(
            name
                + ": customer \""
                + customer
                + "\" has T "
                + String.format(java.util.Locale.ROOT, "%.6f", age)
                + " (first purchase on "
                + LocalDate.ofEpochDay(days[0])
                + ", calibration end "
                + endDate
                + "), but "
                + summaryName
                + ":"
                + d.lines[i]
                + " has T "
                + d.age[i]);
      }
      out[i] = days;
    }
    return out;
  }

  /**
   * Whether the covariate file is time-varying: its header has the period column.
   *
   * @param file the {@code --covariates} options
   * @param input the summary options (separator and charset)
   * @return true for a long file with period starts
   */
  static boolean isTimeVarying(CovariateFile file, SummaryFile input) {
    Path path = file.file.orElseThrow();
    if (!input.layout.header()) {
      return false;
    }
    List<String> header = input.layout.builder().build().header(path);
    String period = file.periodColumn();
    for (String h : header) {
      if (h.strip().equalsIgnoreCase(period)) {
        return true;
      }
    }
    if (file.periodColumnGiven()) {
      throw new CliException(
          path + ": no column " + period + " (--covariate-period-column) among " + header);
    }
    return false;
  }
}
