/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;

/**
 * One calendar period, identified by its kind and first day; ordered by time.
 *
 * @param period the kind of period
 * @param start its first day
 */
public record PeriodKey(CalendarPeriod period, LocalDate start) implements Comparable<PeriodKey> {

  /**
   * The conventional label: {@code 2026-W05}, {@code 2026-03} or {@code 2026-Q1}.
   *
   * @return the label
   */
  public String label() {
    return switch (period) {
      case WEEK ->
          String.format(
              Locale.ROOT,
              "%d-W%02d",
              start.get(IsoFields.WEEK_BASED_YEAR),
              start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH -> String.format(Locale.ROOT, "%d-%02d", start.getYear(), start.getMonthValue());
      case QUARTER ->
          String.format(
              Locale.ROOT, "%d-Q%d", start.getYear(), start.get(IsoFields.QUARTER_OF_YEAR));
    };
  }

  @Override
  public int compareTo(PeriodKey other) {
    int c = start.compareTo(other.start);
    return c != 0 ? c : period.compareTo(other.period);
  }

  @Override
  public String toString() {
    return label();
  }
}
