/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.segmentation;

import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CsvOutputOption;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.examples.cli.Delimited;
import io.github.cx4j.examples.cli.DelimitedOptions;
import io.github.cx4j.examples.cli.InvalidRows;
import io.github.cx4j.io.CsvWriter;
import io.github.cx4j.segmentation.tier.TierSummary;
import io.github.cx4j.segmentation.tier.Tiering;
import io.github.cx4j.segmentation.tier.Tiers;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j tiers}: value tiers of the customers of a customer-level file (one row per customer
 * with a value such as profit, revenue or predicted lifetime value): ABC classes by cumulative
 * share (80/95), the customer pyramid by percentiles, or the four tiers of course file
 * "Understanding Customer Service" by cumulative contribution (80/95/99), each with its service
 * approach.
 */
@Command(
    name = "tiers",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Value tiers of the customers of a customer-level file, as CSV:"
          + " customer,value,tier,customer_tier,service_approach.",
      "abc: A/B/C by cumulative share of value 80%%/95%% (the customer who crosses a cut-off is in"
          + " the upper class, ties stay together, zero or negative values are NON_POSITIVE);"
          + " pyramid: platinum top 5%%, gold next 15%%, iron next 30%%, lead rest (value"
          + " percentiles); four-tier: the tiers of course file \"Understanding Customer Service\" at 80%%/95%%/99%% of cumulative value.",
      "Example: cx4j tiers --input customers.csv --customer-column customer --value-column"
          + " monetary --model abc --summary"
    })
public final class TiersCommand implements CxCommand {

  /** The tier models. */
  enum Model {
    abc,
    pyramid,
    four_tier
  }

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description = "Customer file: CSV or whitespace-separated text, one customer per line.")
  @Nullable Path input;

  @Option(
      names = "--value-column",
      required = true,
      paramLabel = "C",
      description = "Column of the value: a header name or a 1-based index.")
  @Nullable String valueColumn;

  @Option(
      names = "--customer-column",
      paramLabel = "C",
      description =
          "Column of the customer id: a header name or a 1-based index (default: the column named"
              + " customer, customer_id or id; without one, or with --no-header, give it).")
  @Nullable String customerColumn;

  @Option(
      names = "--model",
      paramLabel = "abc|pyramid|four-tier",
      defaultValue = "abc",
      description = "Tier model (default: ${DEFAULT-VALUE}).")
  String model = "abc";

  @Mixin DelimitedOptions layout = new DelimitedOptions();

  @Option(names = "--summary", description = "Write one row per tier instead of customers.")
  boolean summary;

  @Option(
      names = "--aggregate",
      description =
          "Add up the values of a customer who appears on several lines (without it a repeated"
              + " customer id is an error: one customer, one tier).")
  boolean aggregate;

  @Option(
      names = "--skip-invalid",
      description =
          "Skip invalid lines (bad values, missing or repeated ids, field counts) instead of"
              + " stopping; their count and the first "
              + InvalidRows.LISTED
              + " go to standard error.")
  boolean skipInvalid;

  @Mixin CsvOutputOption output = new CsvOutputOption();

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public TiersCommand() {}

  @Override
  public Integer call() {
    CommandLine cli = spec == null ? new CommandLine(this) : spec.commandLine();
    Model chosen = parseModel(model);
    if (input == null || valueColumn == null) {
      throw new CliException("--input and --value-column are required");
    }
    Delimited file = layout.open(input);
    int customer =
        customerColumn == null ? idColumn(file) : file.column("--customer-column", customerColumn);
    int valueIndex = file.column("--value-column", valueColumn);
    if (customer == valueIndex) {
      throw new CliException(
          file.file()
              + ": the customer ids and the values are the same column ("
              + (file.names().isEmpty() ? String.valueOf(customer + 1) : file.names().get(customer))
              + "); give --customer-column and --value-column of two columns");
    }
    List<String> ids = new ArrayList<>();
    double[][] values = {new double[1024]};
    Map<String, Integer> seen = new HashMap<>();
    List<Long> firstLine = new ArrayList<>();
    double[] total = {0};
    InvalidRows invalid = new InvalidRows(skipInvalid);
    file.forEachRow(
        row -> {
          String id = row.text(customer);
          if (id.isEmpty()) {
            throw row.error(customer, id, "expected a customer id");
          }
          double v = row.number(valueIndex);
          if (!Double.isFinite(total[0] + v)) {
            throw row.error(
                valueIndex,
                row.text(valueIndex).strip(),
                "the values sum beyond " + Double.MAX_VALUE + " at customer " + id + " (overflow)");
          }
          Integer at = seen.get(id);
          if (at != null) {
            if (!aggregate) {
              throw row.error(
                  customer,
                  id,
                  "a repeated customer id (first on line "
                      + firstLine.get(at)
                      + "; give --aggregate to add up a customer's values)");
            }
            values[0][at] += v;
            total[0] += v;
            return;
          }
          if (ids.size() == values[0].length) {
            values[0] = java.util.Arrays.copyOf(values[0], values[0].length * 2);
          }
          values[0][ids.size()] = v;
          total[0] += v;
          seen.put(id, ids.size());
          firstLine.add(row.line());
          ids.add(id);
        },
        invalid);
    invalid.report(cli.getErr(), file.file().toString());
    if (ids.isEmpty()) {
      throw new CliException(file.file() + ": no customers found");
    }
    double[] value = java.util.Arrays.copyOf(values[0], ids.size());
    Tiers<?> tiers =
        switch (chosen) {
          case abc -> Tiering.abc(value);
          case pyramid -> Tiering.pyramid(value);
          case four_tier -> Tiering.fourTier(value);
        };
    if (summary) {
      output.write(cli.getOut(), out -> writeSummary(tiers, out));
    } else {
      output.write(cli.getOut(), out -> writeCustomers(ids, value, tiers, out));
    }
    return 0;
  }

  /** Header names that hold customer ids, in order of preference (as {@code clv predict}). */
  private static final List<String> ID_NAMES = List.of("customer", "customer_id", "id");

  /**
   * The customer id column found by name: without one the command refuses to guess (a first column
   * taken for ids would put every tier on a value or a region instead of a customer).
   */
  private static int idColumn(Delimited file) {
    List<String> names = file.names();
    if (names.isEmpty()) {
      throw new CliException(
          file.file()
              + ": --no-header: give --customer-column with the 1-based index of the customer ids");
    }
    for (String id : ID_NAMES) {
      for (int i = 0; i < names.size(); i++) {
        if (names.get(i).strip().equalsIgnoreCase(id)) {
          return i;
        }
      }
    }
    throw new CliException(
        file.file()
            + ": no customer id column (named customer, customer_id or id) among "
            + names
            + "; give --customer-column");
  }

  private static Model parseModel(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "abc":
        return Model.abc;
      case "pyramid":
        return Model.pyramid;
      case "four-tier":
      case "four_tier":
        return Model.four_tier;
      default:
        throw new CliException("--model must be abc, pyramid or four-tier, was \"" + text + "\"");
    }
  }

  /** The per-customer CSV through cx4j-io's writer: six decimals, trailing zeros dropped. */
  static void writeCustomers(List<String> ids, double[] value, Tiers<?> tiers, PrintWriter out) {
    CsvWriter w =
        CsvWriter.of(
            out, List.of("customer", "value", "tier", "customer_tier", "service_approach"));
    for (int i = 0; i < ids.size(); i++) {
      w.text(ids.get(i))
          .decimal(value[i], RfmCommand.DECIMALS)
          .text(tiers.tier(i).name())
          .text(tiers.customerTier(i).name())
          .text(tiers.customerTier(i).serviceApproach().name())
          .endRow();
    }
    w.flush();
  }

  /** The per-tier CSV through cx4j-io's writer; a tier without customers has no min or max. */
  static void writeSummary(Tiers<?> tiers, PrintWriter out) {
    CsvWriter w =
        CsvWriter.of(
            out,
            List.of(
                "tier",
                "customers",
                "value",
                "customer_share",
                "value_share",
                "min_value",
                "max_value",
                "customer_tier",
                "service_approach"));
    for (TierSummary t : tiers.summary()) {
      w.text(t.tier()).number(t.customers()).decimal(t.value(), RfmCommand.DECIMALS);
      w.decimal(t.customerShare(), RfmCommand.DECIMALS)
          .decimal(t.valueShare(), RfmCommand.DECIMALS);
      decimalOrMissing(w, t.minValue());
      decimalOrMissing(w, t.maxValue());
      w.text(t.customerTier().name()).text(t.serviceApproach().name()).endRow();
    }
    w.flush();
  }

  private static void decimalOrMissing(CsvWriter w, java.util.Optional<Double> value) {
    if (value.isPresent()) {
      w.decimal(value.get(), RfmCommand.DECIMALS);
    } else {
      w.missing();
    }
  }
}
