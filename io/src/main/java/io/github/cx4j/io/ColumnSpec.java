/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column a {@link DelimitedReader} reads: which column of the file (a header name or a 1-based
 * index), as which {@link ColumnType}, whether empty cells are allowed, and an optional range
 * check. Columns of the file that no spec names are skipped without being converted.
 *
 * <p>The column reference is resolved against the header as the command line does it: the exact
 * header name first, then the name ignoring case, then a 1-based index. Specs are immutable; each
 * modifier returns a new spec.
 */
public final class ColumnSpec {
  final String ref;
  final ColumnType type;
  final boolean optional;
  final String expected;
  final double min;
  final double max;
  final @Nullable String rangeProblem;
  final @Nullable String datePattern;
  final DateFormat dateFormat;
  final @Nullable DateTimeFormatter formatter;
  final @Nullable String origin;
  final boolean indexOnly;

  /** The fast date layouts; others go through a {@link DateTimeFormatter}. */
  enum DateFormat {
    ISO,
    BASIC,
    PATTERN
  }

  private ColumnSpec(
      String ref,
      ColumnType type,
      boolean optional,
      String expected,
      double min,
      double max,
      @Nullable String rangeProblem,
      @Nullable String datePattern,
      @Nullable String origin,
      boolean indexOnly) {
    if (ref.isEmpty()) {
      throw new IllegalArgumentException("ColumnSpec.ref must not be empty");
    }
    this.ref = ref;
    this.type = type;
    this.optional = optional;
    this.expected = expected;
    this.min = min;
    this.max = max;
    this.rangeProblem = rangeProblem;
    this.datePattern = datePattern;
    this.origin = origin;
    this.indexOnly = indexOnly;
    if (datePattern == null
        || datePattern.equals("yyyy-MM-dd")
        || datePattern.equals("uuuu-MM-dd")) {
      dateFormat = DateFormat.ISO;
      formatter = null;
    } else if (datePattern.equals("yyyyMMdd") || datePattern.equals("uuuuMMdd")) {
      dateFormat = DateFormat.BASIC;
      formatter = null;
    } else {
      dateFormat = DateFormat.PATTERN;
      formatter = formatter(datePattern);
    }
  }

  private static ColumnSpec of(String ref, ColumnType type, String expected) {
    return new ColumnSpec(
        ref,
        type,
        false,
        expected,
        Double.NEGATIVE_INFINITY,
        Double.POSITIVE_INFINITY,
        null,
        null,
        null,
        false);
  }

  /**
   * A finite decimal number ({@code 12}, {@code -0.5}, {@code 1.5e3}) into {@code double[]}.
   *
   * @param ref a header name or a 1-based index
   * @return the spec
   */
  public static ColumnSpec decimal(String ref) {
    return of(ref, ColumnType.DOUBLE, "a finite number");
  }

  /**
   * A decimal integer into {@code int[]}; a zero fraction as spreadsheets export it ({@code 9.0})
   * is accepted, any other fraction is an error.
   *
   * @param ref a header name or a 1-based index
   * @return the spec
   */
  public static ColumnSpec integer(String ref) {
    return of(ref, ColumnType.INT, "an integer");
  }

  /**
   * A decimal integer into {@code long[]}; a zero fraction ({@code 9.0}) is accepted.
   *
   * @param ref a header name or a 1-based index
   * @return the spec
   */
  public static ColumnSpec longInteger(String ref) {
    return of(ref, ColumnType.LONG, "an integer");
  }

  /**
   * A date into epoch days, ISO {@code yyyy-MM-dd} unless {@link #format(String)} says otherwise.
   *
   * @param ref a header name or a 1-based index
   * @return the spec
   */
  public static ColumnSpec date(String ref) {
    return of(ref, ColumnType.DATE, "a date as ISO yyyy-MM-dd");
  }

  /**
   * An ISO-8601 instant with an offset into epoch milliseconds.
   *
   * @param ref a header name or a 1-based index
   * @return the spec
   */
  public static ColumnSpec instant(String ref) {
    return of(ref, ColumnType.INSTANT, "an ISO-8601 instant such as 2024-05-01T10:15:30Z");
  }

  /**
   * Categorical text, dictionary-encoded.
   *
   * @param ref a header name or a 1-based index
   * @return the spec
   */
  public static ColumnSpec category(String ref) {
    return of(ref, ColumnType.CATEGORY, "a value");
  }

  /**
   * Free text, one {@code String} per cell.
   *
   * @param ref a header name or a 1-based index
   * @return the spec
   */
  public static ColumnSpec text(String ref) {
    return of(ref, ColumnType.TEXT, "a value");
  }

  /**
   * Allows empty cells: they are marked in {@link Table#missing(String)} instead of failing.
   *
   * @return the changed spec
   */
  public ColumnSpec optional() {
    return new ColumnSpec(
        ref, type, true, expected, min, max, rangeProblem, datePattern, origin, indexOnly);
  }

  /**
   * Names what a cell must hold in error messages: {@code expected a customer id, was "x"}.
   *
   * @param description a noun phrase, for example {@code "a customer id"}
   * @return the changed spec
   */
  public ColumnSpec expecting(String description) {
    return new ColumnSpec(
        ref, type, optional, description, min, max, rangeProblem, datePattern, origin, indexOnly);
  }

  /**
   * Requires numbers within {@code min..max} inclusive (DOUBLE, LONG and INT columns).
   *
   * @param min the least allowed value
   * @param max the greatest allowed value
   * @param problem the error text, for example {@code "expected a score within 0..10"}
   * @return the changed spec
   * @throws IllegalArgumentException if the column is not numeric or {@code min > max}
   */
  public ColumnSpec range(double min, double max, String problem) {
    if (type != ColumnType.DOUBLE && type != ColumnType.LONG && type != ColumnType.INT) {
      throw new IllegalArgumentException(
          "ColumnSpec.range applies to numeric columns, " + ref + " is " + type);
    }
    if (!(min <= max)) {
      throw new IllegalArgumentException(
          "ColumnSpec.range must have min <= max, was " + min + ".." + max);
    }
    return new ColumnSpec(
        ref, type, optional, expected, min, max, problem, datePattern, origin, indexOnly);
  }

  /**
   * The date layout as a {@code java.time} pattern; {@code yyyy-MM-dd} and {@code yyyyMMdd} are
   * parsed byte by byte, other patterns through a strict {@link DateTimeFormatter} ({@code y} read
   * as the proleptic year).
   *
   * @param pattern the pattern
   * @return the changed spec
   * @throws IllegalArgumentException if this is not a DATE column or the pattern is invalid
   */
  public ColumnSpec format(String pattern) {
    if (type != ColumnType.DATE) {
      throw new IllegalArgumentException(
          "ColumnSpec.format applies to DATE columns, " + ref + " is " + type);
    }
    return new ColumnSpec(
        ref,
        type,
        optional,
        "a date as " + pattern,
        min,
        max,
        rangeProblem,
        pattern,
        origin,
        indexOnly);
  }

  /**
   * Names where the reference came from, for the error when it matches no column: with {@code
   * "--amount-column"} the error reads {@code --amount-column x is neither a column name ...}.
   *
   * @param option the option or setting that gave the reference
   * @return the changed spec
   */
  public ColumnSpec from(String option) {
    return new ColumnSpec(
        ref, type, optional, expected, min, max, rangeProblem, datePattern, option, indexOnly);
  }

  /**
   * Reads the reference as a 1-based index only, never as a header name (for files whose header
   * names are numbers).
   *
   * @return the changed spec
   * @throws IllegalArgumentException if the reference is not a positive integer
   */
  public ColumnSpec byIndex() {
    if (!ref.chars().allMatch(c -> c >= '0' && c <= '9')
        || ref.length() > 8
        || Integer.parseInt(ref) < 1) {
      throw new IllegalArgumentException("ColumnSpec.byIndex needs a 1-based index, was " + ref);
    }
    return new ColumnSpec(
        ref, type, optional, expected, min, max, rangeProblem, datePattern, origin, true);
  }

  /**
   * The column reference as given.
   *
   * @return a header name or a 1-based index
   */
  public String ref() {
    return ref;
  }

  /**
   * The column type.
   *
   * @return the type
   */
  public ColumnType type() {
    return type;
  }

  /**
   * Whether empty cells are allowed.
   *
   * @return true if optional
   */
  public boolean isOptional() {
    return optional;
  }

  /**
   * A strict formatter for a pattern with {@code y} read as the proleptic year, so that patterns
   * such as {@code dd.MM.yyyy} need no era.
   */
  static DateTimeFormatter formatter(String pattern) {
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
      throw new IllegalArgumentException(
          "date format is not a valid java.time pattern, was \""
              + pattern
              + "\": "
              + e.getMessage(),
          e);
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ColumnSpec
        && ((ColumnSpec) o).ref.equals(ref)
        && ((ColumnSpec) o).type == type
        && ((ColumnSpec) o).optional == optional
        && ((ColumnSpec) o).expected.equals(expected)
        && Double.compare(((ColumnSpec) o).min, min) == 0
        && Double.compare(((ColumnSpec) o).max, max) == 0
        && Objects.equals(((ColumnSpec) o).rangeProblem, rangeProblem)
        && Objects.equals(((ColumnSpec) o).datePattern, datePattern)
        && Objects.equals(((ColumnSpec) o).origin, origin)
        && ((ColumnSpec) o).indexOnly == indexOnly;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        ref, type, optional, expected, min, max, rangeProblem, datePattern, origin, indexOnly);
  }

  @Override
  public String toString() {
    return ref + ":" + type + (optional ? "?" : "");
  }
}
