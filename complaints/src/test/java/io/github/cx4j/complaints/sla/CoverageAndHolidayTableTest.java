/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.core.CxValidationException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageAndHolidayTableTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private static BusinessCalendar office2026() {
    return BusinessCalendar.weekly(
            SHANGHAI,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            BusinessCalendarTest.OFFICE)
        .named("shanghai-office")
        .withHolidays(ChinaHolidays.official(), 2026, 2026, BusinessCalendarTest.OFFICE);
  }

  @Test
  void aComputationPastTheCoveredSpanFailsNamingTheCalendarAndTheLastDay() {
    BusinessCalendar cal = office2026();
    assertEquals(LocalDate.parse("2026-12-31"), cal.coveredThrough().orElseThrow());
    Instant start = Instant.parse("2026-12-31T08:00:00Z"); // 16:00 local, last covered day
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> cal.add(start, Duration.ofHours(8)));
    assertEquals(
        "BusinessCalendar shanghai-office has holiday data from 2026-01-01 through 2026-12-31; the"
            + " due instant 2027-01-01T08:00:00Z (2027-01-01 local) is after it: load the holidays of"
            + " 2027 (HolidayTable, withHolidays) or opt in with allowingBeyondCoverage()",
        e.getMessage());
    // opted in, 2027-01-01 (a Friday, New Year's Day) counts as a working day by the weekly hours
    assertEquals(
        Instant.parse("2027-01-01T02:00:00Z"),
        cal.allowingBeyondCoverage().add(start, Duration.ofHours(3)));
    assertEquals(Duration.ofHours(1), cal.between(start, Instant.parse("2026-12-31T09:00:00Z")));
    assertThrows(
        CxValidationException.class, () -> cal.isOpen(Instant.parse("2025-12-31T03:00:00Z")));
  }

  @Test
  void theJsonFormCarriesNameAndCoverage() {
    BusinessCalendar cal = office2026();
    BusinessCalendar back = BusinessCalendar.fromJson(cal.toJson());
    assertEquals(cal, back);
    assertEquals("shanghai-office", back.name());
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () ->
                BusinessCalendar.fromJson(
                    "{\"zone\":\"Asia/Shanghai\",\"week\":{},\"coveredFrom\":\"2026-02-01\","
                        + "\"coveredThrough\":\"2026-01-01\"}"));
    assertEquals(
        "BusinessCalendar.json:1:91: BusinessCalendar.coveredThrough must not be before coveredFrom"
            + " 2026-02-01, was 2026-01-01",
        e.getMessage());
  }

  static final String TABLE_2027 =
      "{\"name\":\"example 2027\",\"source\":\"test table, not the official notice\","
          + "\"years\":[2027],\"days\":["
          + "{\"date\":\"2027-01-01\",\"kind\":\"HOLIDAY\",\"name\":\"New Year\"},"
          + "{\"from\":\"2027-02-08\",\"to\":\"2027-02-10\",\"kind\":\"HOLIDAY\",\"name\":\"Spring\"},"
          + "{\"date\":\"2027-02-13\",\"kind\":\"WORKING_DAY\",\"name\":\"Spring make-up\"}]}";

  @Test
  void aJsonTableExtendsTheCalendarByAYear() {
    HolidayTable table = HolidayTable.fromJson(TABLE_2027, "t.json");
    assertEquals(Set.of(2027), table.years());
    assertEquals(5, table.days(2027).size());
    BusinessCalendar cal =
        office2026().withHolidays(table, 2027, 2027, BusinessCalendarTest.OFFICE);
    assertEquals(LocalDate.parse("2027-12-31"), cal.coveredThrough().orElseThrow());
    Instant start = Instant.parse("2026-12-31T08:00:00Z");
    // 2 h on 12-31, New Year off, weekend, then 6 h on Monday 2027-01-04: 09-12, 13-16 local
    assertEquals(Instant.parse("2027-01-04T08:00:00Z"), cal.add(start, Duration.ofHours(8)));
    assertEquals(true, cal.isOpen(Instant.parse("2027-02-13T02:00:00Z"))); // a Saturday make-up day
    assertEquals(
        "HolidayTable.year must be one of the years [2027] that table example 2027 covers, was 2028",
        assertThrows(CxValidationException.class, () -> table.days(2028)).getMessage());
  }

  @Test
  void badJsonTablesNameTheOriginAndTheField() {
    assertEquals(
        "t.json: days[0].date must be a date such as 2027-01-01, was \"2027-13-01\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    HolidayTable.fromJson(
                        "{\"years\":[2027],\"days\":[{\"date\":\"2027-13-01\",\"kind\":\"HOLIDAY\"}]}",
                        "t.json"))
            .getMessage());
    assertEquals(
        "t.json: days[0]: 2028-01-01 lies outside the covered years [2027]",
        assertThrows(
                CxValidationException.class,
                () ->
                    HolidayTable.fromJson(
                        "{\"years\":[2027],\"days\":[{\"date\":\"2028-01-01\",\"kind\":\"HOLIDAY\"}]}",
                        "t.json"))
            .getMessage());
    assertEquals(
        "t.json: years must list the covered years, for example [2027]",
        assertThrows(
                CxValidationException.class, () -> HolidayTable.fromJson("{\"days\":[]}", "t.json"))
            .getMessage());
  }

  static final String ICS =
      String.join(
          "\r\n",
          "BEGIN:VCALENDAR",
          "VERSION:2.0",
          "X-WR-CALNAME:example 2027",
          "X-CX4J-YEARS:2027",
          "BEGIN:VEVENT",
          "DTSTART;VALUE=DATE:20270101",
          "DTEND;VALUE=DATE:20270102",
          "SUMMARY:元旦",
          "END:VEVENT",
          "BEGIN:VEVENT",
          "DTSTART;VALUE=DATE:20270208",
          "DTEND;VALUE=DATE:20270211",
          "SUMMARY:春节",
          "END:VEVENT",
          "BEGIN:VEVENT",
          "DTSTART;VALUE=DATE:20270213",
          "SUMMARY:春节补",
          " 班",
          "END:VEVENT",
          "END:VCALENDAR",
          "");

  @Test
  void anIcsTableReadsHolidaysAndMakeUpDays(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cn-2027.ics");
    Files.writeString(file, ICS, StandardCharsets.UTF_8);
    HolidayTable ics = HolidayTable.read(file);
    HolidayTable json = HolidayTable.fromJson(TABLE_2027, "t.json");
    assertEquals(
        json.days(2027).stream().map(d -> d.date() + " " + d.kind()).toList(),
        ics.days(2027).stream().map(d -> d.date() + " " + d.kind()).toList());
    assertEquals("春节补班", ics.days(2027).get(4).name());
    assertEquals(
        "x.ics: line 3: DTSTART must be a date such as 20270101, was \"2027-01-01\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    HolidayTable.fromIcs(
                        "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART:2027-01-01\nEND:VEVENT\nEND:VCALENDAR\n",
                        "x.ics"))
            .getMessage());
    assertEquals(
        "x.ics: not an iCalendar file: no BEGIN:VCALENDAR",
        assertThrows(CxValidationException.class, () -> HolidayTable.fromIcs("SUMMARY:x", "x.ics"))
            .getMessage());
    assertEquals(
        List.of(),
        HolidayTable.fromIcs("BEGIN:VCALENDAR\nX-CX4J-YEARS:2030\nEND:VCALENDAR", "e.ics")
            .days(2030));
  }
}
