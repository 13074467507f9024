/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.udaf;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.segmentation.rfm.MonetaryMeasure;
import io.github.cx4j.segmentation.rfm.RfmCutPoints;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.spark.activity.PurchaseColumns;
import io.github.cx4j.spark.activity.SparkActivity;
import io.github.cx4j.spark.rfm.SparkRfm;
import io.github.cx4j.spark.survey.SurveyAggregators;
import io.github.cx4j.spark.value.SparkFits;
import io.github.cx4j.spark.value.SparkScoring;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The example batch job: a Parquet purchase table to a CLV and segment table, and a Parquet survey
 * table to NPS by region and month (see docs/spark.md for the {@code spark-submit} line).
 *
 * <p>Steps: repeat summaries in weeks ({@link SparkActivity#repeat}); BG/NBD and Gamma-Gamma fitted
 * from weighted patterns on the driver ({@link SparkFits}); P(alive), expected purchases over the
 * horizon and CLV per customer ({@link SparkScoring}); RFM summaries in days, sketch cut points and
 * segments ({@link SparkRfm}); one output row per customer. Surveys: {@code cx_nps} per region and
 * {@code yyyy-MM} month.
 *
 * <p>Options ({@code --name value}): {@code --purchases}, {@code --customer} (default customer),
 * {@code --date} (date), {@code --amount} (amount), {@code --end} (ISO date, default the last
 * purchase date), {@code --weeks} (CLV horizon in weeks, default 52), {@code --surveys}, {@code
 * --region} (region), {@code --answered} (date), {@code --score} (score), {@code --format} ({@code
 * parquet} or {@code csv}; by default an input whose path ends in {@code .csv} or {@code .csv.gz}
 * is read as CSV with a header row, any other as Parquet) and {@code --out} (the output directory,
 * required). Either input may be left out.
 */
public final class CxSparkJob {
  private CxSparkJob() {}

  /**
   * Runs the job in a session built from the {@code spark-submit} configuration and writes its
   * summary lines (what was read, fitted and written) as text under {@code --out}{@code /summary}.
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Map<String, String> options = parse(args);
    SparkSession spark = SparkSession.builder().appName("cx4j").getOrCreate();
    try {
      // a library module does not print: the job's summary goes beside its tables, on the same
      // file system (local, HDFS, S3)
      List<String> summary = run(spark, options);
      spark
          .createDataset(summary, Encoders.STRING())
          .coalesce(1)
          .write()
          .mode(SaveMode.Overwrite)
          .text(java.util.Objects.requireNonNull(options.get("out")) + "/summary");
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session of its own and stops the session afterwards: the entry point of
   * {@code cx4j spark}, which runs the job inside the command line's JVM.
   *
   * @param master the Spark master, such as {@code local[*]}, or null for the one the session's
   *     configuration gives ({@code spark.master}, which {@code spark-submit} sets)
   * @param options the options, as {@link #parse} gives them
   * @return the summary lines of {@link #run}
   */
  public static List<String> runInOwnSession(
      @org.jspecify.annotations.Nullable String master, Map<String, String> options) {
    SparkSession.Builder builder =
        SparkSession.builder().appName("cx4j").config("spark.ui.showConsoleProgress", "false");
    if (master != null) {
      builder.master(master);
    }
    SparkSession spark = builder.getOrCreate();
    try {
      spark.sparkContext().setLogLevel("WARN");
      return run(spark, options);
    } finally {
      spark.stop();
    }
  }

  /**
   * Parses {@code --name value} pairs.
   *
   * @param args the arguments
   * @return the options
   * @throws CxValidationException on an option without a value or without {@code --}
   */
  static Map<String, String> parse(String[] args) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw CxValidationException.of(
            "CxSparkJob.args[" + i + "]", "be an option --name followed by its value", args[i]);
      }
      out.put(args[i].substring(2), args[i + 1]);
    }
    if (!out.containsKey("out")) {
      throw CxValidationException.of("CxSparkJob.out", "be given (--out <directory>)", "nothing");
    }
    return out;
  }

  /**
   * Runs the steps the options ask for.
   *
   * @param spark the session
   * @param options the options of {@link #parse}
   * @return one line per table written
   */
  public static List<String> run(SparkSession spark, Map<String, String> options) {
    String out = options.get("out");
    List<String> report = new ArrayList<>();
    String purchases = options.get("purchases");
    if (purchases != null) {
      report.addAll(customers(spark, read(spark, purchases, options), options, out + "/customers"));
    }
    String surveys = options.get("surveys");
    if (surveys != null) {
      Dataset<Row> nps =
          read(spark, surveys, options)
              .groupBy(
                  col(options.getOrDefault("region", "region")).as("region"),
                  date_format(col(options.getOrDefault("answered", "date")), "yyyy-MM").as("month"))
              .agg(
                  udaf(SurveyAggregators.nps(), Encoders.INT())
                      .apply(col(options.getOrDefault("score", "score")).cast("int"))
                      .as("nps"))
              .select(col("region"), col("month"), col("nps.*"));
      nps.write().mode(SaveMode.Overwrite).parquet(out + "/nps");
      report.add("nps: " + spark.read().parquet(out + "/nps").count() + " region-months");
    }
    return report;
  }

  /**
   * Reads one input table as {@code --format} says, or by the path's extension.
   *
   * @throws CxValidationException on a format other than parquet or csv
   */
  static Dataset<Row> read(SparkSession spark, String path, Map<String, String> options) {
    String lower = path.toLowerCase(java.util.Locale.ROOT);
    String format =
        options.getOrDefault(
            "format", lower.endsWith(".csv") || lower.endsWith(".csv.gz") ? "csv" : "parquet");
    switch (format) {
      case "parquet":
        return spark.read().parquet(path);
      case "csv":
        return spark.read().option("header", "true").csv(path);
      default:
        throw CxValidationException.of("CxSparkJob.format", "be parquet or csv", format);
    }
  }

  private static List<String> customers(
      SparkSession spark, Dataset<Row> table, Map<String, String> options, String path) {
    PurchaseColumns columns =
        PurchaseColumns.of(
            options.getOrDefault("customer", "customer"),
            options.getOrDefault("date", "date"),
            options.getOrDefault("amount", "amount"));
    LocalDate end =
        options.containsKey("end")
            ? LocalDate.parse(options.get("end"))
            : table
                .select(org.apache.spark.sql.functions.max(col(columns.date()).cast("date")))
                .head()
                .getDate(0)
                .toLocalDate();
    double weeks = Double.parseDouble(options.getOrDefault("weeks", "52"));
    SummarySpec inWeeks = SummarySpec.of(end, SummarySpec.WEEKS);
    Dataset<Row> repeat = SparkActivity.repeat(table, columns, inWeeks).cache();
    FitOptions fit = FitOptions.defaults();
    ValueFit bg = SparkFits.bgNbd(repeat, fit);
    ValueFit gg = SparkFits.gammaGamma(repeat, fit);
    Dataset<Row> scored =
        SparkScoring.score(
            repeat,
            bg.as(BgNbdModel.class),
            gg.as(GammaGammaModel.class),
            weeks,
            new ClvHorizon(weeks, 4, 0.01),
            1.0);
    SummarySpec inDays = SummarySpec.of(end, SummarySpec.DAYS);
    Dataset<Row> rfm = SparkActivity.rfm(table, columns, inDays).cache();
    RfmCutPoints cuts = SparkRfm.cutPoints(rfm, MonetaryMeasure.TOTAL, 5);
    Dataset<Row> segments =
        SparkRfm.score(rfm, cuts, MonetaryMeasure.TOTAL, RfmSegmentation.rfm())
            .select(
                col("customer"),
                col("recency").as("recencyDays"),
                col("frequency").as("purchases"),
                col("monetaryTotal"),
                col("rScore"),
                col("fScore"),
                col("mScore"),
                col("segment"));
    scored.join(segments, "customer").write().mode(SaveMode.Overwrite).parquet(path);
    long rows = spark.read().parquet(path).count();
    repeat.unpersist();
    rfm.unpersist();
    return List.of(
        "BG/NBD " + bg.params() + " converged=" + bg.converged() + " patterns=" + bg.patterns(),
        "Gamma-Gamma " + gg.params() + " converged=" + gg.converged(),
        "customers: " + rows + " rows with pAlive, expectedPurchases, clv and RFM segment");
  }
}
