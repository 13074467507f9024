/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.segmentation;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.examples.activity.PurchaseOptions;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CsvOutputOption;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.io.CsvWriter;
import io.github.cx4j.segmentation.rfm.MonetaryMeasure;
import io.github.cx4j.segmentation.rfm.Rfm;
import io.github.cx4j.segmentation.rfm.RfmCutPoints;
import io.github.cx4j.segmentation.rfm.RfmScores;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import io.github.cx4j.segmentation.rfm.RfmSegments;
import io.github.cx4j.segmentation.rfm.RfmSketch;
import io.github.cx4j.segmentation.rfm.SegmentSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j rfm}: RFM scores and segments of the customers of a purchase file, as CSV ({@code
 * customer,recency,frequency,monetary,r,f,m,score,segment}), or with {@code --summary} the segment
 * summary. Recency is in days from the last purchase to the analysis date; purchases after the
 * analysis date are left out.
 */
@Command(
    name = "rfm",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "RFM scores and segments of the customers of a purchase file, as CSV:"
          + " customer,recency,frequency,monetary,r,f,m,score,segment.",
      "Cut points: type-7 quantiles at k/bins (R's default), exact or (--sketch) from KLL"
          + " sketches; F and M score 1 + #cut points below the value, R scores bins - #cut points"
          + " below (recent = high).",
      "Example (CDNOW): cx4j rfm --input CDNOW_sample.txt --customer-column 2 --date-column 3"
          + " --date-format yyyyMMdd --amount-column 5 --separator whitespace --no-header"
          + " --analysis-date 1998-07-01 --summary"
    })
public final class RfmCommand implements CxCommand {
  /** Decimals of the numbers in the segmentation CSVs (cx4j-io's rule: trailing zeros dropped). */
  static final int DECIMALS = 6;

  @Mixin PurchaseOptions purchases = new PurchaseOptions();

  @Option(
      names = "--analysis-date",
      required = true,
      paramLabel = "DATE",
      description =
          "Analysis date, yyyy-MM-dd: recency is counted to it, later purchases are left out.")
  @Nullable String analysisDate;

  @Option(
      names = "--bins",
      paramLabel = "N",
      defaultValue = "5",
      description = "Score levels per dimension, 2..9 (default: ${DEFAULT-VALUE}).")
  int bins = 5;

  @Option(
      names = "--monetary",
      paramLabel = "total|mean",
      defaultValue = "total",
      description = "Monetary value: total or mean purchase value (default: ${DEFAULT-VALUE}).")
  String monetary = "total";

  @Option(
      names = "--rules",
      paramLabel = "rfm|rfm-legacy|RULES.json",
      defaultValue = "rfm",
      description =
          "Segment rules: the current (rfm) or older (rfm-legacy) rule set of the R package rfm,"
              + " or a JSON file {\"name\":...,\"rules\":[{\"name\":...,\"recencyMin\":...}]}"
              + " (default: ${DEFAULT-VALUE}).")
  String rules = "rfm";

  @Option(
      names = "--sketch",
      description =
          "Cut points from mergeable KLL sketches (the rank error goes to standard error).")
  boolean sketch;

  @Option(names = "--summary", description = "Write the segment summary instead of customers.")
  boolean summary;

  @Mixin CsvOutputOption output = new CsvOutputOption();

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public RfmCommand() {}

  @Override
  public Integer call() {
    CommandLine cli = spec == null ? new CommandLine(this) : spec.commandLine();
    PrintWriter err = cli.getErr();
    LocalDate date = parseDate(analysisDate == null ? "" : analysisDate);
    MonetaryMeasure measure = parseMeasure(monetary);
    if (bins < 2 || bins > RfmCutPoints.MAX_BINS) {
      throw new CliException("--bins must be within 2..9, was " + bins);
    }
    RfmSegmentation segmentation = parseRules(rules);
    PurchaseOptions.Encoded read = purchases.readEncoded(err);
    TransactionLog log = read.log();
    RfmSummaries s = ActivitySummaries.rfm(log, SummarySpec.of(date, SummarySpec.DAYS));
    if (s.size() == 0) {
      throw new CliException(
          purchases.input() + ": no purchases on or before the analysis date " + date);
    }
    double[] total = s.monetaryTotal();
    for (int i = 0; i < s.size(); i++) {
      if (!Double.isFinite(total[i])) {
        // each amount was finite when read: the customer's sum overflowed
        throw new CliException(
            purchases.input()
                + ": customer "
                + s.customer(i).value()
                + ": the purchase amounts sum beyond "
                + Double.MAX_VALUE
                + " (overflow); nothing was written");
      }
    }
    double[] value = measure == MonetaryMeasure.TOTAL ? total : s.monetaryMean();
    RfmCutPoints cuts;
    if (sketch) {
      cuts = RfmSketch.create().update(s, measure).cutPoints(bins);
      err.printf(
          Locale.ROOT,
          "cx4j: cut points from KLL sketches of %,d customers, normalised rank error %.4f%n",
          s.size(),
          cuts.rankError());
      err.flush();
    } else {
      cuts = Rfm.cutPoints(s.recency(), s.frequency(), value, bins);
    }
    RfmScores scores = Rfm.score(s.recency(), s.frequency(), value, cuts);
    RfmSegments segments = segmentation.assign(scores);
    if (summary) {
      List<SegmentSummary> rows = segments.summary(s.frequency(), s.monetaryTotal());
      output.write(cli.getOut(), out -> writeSummary(rows, out));
    } else {
      output.write(cli.getOut(), out -> writeCustomers(s, read, value, segments, out));
    }
    return 0;
  }

  /** The per-customer CSV through cx4j-io's writer: six decimals, trailing zeros dropped. */
  static void writeCustomers(
      RfmSummaries s,
      PurchaseOptions.Encoded ids,
      double[] value,
      RfmSegments segments,
      PrintWriter out) {
    CsvWriter w =
        CsvWriter.of(
            out,
            List.of(
                "customer", "recency", "frequency", "monetary", "r", "f", "m", "score", "segment"));
    RfmScores scores = segments.scores();
    // blocks of rows formatted on all cores, written in order
    w.rows(
        s.size(),
        (o, i) ->
            o.text(ids.customer(s.customerIndex(i)))
                .decimal(s.recency(i), DECIMALS)
                .number(s.frequency(i))
                .decimal(value[i], DECIMALS)
                .number(scores.recency(i))
                .number(scores.frequency(i))
                .number(scores.monetary(i))
                .number(scores.composite(i))
                .text(segments.segmentName(i)));
    w.flush();
  }

  /** The per-segment CSV through cx4j-io's writer. */
  static void writeSummary(List<SegmentSummary> rows, PrintWriter out) {
    CsvWriter w =
        CsvWriter.of(
            out,
            List.of(
                "segment",
                "customers",
                "purchases",
                "revenue",
                "aov",
                "customer_share",
                "purchase_share",
                "revenue_share"));
    for (SegmentSummary r : rows) {
      w.text(r.segment())
          .number(r.customers())
          .number(r.purchases())
          .decimal(r.revenue(), DECIMALS)
          .decimal(r.averageOrderValue(), DECIMALS)
          .decimal(r.customerShare(), DECIMALS)
          .decimal(r.purchaseShare(), DECIMALS)
          .decimal(r.revenueShare(), DECIMALS)
          .endRow();
    }
    w.flush();
  }

  private static LocalDate parseDate(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CliException(
          "--analysis-date must be a date as yyyy-MM-dd, was \"" + text + "\"", e);
    }
  }

  private static MonetaryMeasure parseMeasure(String text) {
    switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "total":
        return MonetaryMeasure.TOTAL;
      case "mean":
        return MonetaryMeasure.MEAN;
      default:
        throw new CliException("--monetary must be total or mean, was \"" + text + "\"");
    }
  }

  static RfmSegmentation parseRules(String text) {
    if (text.equals("rfm")) {
      return RfmSegmentation.rfm();
    }
    if (text.equals("rfm-legacy")) {
      return RfmSegmentation.rfmLegacy();
    }
    Path file = Path.of(text);
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException(
          "--rules must be rfm, rfm-legacy or a JSON file, was \"" + text + "\" (no such file)", e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    }
    try {
      return RfmSegmentation.fromJson(json);
    } catch (CxValidationException e) {
      throw new CliException(file + ": " + e.getMessage(), e);
    }
  }
}
