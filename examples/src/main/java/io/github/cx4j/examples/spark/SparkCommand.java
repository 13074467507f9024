/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.spark;

import io.github.cx4j.examples.cli.CxCommand;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cx4j spark}: the example batch job of {@code cx4j-spark} ({@code CxSparkJob}: purchases to
 * BG/NBD and Gamma-Gamma customer value with RFM segments, surveys to NPS by region and month; see
 * docs/spark.md) run in this JVM with a Spark session of its own, printing the job's summary lines.
 * Spark is not part of {@code cx4j.jar}: run it with {@code spark-submit} or with a Spark
 * installation's jars on the class path; without Spark the command says how and exits with 2.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    description =
        "Run the cx4j-spark example job (purchases -> CLV and RFM segments; surveys -> NPS by"
            + " region and month) on Apache Spark; needs Spark on the class path.")
public final class SparkCommand implements CxCommand {

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "The Spark master (default: spark-submit's, or local[*] outside spark-submit).")
  @Nullable String master;

  @Option(
      names = "--purchases",
      paramLabel = "PATH",
      description = "The purchase table: Parquet, or CSV with a header row (.csv, .csv.gz).")
  @Nullable String purchases;

  @Option(
      names = "--customer",
      defaultValue = "customer",
      description = "The purchases' customer column (default: ${DEFAULT-VALUE}).")
  String customer;

  @Option(
      names = "--date",
      defaultValue = "date",
      description = "The purchases' date column (default: ${DEFAULT-VALUE}).")
  String date;

  @Option(
      names = "--amount",
      defaultValue = "amount",
      description = "The purchases' amount column (default: ${DEFAULT-VALUE}).")
  String amount;

  @Option(
      names = "--end",
      paramLabel = "DATE",
      description = "The observation end, ISO date (default: the last purchase date).")
  @Nullable LocalDate end;

  @Option(
      names = "--weeks",
      defaultValue = "52",
      description = "The CLV horizon in weeks (default: ${DEFAULT-VALUE}).")
  double weeks;

  @Option(
      names = "--surveys",
      paramLabel = "PATH",
      description = "The survey table: Parquet, or CSV with a header row (.csv, .csv.gz).")
  @Nullable String surveys;

  @Option(
      names = "--region",
      defaultValue = "region",
      description = "The surveys' region column (default: ${DEFAULT-VALUE}).")
  String region;

  @Option(
      names = "--answered",
      defaultValue = "date",
      description = "The surveys' date column (default: ${DEFAULT-VALUE}).")
  String answered;

  @Option(
      names = "--score",
      defaultValue = "score",
      description = "The surveys' 0-10 recommendation column (default: ${DEFAULT-VALUE}).")
  String score;

  @Option(
      names = "--format",
      paramLabel = "parquet|csv",
      description = "The format of both inputs (default: CSV for .csv and .csv.gz, else Parquet).")
  @Nullable Format format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The output directory: customers/ and nps/ as Parquet.")
  String out;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The input formats Spark reads here. */
  enum Format {
    PARQUET,
    CSV
  }

  /** For {@link java.util.ServiceLoader}. */
  public SparkCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (!SparkJob.sparkPresent(SparkCommand.class.getClassLoader())) {
      err.println(SparkJob.howToRun(SparkJob.jar(), arguments()));
      return 2;
    }
    if (purchases == null && surveys == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "Give --purchases, --surveys or both");
    }
    if (!(weeks > 0) || Double.isInfinite(weeks)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--weeks must be a positive number of weeks, was " + weeks);
    }
    String effectiveMaster = master;
    if (effectiveMaster == null && System.getProperty("spark.master") == null) {
      effectiveMaster = "local[*]";
    }
    PrintWriter stdout = spec.commandLine().getOut();
    for (String line : SparkJob.run(effectiveMaster, options())) {
      stdout.println(line);
    }
    stdout.println("written to " + out);
    return 0;
  }

  /** The job's options, with its names. */
  Map<String, String> options() {
    Map<String, String> options = new LinkedHashMap<>();
    if (purchases != null) {
      options.put("purchases", purchases);
      options.put("customer", customer);
      options.put("date", date);
      options.put("amount", amount);
      if (end != null) {
        options.put("end", end.toString());
      }
      options.put("weeks", Double.toString(weeks));
    }
    if (surveys != null) {
      options.put("surveys", surveys);
      options.put("region", region);
      options.put("answered", answered);
      options.put("score", score);
    }
    if (format != null) {
      options.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
    }
    options.put("out", out);
    return options;
  }

  /** The arguments as given on the command line, for the message that repeats them. */
  private List<String> arguments() {
    List<String> args = new ArrayList<>();
    CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
    for (CommandLine.Model.OptionSpec option : parsed.matchedOptions()) {
      args.add(option.longestName());
      List<String> given = option.originalStringValues();
      args.add(
          given.isEmpty()
              ? String.valueOf((Object) option.getValue())
              : given.get(given.size() - 1));
    }
    return args;
  }
}
