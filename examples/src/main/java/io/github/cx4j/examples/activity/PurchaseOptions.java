/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.activity;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.DelimitedOptions;
import io.github.cx4j.examples.cli.Skipped;
import io.github.cx4j.io.CategoryColumn;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options with which every {@code cx4j} command that reads purchases names its input, as a
 * picocli mixin ({@code @Mixin PurchaseOptions purchases;}), and {@link #read(PrintWriter)}, which
 * reads the file into a {@link TransactionLog}.
 *
 * <p>One purchase per line: a customer id, a date and an amount, in columns given by header name or
 * 1-based index. Lines that are blank are skipped; any other bad cell stops the reading with a
 * message naming the file, the line, the column and the value.
 */
public final class PurchaseOptions {
  /** Progress is reported on inputs that take longer than this (2 s); tests lower it. */
  static final long DEFAULT_PROGRESS_NANOS = 2_000_000_000L;

  long progressNanos = DEFAULT_PROGRESS_NANOS;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE",
      description =
          "Purchase file: CSV or whitespace-separated text, one purchase per line; .gz is"
              + " decompressed, - reads standard input.")
  @Nullable Path input;

  @Option(
      names = "--customer-column",
      required = true,
      paramLabel = "C",
      description = "Column of the customer id: a header name or a 1-based index.")
  @Nullable String customerColumn;

  @Option(
      names = "--date-column",
      required = true,
      paramLabel = "C",
      description = "Column of the purchase date: a header name or a 1-based index.")
  @Nullable String dateColumn;

  @Option(
      names = "--amount-column",
      required = true,
      paramLabel = "C",
      description = "Column of the purchase value: a header name or a 1-based index.")
  @Nullable String amountColumn;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      description =
          "java.time pattern of the dates, for example yyyyMMdd (default: ISO, yyyy-MM-dd).")
  @Nullable String dateFormat;

  @Mixin DelimitedOptions layout = new DelimitedOptions();

  @Option(
      names = "--skip-invalid",
      description =
          "Skip invalid lines (bad dates, amounts, field counts) instead of stopping; their count"
              + " and the first "
              + LISTED_INVALID
              + " go to standard error.")
  boolean skipInvalid;

  /** How many skipped lines are listed. */
  static final int LISTED_INVALID = 10;

  /** For picocli. */
  public PurchaseOptions() {}

  /**
   * The input file.
   *
   * @return the path given with {@code --input}
   */
  public Path input() {
    if (input == null) {
      throw new CliException("--input is required");
    }
    return input;
  }

  /**
   * Whether {@code --input} was given (for a command that can read another input instead).
   *
   * @return true if there is a purchase file
   */
  public boolean hasInput() {
    return input != null;
  }

  /**
   * The file layout options ({@code --separator}, {@code --no-header}, {@code --charset}), for a
   * command that reads another file with the same layout.
   *
   * @return the layout options
   */
  public DelimitedOptions layout() {
    return layout;
  }

  /**
   * Reads the purchases. Progress goes to {@code err} every couple of seconds on long inputs.
   *
   * @param err standard error, for progress
   * @return the purchases in file order, customers indexed in order of first appearance
   * @throws CliException on a missing file, an unknown column, a bad cell (naming file, line,
   *     column and value) or a file without purchases
   */
  public TransactionLog read(PrintWriter err) {
    Table table = readTable(err);
    CategoryColumn customers = table.categories(require(customerColumn, "--customer-column"));
    return logOfStrings(table, customers);
  }

  /**
   * Reads the purchases into a log whose customers are the reader's dictionary codes ({@link
   * TransactionLog#adoptEncoded}): no {@link CustomerId} or {@code String} per customer is kept,
   * and summaries of the log name their customers by index, whose text {@link
   * Encoded#customer(int)} gives from the dictionary's bytes. Same checks and errors as {@link
   * #read(PrintWriter)}; a file whose ids decode to the same text from different bytes (malformed
   * UTF-8) is read as {@link #read(PrintWriter)} reads it.
   *
   * @param err standard error, for progress
   * @return the log and the customer column
   * @throws CliException as {@link #read(PrintWriter)}
   */
  public Encoded readEncoded(PrintWriter err) {
    Table table = readTable(err);
    CategoryColumn customers = table.categories(require(customerColumn, "--customer-column"));
    if (!validEncoded(customers)) {
      return new Encoded(logOfStrings(table, customers), null);
    }
    String dateRef = require(dateColumn, "--date-column");
    String amountRef = require(amountColumn, "--amount-column");
    List<String> values = customers.values();
    TransactionLog log =
        TransactionLog.adoptEncoded(
            values.size(),
            c -> CustomerId.of(customers.text(c).toString()),
            customers.codes(),
            table.epochDays(dateRef),
            table.doubles(amountRef));
    return new Encoded(log, customers);
  }

  /** A purchase log and, for a log over dictionary codes, the column whose values they are. */
  public static final class Encoded {
    private final TransactionLog log;
    private final @Nullable CategoryColumn customers;

    Encoded(TransactionLog log, @Nullable CategoryColumn customers) {
      this.log = log;
      this.customers = customers;
    }

    /**
     * The purchases.
     *
     * @return the log
     */
    public TransactionLog log() {
      return log;
    }

    /**
     * The text of a customer of the log's table, from the reader's bytes where it can (no {@code
     * String} kept).
     *
     * @param index an index into {@code log().customers()}, such as {@code
     *     RepeatSummaries.customerIndex(i)}
     * @return the customer id's text
     */
    public CharSequence customer(int index) {
      CategoryColumn c = customers;
      return c == null ? log.customers().get(index).value() : c.text(index);
    }
  }

  /**
   * Whether every value of the customer column is a valid {@link CustomerId} and distinct values
   * stay distinct as text; throws the error of {@link #read(PrintWriter)} for the first invalid
   * one. ASCII bytes map one to one to text; values with other bytes are decoded and compared.
   */
  private boolean validEncoded(CategoryColumn customers) {
    int m = customers.values().size();
    Set<String> decoded = null;
    for (int c = 0; c < m; c++) {
      CharSequence t = customers.text(c);
      int n = t.length();
      boolean ascii = true;
      for (int i = 0; i < n && ascii; i++) {
        ascii = t.charAt(i) < 0x80;
      }
      if (ascii
          && n > 0
          && !Character.isWhitespace(t.charAt(0))
          && !Character.isWhitespace(t.charAt(n - 1))) {
        continue;
      }
      String id = t.toString();
      customerId(id);
      if (decoded == null) {
        decoded = new HashSet<>();
      }
      if (!decoded.add(id)) {
        return false;
      }
    }
    return true;
  }

  private CustomerId customerId(String id) {
    try {
      return CustomerId.of(id);
    } catch (CxValidationException e) {
      throw new CliException(
          input() + ": column " + customerColumn + ": expected a customer id, was \"" + id + "\"",
          e);
    }
  }

  private Table readTable(PrintWriter err) {
    String customerRef = require(customerColumn, "--customer-column");
    String dateRef = require(dateColumn, "--date-column");
    String amountRef = require(amountColumn, "--amount-column");
    formatter(dateFormat);
    ColumnSpec date = ColumnSpec.date(dateRef).from("--date-column");
    if (dateFormat != null) {
      date = date.format(dateFormat);
    }
    ColumnSpec customer =
        ColumnSpec.category(customerRef).from("--customer-column").expecting("a customer id");
    ColumnSpec amount =
        ColumnSpec.decimal(amountRef)
            .from("--amount-column")
            .range(0, Double.MAX_VALUE, "expected an amount that is not negative");
    String file = input().toString();
    long start = System.nanoTime();
    long[] lastReport = {start};
    DelimitedReader.Builder builder =
        layout
            .builder()
            .columns(customer, date, amount)
            .progress(
                (bytes, rows) -> {
                  long now = System.nanoTime();
                  if (now - lastReport[0] >= progressNanos) {
                    lastReport[0] = now;
                    err.printf(
                        Locale.ROOT,
                        "cx4j: %s: read %,d purchases (%.1f s)%n",
                        file,
                        rows,
                        (now - start) / 1e9);
                    err.flush();
                  }
                });
    if (skipInvalid) {
      builder.skipInvalid(LISTED_INVALID);
    }
    Table table = builder.build().read(file);
    Skipped.report(err, file, table.invalid());
    if (table.rows() == 0) {
      throw new CliException(file + ": no purchases found");
    }
    return table;
  }

  private TransactionLog logOfStrings(Table table, CategoryColumn customers) {
    List<CustomerId> ids = new ArrayList<>(customers.values().size());
    for (String id : customers.values()) {
      ids.add(customerId(id));
    }
    // the table's columns are not used again: the log takes them over instead of copying
    return TransactionLog.adopt(
        ids,
        customers.codes(),
        table.epochDays(require(dateColumn, "--date-column")),
        table.doubles(require(amountColumn, "--amount-column")));
  }

  private static String require(@Nullable String value, String option) {
    if (value == null) {
      throw new CliException(option + " is required");
    }
    return value;
  }

  /**
   * The formatter for a {@code --date-format} pattern, strict (no 31 February), with {@code y} read
   * as the proleptic year so that patterns such as {@code yyyyMMdd} work without an era.
   *
   * @param pattern the pattern, or null for ISO dates
   * @return the formatter
   * @throws CliException if the pattern is invalid
   */
  static DateTimeFormatter formatter(@Nullable String pattern) {
    if (pattern == null) {
      return DateTimeFormatter.ISO_LOCAL_DATE;
    }
    StringBuilder proleptic = new StringBuilder(pattern.length());
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      }
      proleptic.append(!quoted && c == 'y' ? 'u' : c);
    }
    try {
      return DateTimeFormatter.ofPattern(proleptic.toString(), Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new CliException(
          "--date-format is not a valid java.time pattern, was \""
              + pattern
              + "\": "
              + e.getMessage(),
          e);
    }
  }

  /**
   * The date format given, if any.
   *
   * @return the pattern
   */
  public Optional<String> dateFormat() {
    return Optional.ofNullable(dateFormat);
  }
}
