/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HolidaySourceTest {

  private static Set<LocalDate> dates(List<OfficialDay> days, OfficialDayKind kind) {
    return days.stream()
        .filter(d -> d.kind() == kind)
        .map(OfficialDay::date)
        .collect(Collectors.toSet());
  }

  @Test
  void chinaCountsMatchTheNotices() {
    // days off (weekends inside the breaks included) and make-up working days per notice year
    Map<Integer, int[]> expected =
        Map.of(
            2021, new int[] {31, 7},
            2022, new int[] {32, 7},
            2024, new int[] {28, 8},
            2025, new int[] {28, 5},
            2026, new int[] {33, 6});
    ChinaHolidays china = ChinaHolidays.official();
    expected.forEach(
        (year, counts) -> {
          List<OfficialDay> days = china.days(year);
          assertEquals(counts[0], dates(days, OfficialDayKind.HOLIDAY).size(), "holidays " + year);
          assertEquals(
              counts[1], dates(days, OfficialDayKind.WORKING_DAY).size(), "working days " + year);
        });
  }

  @Test
  void chinaMakeUpDaysAreWeekendsAndNoDayIsBoth() {
    ChinaHolidays china = ChinaHolidays.official();
    for (int year = ChinaHolidays.FIRST_YEAR; year <= ChinaHolidays.LAST_YEAR; year++) {
      List<OfficialDay> days = china.days(year);
      Set<LocalDate> off = dates(days, OfficialDayKind.HOLIDAY);
      for (LocalDate work : dates(days, OfficialDayKind.WORKING_DAY)) {
        DayOfWeek dow = work.getDayOfWeek();
        assertTrue(dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY, work.toString());
        assertFalse(off.contains(work), work.toString());
      }
      for (OfficialDay day : days) {
        assertEquals(year, day.date().getYear());
        assertTrue(day.source().contains("国"), day.source());
      }
    }
    // 2020: the Spring Festival extension made Saturday 1 February a day off
    assertTrue(dates(china.days(2020), OfficialDayKind.HOLIDAY).contains(LocalDate.of(2020, 2, 1)));
    // 2023's New Year break began on 31 December 2022
    assertTrue(
        dates(china.days(2022), OfficialDayKind.HOLIDAY).contains(LocalDate.of(2022, 12, 31)));
    assertEquals("Make-up working day", OfficialDayKind.WORKING_DAY.label(Locale.ENGLISH));
    assertEquals("调休上班日", OfficialDayKind.WORKING_DAY.label(Locale.CHINESE));
  }

  @Test
  void jollydayGivesOtherCountries() {
    JollydayHolidays germany = JollydayHolidays.of("DE");
    Set<LocalDate> days = dates(germany.days(2026), OfficialDayKind.HOLIDAY);
    assertTrue(days.contains(LocalDate.of(2026, 1, 1)));
    assertTrue(days.contains(LocalDate.of(2026, 4, 3)), "Good Friday");
    assertTrue(days.contains(LocalDate.of(2026, 10, 3)), "German Unity Day");
    assertTrue(days.contains(LocalDate.of(2026, 12, 25)));
    assertFalse(days.contains(LocalDate.of(2026, 10, 31)), "Reformation Day is regional");
    BusinessCalendar berlin =
        BusinessCalendar.weekly(
                ZoneId.of("Europe/Berlin"),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                List.of(TimeRange.of("09:00", "17:00")))
            .withHolidays(germany, 2026, 2026, List.of());
    // Thursday 2 April 16:00 + 2h: Good Friday and Easter Monday are off
    assertEquals(
        "2026-04-07T10:00",
        BusinessCalendarTest.local(
            ZoneId.of("Europe/Berlin"),
            berlin.add(
                BusinessCalendarTest.at(ZoneId.of("Europe/Berlin"), "2026-04-02T16:00"),
                Duration.ofHours(2))));
    assertEquals(
        "JollydayHolidays.country must be a calendar code known to jollyday, was \"xx-nowhere\"",
        assertThrows(CxValidationException.class, () -> JollydayHolidays.of("xx-nowhere"))
            .getMessage());
  }
}
