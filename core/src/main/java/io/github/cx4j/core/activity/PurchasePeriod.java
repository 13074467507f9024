/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import io.github.cx4j.core.Labelled;
import java.time.LocalDate;

/**
 * The period within which several purchases of one customer count as one purchase in the repeat
 * convention of customer-base models. The CDNOW analyses of Fader, Hardie and Lee (2005) collapse
 * the purchases of one calendar day ({@link #DAY}); the period is independent of the unit in which
 * times are reported.
 */
public enum PurchasePeriod implements Labelled {
  /** A calendar day. */
  DAY,
  /** An ISO-8601 week, Monday to Sunday. */
  ISO_WEEK,
  /** A calendar month. */
  MONTH;

  /** Epoch day -3, 1969-12-29, was a Monday. */
  private static final int MONDAY_OFFSET = 3;

  @Override
  public String code() {
    return name();
  }

  /**
   * The index of the period that contains a day: consecutive periods have consecutive indices.
   *
   * @param epochDay the day as {@link LocalDate#toEpochDay()}
   * @return the period index
   */
  public long index(long epochDay) {
    switch (this) {
      case DAY:
        return epochDay;
      case ISO_WEEK:
        return Math.floorDiv(epochDay + MONDAY_OFFSET, 7);
      case MONTH:
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        return date.getYear() * 12L + date.getMonthValue() - 1;
    }
    throw new AssertionError(this);
  }
}
