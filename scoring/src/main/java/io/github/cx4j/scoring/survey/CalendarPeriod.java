/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.Labelled;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A calendar period for trends: ISO week, month or quarter in a caller-given time zone. */
public enum CalendarPeriod implements Labelled {
  /** ISO-8601 week, Monday to Sunday. */
  WEEK,
  /** Calendar month. */
  MONTH,
  /** Calendar quarter. */
  QUARTER;

  @Override
  public String code() {
    return name();
  }

  /**
   * The first day of the period that holds a moment, in a zone.
   *
   * @param moment the moment
   * @param zone the zone whose calendar applies
   * @return the period's first day
   */
  public LocalDate start(Instant moment, ZoneId zone) {
    LocalDate day = moment.atZone(zone).toLocalDate();
    return switch (this) {
      case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
      case QUARTER -> day.with(IsoFields.DAY_OF_QUARTER, 1);
    };
  }
}
