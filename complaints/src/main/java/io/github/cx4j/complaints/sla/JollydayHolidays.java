/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.cx4j.core.CxValidationException;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Public holidays of other countries from the <a href="https://github.com/focus-shift/jollyday">
 * jollyday</a> library (de.focus-shift:jollyday-jaxb, an optional dependency: add it to your build
 * to use this class). Only {@link HolidayType#PUBLIC_HOLIDAY} entries become holidays, on their
 * observed date where jollyday gives one; jollyday has no make-up working days.
 *
 * <p>For mainland China use {@link ChinaHolidays}, which carries the official make-up working days.
 */
public final class JollydayHolidays implements HolidaySource {
  private final HolidayManager manager;
  private final String country;
  private final String[] regions;

  private JollydayHolidays(HolidayManager manager, String country, String[] regions) {
    this.manager = manager;
    this.country = country;
    this.regions = regions;
  }

  /**
   * Holidays of a country (and optionally a region path, for example {@code "de", "by"}).
   *
   * @param country a jollyday calendar code, for example {@code "de"}, {@code "us"}, {@code "gb"}
   * @param regions region path within the country, outermost first; none for nation-wide holidays
   * @return the source
   * @throws CxValidationException if jollyday does not know the country
   */
  public static JollydayHolidays of(String country, String... regions) {
    String code =
        HolidayManager.getSupportedCalendarCodes().stream()
            .filter(c -> c.equalsIgnoreCase(country))
            .findFirst()
            .orElse("");
    if (code.isEmpty()) {
      throw CxValidationException.of(
          "JollydayHolidays.country", "be a calendar code known to jollyday", country);
    }
    return new JollydayHolidays(
        HolidayManager.getInstance(ManagerParameters.create(code)), code, regions.clone());
  }

  @Override
  public List<OfficialDay> days(int year) {
    List<OfficialDay> out = new ArrayList<>();
    for (Holiday holiday :
        manager.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY, regions)) {
      out.add(
          new OfficialDay(
              holiday.getActualDate(),
              OfficialDayKind.HOLIDAY,
              holiday.getDescription(Locale.ENGLISH),
              "jollyday " + country));
    }
    out.sort(Comparator.comparing(OfficialDay::date));
    return out;
  }
}
