/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.util.List;

/**
 * Where a calendar's holidays and make-up working days come from: the bundled {@link ChinaHolidays}
 * schedule, the optional {@link JollydayHolidays} adapter, or an application's own source. Use it
 * through {@link BusinessCalendar#withHolidays}.
 */
public interface HolidaySource {

  /**
   * The holidays and extra working days whose dates fall in a calendar year.
   *
   * @param year the year
   * @return the days in date order
   * @throws io.github.cx4j.core.CxValidationException if the source has no data for that year: a
   *     source never silently returns nothing for a year it does not know
   */
  List<OfficialDay> days(int year);
}
