/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.activity;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CsvOutputOption;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.io.CsvWriter;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j summarize}: per-customer activity summaries of a purchase file as CSV, in the repeat
 * convention of customer-base models ({@code customer,frequency,recency,T,monetary}, as the CDNOW
 * summary of Fader, Hardie and Lee 2005) or the RFM convention ({@code
 * customer,recency,frequency,monetary_total,monetary_mean}). Purchases of one day count as one in
 * the repeat convention; purchases after {@code --end} are left out.
 */
@Command(
    name = "summarize",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Per-customer activity summaries of a purchase file, as CSV.",
      "repeat: customer,frequency,recency,T,monetary (frequency = repeat purchase days,"
          + " recency = first to last purchase, T = first purchase to --end, monetary = mean"
          + " value of the repeat purchase days).",
      "rfm: customer,recency,frequency,monetary_total,monetary_mean (recency = last purchase to"
          + " --end, frequency = purchases).",
      "Example (CDNOW): cx4j summarize --input CDNOW_sample.txt --customer-column 2"
          + " --date-column 3 --date-format yyyyMMdd --amount-column 5 --separator whitespace"
          + " --no-header --end 1997-09-30 --unit weeks"
    })
public final class SummarizeCommand implements CxCommand {

  /** The summary conventions. */
  enum Convention {
    repeat,
    rfm
  }

  @Mixin PurchaseOptions purchases = new PurchaseOptions();

  @Option(
      names = "--end",
      paramLabel = "DATE",
      description =
          "Observation end (repeat) or analysis date (rfm), inclusive, yyyy-MM-dd; later"
              + " purchases are left out (default: the last purchase date in the file).")
  @Nullable String end;

  @Option(
      names = "--unit",
      paramLabel = "days|weeks|months|DURATION",
      defaultValue = "days",
      description =
          "Unit of recency and T: days, weeks (7 days), months (30.436875 days, a twelfth of the"
              + " mean Gregorian year) or an ISO-8601 duration such as P7D (default:"
              + " ${DEFAULT-VALUE}).")
  String unit = "days";

  @Option(
      names = "--convention",
      paramLabel = "repeat|rfm",
      defaultValue = "repeat",
      description = "Summary convention: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Convention convention = Convention.repeat;

  @Option(
      names = "--litt",
      description =
          "repeat: add a litt column, each customer's sum of the logarithms of the"
              + " inter-purchase times in --unit (0 without a repeat purchase), as BTYDplus'"
              + " elog2cbs; the timing input of 'clv fit --model bgcnbd|mbgcnbd|pggg"
              + " --litt-column litt'.")
  boolean litt;

  @Mixin CsvOutputOption output = new CsvOutputOption();

  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public SummarizeCommand() {}

  @Override
  public Integer call() {
    CommandLine cli = spec == null ? new CommandLine(this) : spec.commandLine();
    PrintWriter err = cli.getErr();
    Duration reportingUnit = parseUnit(unit);
    long started = System.nanoTime();
    PurchaseOptions.Encoded read = purchases.readEncoded(err);
    TransactionLog log = read.log();
    LocalDate endDate = end == null ? log.lastDate() : parseEnd(end);
    SummarySpec summarySpec;
    try {
      summarySpec = SummarySpec.of(endDate, reportingUnit);
    } catch (CxValidationException e) {
      throw new CliException("--unit must be a positive duration, was \"" + unit + "\"", e);
    }
    if (litt && convention != Convention.repeat) {
      throw new CliException("--litt applies to --convention repeat only");
    }
    if (convention == Convention.repeat) {
      RepeatSummaries s = ActivitySummaries.repeat(log, summarySpec);
      for (int i = 0; i < s.size(); i++) {
        if (!Double.isFinite(s.monetary(i))) {
          throw overflow(s.customer(i));
        }
      }
      double @Nullable [] timings = litt ? ActivitySummaries.litt(log, summarySpec) : null;
      progress(err, started, log, s.size(), purchases.progressNanos);
      String comment = TimeUnits.summaryComment("repeat", reportingUnit, endDate);
      output.write(cli.getOut(), out -> writeRepeat(comment, s, read, timings, out));
    } else {
      RfmSummaries s = ActivitySummaries.rfm(log, summarySpec);
      for (int i = 0; i < s.size(); i++) {
        if (!Double.isFinite(s.monetaryTotal(i))) {
          throw overflow(s.customer(i));
        }
      }
      progress(err, started, log, s.size(), purchases.progressNanos);
      String comment = TimeUnits.summaryComment("rfm", reportingUnit, endDate);
      output.write(cli.getOut(), out -> writeRfm(comment, s, read, out));
    }
    return 0;
  }

  /** A sum of amounts beyond the range of a double is an error naming the customer. */
  private CliException overflow(CustomerId customer) {
    return new CliException(
        purchases.input()
            + ": customer "
            + customer.value()
            + ": the purchase amounts sum beyond "
            + Double.MAX_VALUE
            + " (overflow); nothing was written");
  }

  private static void progress(
      PrintWriter err, long started, TransactionLog log, int customers, long thresholdNanos) {
    long elapsed = System.nanoTime() - started;
    double seconds = elapsed / 1e9;
    if (elapsed >= thresholdNanos) {
      err.printf(
          Locale.ROOT,
          "cx4j: summarised %,d purchases of %,d customers (%.1f s); writing%n",
          log.size(),
          customers,
          seconds);
      err.flush();
    }
  }

  /**
   * The reporting unit for a {@code --unit} value.
   *
   * @param text days, weeks, months or an ISO-8601 duration ({@code P7D}, {@code PT12H}, {@code
   *     P2W})
   * @return the positive duration
   * @throws CliException if the text is none of these or not positive
   */
  static Duration parseUnit(String text) {
    return TimeUnits.parse("--unit", text);
  }

  private static LocalDate parseEnd(String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CliException("--end must be a date as yyyy-MM-dd, was \"" + text + "\"", e);
    }
  }

  static void writeRepeat(
      String comment,
      RepeatSummaries s,
      PurchaseOptions.Encoded ids,
      double @Nullable [] litt,
      PrintWriter out) {
    out.print(comment + "\n");
    out.print("customer,frequency,recency,T,monetary" + (litt == null ? "\n" : ",litt\n"));
    writeLines(
        s.size(),
        (line, i) -> {
          csvCell(line, ids.customer(s.customerIndex(i))).append(',').append(s.frequency(i));
          line.append(',');
          decimal(line, s.recency(i)).append(',');
          decimal(line, s.age(i)).append(',');
          decimal(line, s.monetary(i));
          if (litt != null) {
            signedDecimal(line.append(','), litt[i]);
          }
          line.append('\n');
        },
        out);
  }

  static void writeRfm(
      String comment, RfmSummaries s, PurchaseOptions.Encoded ids, PrintWriter out) {
    out.print(comment + "\n");
    out.print("customer,recency,frequency,monetary_total,monetary_mean\n");
    writeLines(
        s.size(),
        (line, i) -> {
          csvCell(line, ids.customer(s.customerIndex(i))).append(',');
          decimal(line, s.recency(i)).append(',').append(s.frequency(i)).append(',');
          decimal(line, s.monetaryTotal(i)).append(',');
          decimal(line, s.monetaryMean(i)).append('\n');
        },
        out);
  }

  /** Appends the text of one row, its line break included. */
  @FunctionalInterface
  interface Line {
    void append(StringBuilder text, int row);
  }

  /** Rows per block that one task of {@link #writeLines} formats. */
  static final int BLOCK_ROWS = 16_384;

  /**
   * Writes rows {@code 0 .. count - 1}, in order, exactly as {@code line} formats each in turn. A
   * summary of 14M customers is about 400 MB of text, most of the time of writing it goes into
   * formatting numbers: blocks of {@value #BLOCK_ROWS} rows are formatted on the common fork-join
   * pool, at most two per core ahead of the one being written, so that formatting runs on all cores
   * while the text is written out in file order (the same idea as cx4j-io's {@code RowWriter.rows},
   * for the summary's own six-decimal format).
   */
  static void writeLines(int count, Line line, PrintWriter out) {
    if (count <= BLOCK_ROWS) {
      out.append(block(line, 0, count));
      return;
    }
    int blocks = (count + BLOCK_ROWS - 1) / BLOCK_ROWS;
    int ahead = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    ArrayDeque<CompletableFuture<StringBuilder>> pending = new ArrayDeque<>();
    int next = 0;
    for (int written = 0; written < blocks; written++) {
      while (next < blocks && pending.size() < ahead) {
        int from = next * BLOCK_ROWS;
        int to = Math.min(count, from + BLOCK_ROWS);
        pending.add(CompletableFuture.supplyAsync(() -> block(line, from, to)));
        next++;
      }
      StringBuilder text;
      try {
        text = pending.removeFirst().join();
      } catch (CompletionException e) {
        pending.forEach(f -> f.cancel(false));
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw e;
      }
      out.append(text);
    }
  }

  private static StringBuilder block(Line line, int from, int to) {
    StringBuilder text = new StringBuilder(Math.max(16, (to - from) * 40));
    for (int i = from; i < to; i++) {
      line.append(text, i);
    }
    return text;
  }

  private static StringBuilder csvCell(StringBuilder line, CharSequence customer) {
    return CsvWriter.appendCell(line, customer, ',');
  }

  /**
   * Appends a finite number rounded to six decimals as {@link #decimal}, with a minus sign when it
   * is negative and does not round to 0 ({@code -1.94591}, {@code 0}).
   */
  static StringBuilder signedDecimal(StringBuilder line, double value) {
    if (value < 0 && Math.round(-value * 1e6) > 0) {
      return decimal(line.append('-'), -value);
    }
    return decimal(line, Math.max(value, 0.0));
  }

  /**
   * Appends a finite, non-negative number rounded to six decimals without trailing zeros ({@code
   * 30.428571}, {@code 0}, {@code 11.77}); large values fall back to {@link Double#toString}.
   */
  static StringBuilder decimal(StringBuilder line, double value) {
    if (!(value >= 0 && value < 9e12)) {
      return line.append(value);
    }
    long scaled = Math.round(value * 1e6);
    long whole = scaled / 1_000_000;
    int fraction = (int) (scaled % 1_000_000);
    line.append(whole);
    if (fraction != 0) {
      line.append('.');
      int digits = 6;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      String text = Integer.toString(fraction);
      for (int k = text.length(); k < digits; k++) {
        line.append('0');
      }
      line.append(text);
    }
    return line;
  }
}
