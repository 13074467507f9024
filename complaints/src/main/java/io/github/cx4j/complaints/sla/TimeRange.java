/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Locale;

/**
 * A working interval on the local wall clock, written {@code ["09:00","18:00"]} in JSON.
 *
 * <p>The start is a time of day {@code 00:00..23:59}; the end is {@code 00:00..24:00}. An end that
 * is not after its start ({@code ["22:00","02:00"]}, {@code ["09:00","09:00"]}) runs past midnight
 * into the next day, so a range lasts from 1 minute to 24 hours. {@code "24:00"} is the end of the
 * day, which closes the "23:59 hole" of systems that only accept times of day. Precision is one
 * minute.
 */
public final class TimeRange {
  private final int startMinute;
  private final int endMinute;

  private TimeRange(int startMinute, int endMinute) {
    this.startMinute = startMinute;
    this.endMinute = endMinute;
  }

  /**
   * A range from two wall-clock times.
   *
   * @param start {@code HH:MM} from {@code 00:00} to {@code 23:59}
   * @param end {@code HH:MM} from {@code 00:00} to {@code 24:00}; not after the start means the
   *     next day
   * @return the range
   * @throws CxValidationException naming {@code TimeRange.start} or {@code TimeRange.end}
   */
  public static TimeRange of(String start, String end) {
    int s = parse("TimeRange.start", start, false);
    int e = parse("TimeRange.end", end, true);
    return new TimeRange(s, e);
  }

  /**
   * Reads the JSON form, a two-element array.
   *
   * @param pair {@code [start, end]}
   * @return the range
   * @throws CxValidationException if the array does not have two elements or a time is bad
   */
  @JsonCreator
  public static TimeRange fromJson(List<String> pair) {
    if (pair.size() != 2) {
      throw CxValidationException.of("TimeRange", "be a pair [\"HH:MM\",\"HH:MM\"]", pair);
    }
    return of(pair.get(0), pair.get(1));
  }

  /**
   * The JSON form.
   *
   * @return {@code [start, end]} as {@code HH:MM} texts
   */
  @JsonValue
  public List<String> toJson() {
    return List.of(format(startMinute), format(endMinute));
  }

  /**
   * The start, in minutes after local midnight.
   *
   * @return 0..1439
   */
  public int startMinute() {
    return startMinute;
  }

  /**
   * The end, in minutes after the local midnight of the day the range starts.
   *
   * @return {@code start+1 .. start+1440}; above 1440 for ranges that run past midnight
   */
  public int endMinuteFromStartDay() {
    return endMinute > startMinute ? endMinute : endMinute + 1440;
  }

  /**
   * Whether the range runs past midnight into the next day ({@code ["22:00","02:00"]}); a range
   * ending at {@code "24:00"} does not.
   *
   * @return true for an overnight range
   */
  public boolean overnight() {
    return endMinute <= startMinute;
  }

  static int parse(String field, String text, boolean allow24) {
    if (text.length() == 5 && text.charAt(2) == ':') {
      int h = digits(text, 0);
      int m = digits(text, 3);
      if (h >= 0 && m >= 0 && m < 60 && (h < 24 || (allow24 && h == 24 && m == 0))) {
        return h * 60 + m;
      }
    }
    throw CxValidationException.of(
        field, "be a time HH:MM from 00:00 to " + (allow24 ? "24:00" : "23:59"), text);
  }

  private static int digits(String text, int at) {
    char a = text.charAt(at);
    char b = text.charAt(at + 1);
    if (a < '0' || a > '9' || b < '0' || b > '9') {
      return -1;
    }
    return (a - '0') * 10 + (b - '0');
  }

  static String format(int minute) {
    return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeRange
        && ((TimeRange) other).startMinute == startMinute
        && ((TimeRange) other).endMinute == endMinute;
  }

  @Override
  public int hashCode() {
    return startMinute * 2000 + endMinute;
  }

  @Override
  public String toString() {
    return format(startMinute) + "-" + format(endMinute);
  }
}
