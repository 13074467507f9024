/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.activity;

import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.examples.cli.CliException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The time unit of summaries and fits, carried from {@code summarize} through {@code clv fit} to
 * {@code clv predict}: named units (days, weeks, months), ISO-8601 durations, and the comment line
 * that a summary file starts with, {@code # cx4j summarize: convention=repeat unit=P7D
 * end=1997-09-30}. Files without it (written before units were recorded, or by other tools) are
 * read in {@link #DEFAULT_UNIT}, with a note.
 */
public final class TimeUnits {
  /** The unit of a summary that records none: days, the default of {@code summarize --unit}. */
  public static final Duration DEFAULT_UNIT = SummarySpec.DAYS;

  /** The start of the comment line that {@code summarize} writes. */
  public static final String SUMMARY_COMMENT = "# cx4j summarize:";

  private static final Pattern WEEKS = Pattern.compile("P(\\d{1,6})W");

  private TimeUnits() {}

  /**
   * A unit given on the command line.
   *
   * @param option the option, for the error
   * @param text days, weeks, months or an ISO-8601 duration ({@code P7D}, {@code PT12H}, {@code
   *     P2W})
   * @return the positive duration
   * @throws CliException if the text is none of these or not positive
   */
  public static Duration parse(String option, String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    switch (lower) {
      case "days":
      case "day":
        return SummarySpec.DAYS;
      case "weeks":
      case "week":
        return SummarySpec.WEEKS;
      case "months":
      case "month":
        return SummarySpec.MEAN_GREGORIAN_MONTH;
      default:
        break;
    }
    Duration duration;
    try {
      duration = duration(text);
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new CliException(
          option
              + " must be days, weeks, months or an ISO-8601 duration such as P7D, was \""
              + text
              + "\"",
          e);
    }
    if (duration.isNegative() || duration.isZero()) {
      throw new CliException(option + " must be a positive duration, was \"" + text + "\"");
    }
    return duration;
  }

  /**
   * An ISO-8601 duration, also in weeks ({@code P2W}), which {@link Duration#parse} does not take.
   *
   * @param text the text
   * @return the duration
   * @throws DateTimeParseException if it is not a duration
   * @throws ArithmeticException if it overflows
   */
  public static Duration duration(String text) {
    String iso = text.strip().toUpperCase(Locale.ROOT);
    Matcher weeks = WEEKS.matcher(iso);
    if (weeks.matches()) {
      return Duration.ofDays(Math.multiplyExact(7L, Long.parseLong(weeks.group(1))));
    }
    return Duration.parse(iso);
  }

  /**
   * A unit as recorded: {@code P1D}, {@code P7D}, or {@link Duration#toString()} for units that are
   * not whole days ({@code PT730H29M6S} for the mean Gregorian month).
   *
   * @param unit the unit
   * @return the ISO-8601 text
   */
  public static String format(Duration unit) {
    if (unit.toSeconds() % 86_400 == 0 && unit.getNano() == 0) {
      return "P" + unit.toDays() + "D";
    }
    return unit.toString();
  }

  /**
   * A unit for people: {@code P7D (weeks)}.
   *
   * @param unit the unit
   * @return the text
   */
  public static String describe(Duration unit) {
    String name =
        unit.equals(SummarySpec.DAYS)
            ? " (days)"
            : unit.equals(SummarySpec.WEEKS)
                ? " (weeks)"
                : unit.equals(SummarySpec.MEAN_GREGORIAN_MONTH) ? " (months)" : "";
    return format(unit) + name;
  }

  /**
   * The recorded unit or end in {@code key=value} text.
   *
   * @param source the file, for the error
   * @param key {@code unit}
   * @param value the recorded text
   * @return the unit
   * @throws CliException if it is not a positive ISO-8601 duration
   */
  public static Duration recordedUnit(String source, String key, String value) {
    try {
      Duration d = duration(value);
      if (!d.isNegative() && !d.isZero()) {
        return d;
      }
    } catch (DateTimeParseException | ArithmeticException e) {
      // reported below
    }
    throw new CliException(
        source + ": " + key + " must be a positive ISO-8601 duration, was \"" + value + "\"");
  }

  /**
   * The recorded calibration end.
   *
   * @param source the file, for the error
   * @param key the key ({@code end}, {@code calibrationEnd})
   * @param value the text
   * @return the date
   * @throws CliException if it is not {@code yyyy-MM-dd}
   */
  public static LocalDate recordedEnd(String source, String key, String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CliException(
          source + ": " + key + " must be a date as yyyy-MM-dd, was \"" + value + "\"", e);
    }
  }

  /**
   * The comment line of a summary file.
   *
   * @param convention {@code repeat} or {@code rfm}
   * @param unit the unit of recency and T
   * @param end the observation end
   * @return the line, without a line break
   */
  public static String summaryComment(String convention, Duration unit, LocalDate end) {
    return SUMMARY_COMMENT + " convention=" + convention + " unit=" + format(unit) + " end=" + end;
  }

  /**
   * The {@code key=value} pairs of the first summary comment among a file's leading comments.
   *
   * @param comments the leading comment lines
   * @return the pairs, empty if no line is a summary comment
   */
  public static Map<String, String> summaryFields(List<String> comments) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (String line : comments) {
      String s = line.strip();
      if (s.startsWith(SUMMARY_COMMENT)) {
        for (String pair : s.substring(SUMMARY_COMMENT.length()).strip().split("\\s+")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            fields.put(pair.substring(0, eq), pair.substring(eq + 1));
          }
        }
        return fields;
      }
    }
    return fields;
  }

  /**
   * A length in units of another: 7 for weeks in days.
   *
   * @param unit the unit measured
   * @param in the unit to measure in
   * @return unit / in
   */
  public static double ratio(Duration unit, Duration in) {
    return seconds(unit) / seconds(in);
  }

  private static double seconds(Duration d) {
    return d.getSeconds() + d.getNano() / 1e9;
  }

  /**
   * A duration in a unit.
   *
   * @param d the duration
   * @param unit the unit
   * @return d / unit
   */
  public static double in(Duration d, Duration unit) {
    return seconds(d) / seconds(unit);
  }

  /**
   * The recorded unit, if there is one.
   *
   * @param source the file, for errors
   * @param fields the summary fields
   * @return the unit
   */
  public static Optional<Duration> unitOf(String source, Map<String, String> fields) {
    String u = fields.get("unit");
    return u == null ? Optional.empty() : Optional.of(recordedUnit(source, "unit", u));
  }

  /**
   * The recorded end, if there is one.
   *
   * @param source the file, for errors
   * @param fields the summary fields
   * @return the date
   */
  public static Optional<LocalDate> endOf(String source, Map<String, String> fields) {
    String e = fields.get("end");
    return e == null ? Optional.empty() : Optional.of(recordedEnd(source, "end", e));
  }
}
