/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.examples.cli.Delimited;
import io.github.cx4j.examples.cli.InvalidRows;
import io.github.cx4j.scoring.quality.KeyDrivers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx4j drivers}: key-driver analysis (Johnson's relative weights and Shapley/LMG). */
@Command(
    name = "drivers",
    mixinStandardHelpOptions = true,
    description = {
      "Key drivers of an outcome: Johnson's relative weights (raw and share of R^2) with seeded"
          + " bootstrap intervals, and the exact Shapley (LMG) decomposition of R^2 (<= 15"
          + " drivers).",
      "Rows with a blank cell in any chosen column are skipped and counted."
    })
public final class DriversCommand implements CxCommand {

  @Mixin SurveyFiles files = new SurveyFiles();

  @Option(
      names = "--skip-invalid",
      description =
          "Skip invalid lines (bad values, field counts) instead of stopping; their count and the"
              + " first "
              + InvalidRows.LISTED
              + " go to standard error.")
  boolean skipInvalid;

  @Option(
      names = "--outcome",
      required = true,
      description = "The outcome column (overall satisfaction).")
  String outcome;

  @Option(
      names = "--drivers",
      required = true,
      split = ",",
      description = "Driver columns, comma-separated.")
  List<String> drivers;

  @Option(
      names = "--replicates",
      defaultValue = "1000",
      description = "Bootstrap replicates (default: 1000).")
  int replicates = 1000;

  @Option(names = "--seed", defaultValue = "1", description = "Bootstrap seed (default: 1).")
  long seed = 1;

  @Option(
      names = "--level",
      defaultValue = "0.95",
      description = "Confidence level (default: 0.95).")
  double level = 0.95;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public DriversCommand() {}

  @Override
  public Integer call() {
    Output.checkLevel(level);
    Delimited file = files.open();
    int y = file.column("--outcome", outcome);
    int[] x = drivers.stream().mapToInt(d -> file.column("--drivers", d.strip())).toArray();
    List<String> names = drivers.stream().map(String::strip).toList();
    List<double[]> rows = new ArrayList<>();
    long[] skipped = {0};
    InvalidRows invalid = new InvalidRows(skipInvalid);
    file.forEachRow(
        row -> {
          if (row.isEmpty(y) || Arrays.stream(x).anyMatch(row::isEmpty)) {
            skipped[0]++;
            return;
          }
          double[] values = new double[x.length + 1];
          for (int j = 0; j < x.length; j++) {
            values[j] = row.number(x[j]);
          }
          values[x.length] = row.number(y);
          rows.add(values);
        },
        invalid);
    invalid.report(spec.commandLine().getErr(), file.file().toString());
    if (rows.isEmpty()) {
      throw new CliException(files.input + ": no complete rows (" + skipped[0] + " skipped)");
    }
    double[][] columns = new double[x.length][rows.size()];
    double[] out = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int j = 0; j < x.length; j++) {
        columns[j][i] = rows.get(i)[j];
      }
      out[i] = rows.get(i)[x.length];
    }
    KeyDrivers.Result result = KeyDrivers.analyse(names, columns, out, level, replicates, seed);
    files.write(
        spec.commandLine().getOut(),
        w -> {
          if (files.format == Output.Format.json) {
            ObjectNode o = Output.json().createObjectNode();
            o.put("n", result.n());
            o.put("skipped", skipped[0]);
            o.put("rSquared", result.rSquared());
            o.put("replicates", result.replicates());
            o.put("failedReplicates", result.failedReplicates());
            o.put("seed", result.seed());
            o.put("level", result.level());
            ArrayNode array = o.putArray("drivers");
            for (KeyDrivers.Driver d : result.drivers()) {
              ObjectNode n = array.addObject();
              n.put("driver", d.driver());
              n.put("correlation", d.correlation());
              n.put("rawWeight", d.rawWeight());
              n.set("rawInterval", Output.interval(d.rawInterval()));
              n.put("share", d.share());
              n.set("shareInterval", Output.interval(d.shareInterval()));
              if (d.shapley().isPresent()) {
                n.put("shapley", d.shapley().getAsDouble());
              } else {
                n.putNull("shapley");
              }
            }
            Output.writeJson(w, o);
          } else {
            Output.writeCsv(
                w,
                List.of(
                    "driver",
                    "correlation",
                    "raw_weight",
                    "raw_low",
                    "raw_high",
                    "share",
                    "share_low",
                    "share_high",
                    "shapley",
                    "n",
                    "r_squared"),
                csv -> {
                  for (KeyDrivers.Driver d : result.drivers()) {
                    csv.text(d.driver())
                        .decimal(d.correlation(), Output.DECIMALS)
                        .decimal(d.rawWeight(), Output.DECIMALS);
                    Output.interval(csv, d.rawInterval()).decimal(d.share(), Output.DECIMALS);
                    Output.interval(csv, d.shareInterval());
                    Output.decimal(csv, d.shapley())
                        .number(result.n())
                        .decimal(result.rSquared(), Output.DECIMALS)
                        .endRow();
                  }
                });
          }
        });
    return 0;
  }
}
