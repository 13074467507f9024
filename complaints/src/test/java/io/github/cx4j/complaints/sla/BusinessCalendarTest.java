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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");
  static final ZoneId KATHMANDU = ZoneId.of("Asia/Kathmandu");
  static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  static final List<TimeRange> OFFICE =
      List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "18:00"));

  static Instant at(ZoneId zone, String local) {
    return LocalDateTime.parse(local).atZone(zone).toInstant();
  }

  static String local(ZoneId zone, Instant instant) {
    return ZonedDateTime.ofInstant(instant, zone).toLocalDateTime().toString();
  }

  static BusinessCalendar allDay(ZoneId zone) {
    return BusinessCalendar.weekly(
        zone, EnumSet.allOf(DayOfWeek.class), List.of(TimeRange.of("00:00", "24:00")));
  }

  static BusinessCalendar office(ZoneId zone) {
    return BusinessCalendar.weekly(zone, WEEKDAYS, OFFICE);
  }

  @Test
  void officeHoursSkipLunchAndWeekend() {
    BusinessCalendar cal = office(SHANGHAI);
    // Friday 2026-01-09 17:00 + 2h: one hour on Friday, one on Monday
    Instant due = cal.add(at(SHANGHAI, "2026-01-09T17:00"), Duration.ofHours(2));
    assertEquals("2026-01-12T10:00", local(SHANGHAI, due));
    // 11:30 + 1h crosses lunch
    assertEquals(
        "2026-01-12T13:30",
        local(SHANGHAI, cal.add(at(SHANGHAI, "2026-01-12T11:30"), Duration.ofHours(1))));
    assertEquals(
        Duration.ofHours(8),
        cal.between(at(SHANGHAI, "2026-01-12T00:00"), at(SHANGHAI, "2026-01-13T00:00")));
    assertEquals(
        Duration.ofHours(-8),
        cal.between(at(SHANGHAI, "2026-01-13T00:00"), at(SHANGHAI, "2026-01-12T00:00")));
    assertEquals(Instant.parse("2026-01-12T01:00:00Z"), due.minus(Duration.ofHours(1)));
  }

  @Test
  void resultAtTheEndOfAnIntervalIsThatEnd() {
    BusinessCalendar cal = office(SHANGHAI);
    assertEquals(
        "2026-01-12T12:00",
        local(SHANGHAI, cal.add(at(SHANGHAI, "2026-01-12T09:00"), Duration.ofHours(3))));
    Instant closed = at(SHANGHAI, "2026-01-10T08:00");
    assertEquals(closed, cal.add(closed, Duration.ZERO));
  }

  @Test
  void openAndNextOpeningAreHalfOpen() {
    BusinessCalendar cal = office(SHANGHAI);
    assertTrue(cal.isOpen(at(SHANGHAI, "2026-01-12T09:00")));
    assertFalse(cal.isOpen(at(SHANGHAI, "2026-01-12T12:00")));
    assertTrue(cal.isOpen(at(SHANGHAI, "2026-01-12T17:59:59")));
    assertFalse(cal.isOpen(at(SHANGHAI, "2026-01-12T18:00")));
    assertEquals(
        Optional.of(at(SHANGHAI, "2026-01-12T13:00")),
        cal.nextOpening(at(SHANGHAI, "2026-01-12T12:00")));
    Instant open = at(SHANGHAI, "2026-01-12T10:00");
    assertEquals(Optional.of(open), cal.nextOpening(open));
    assertEquals(
        Optional.of(at(SHANGHAI, "2027-01-01T09:00")),
        cal.nextOpening(at(SHANGHAI, "2026-12-31T18:00")));
  }

  @Test
  void overnightShiftsRunPastMidnight() {
    // a late-night restaurant: 18:00-02:00 every day
    BusinessCalendar cal =
        BusinessCalendar.weekly(
            SHANGHAI, EnumSet.allOf(DayOfWeek.class), List.of(TimeRange.of("18:00", "02:00")));
    assertTrue(cal.isOpen(at(SHANGHAI, "2026-01-13T01:59")));
    assertFalse(cal.isOpen(at(SHANGHAI, "2026-01-13T02:00")));
    assertEquals(
        "2026-01-13T18:30",
        local(SHANGHAI, cal.add(at(SHANGHAI, "2026-01-13T01:30"), Duration.ofHours(1))));
    assertEquals(
        Duration.ofHours(8),
        cal.between(at(SHANGHAI, "2026-01-13T12:00"), at(SHANGHAI, "2026-01-14T12:00")));
    // the year boundary: the New Year's Eve shift runs into 1 January
    assertEquals(
        Duration.ofHours(8),
        cal.between(at(SHANGHAI, "2026-12-31T12:00"), at(SHANGHAI, "2027-01-01T12:00")));
    // a 24-hour shift written with equal ends
    BusinessCalendar round =
        BusinessCalendar.weekly(
            SHANGHAI, EnumSet.of(DayOfWeek.MONDAY), List.of(TimeRange.of("09:00", "09:00")));
    assertEquals(
        Duration.ofHours(24),
        round.between(at(SHANGHAI, "2026-01-11T00:00"), at(SHANGHAI, "2026-01-18T00:00")));
  }

  @Test
  void holidayCancelsShiftsStartingThatDayButNotThePreviousNightsTail() {
    BusinessCalendar cal =
        BusinessCalendar.builder()
            .from(
                BusinessCalendar.weekly(
                    SHANGHAI,
                    EnumSet.allOf(DayOfWeek.class),
                    List.of(TimeRange.of("18:00", "02:00"))))
            .addHoliday(LocalDate.parse("2026-01-17"))
            .build();
    assertTrue(cal.isOpen(at(SHANGHAI, "2026-01-17T01:00")));
    assertFalse(cal.isOpen(at(SHANGHAI, "2026-01-17T19:00")));
    assertFalse(cal.isOpen(at(SHANGHAI, "2026-01-18T01:00")));
    assertEquals(
        Duration.ofHours(2),
        cal.between(at(SHANGHAI, "2026-01-17T00:00"), at(SHANGHAI, "2026-01-18T12:00")));
  }

  @Test
  void twentyFourHundredLeavesNoHoleAtMidnight() {
    BusinessCalendar cal =
        BusinessCalendar.builder()
            .zone(SHANGHAI)
            .putWeek(DayOfWeek.MONDAY, List.of(TimeRange.of("20:00", "24:00")))
            .putWeek(DayOfWeek.TUESDAY, List.of(TimeRange.of("00:00", "04:00")))
            .build();
    assertEquals(
        Duration.ofHours(1),
        cal.between(at(SHANGHAI, "2026-01-12T23:30"), at(SHANGHAI, "2026-01-13T00:30")));
    assertTrue(cal.isOpen(at(SHANGHAI, "2026-01-12T23:59:30")));
    assertTrue(cal.isOpen(at(SHANGHAI, "2026-01-13T00:00")));
    CalendarExplanation why =
        cal.explainBetween(at(SHANGHAI, "2026-01-12T00:00"), at(SHANGHAI, "2026-01-14T00:00"));
    assertEquals(1, why.intervals().size(), "the two shifts join at midnight");
    assertEquals(Duration.ofHours(8), why.total());
    assertEquals(
        new BusinessInterval(at(SHANGHAI, "2026-01-12T20:00"), at(SHANGHAI, "2026-01-13T04:00")),
        why.intervals().get(0));
    assertEquals(
        Duration.ofHours(1),
        allDay(SHANGHAI)
            .between(at(SHANGHAI, "2026-01-12T23:30"), at(SHANGHAI, "2026-01-13T00:30")));
  }

  @Test
  void newYorkSpringForwardAndFallBack() {
    BusinessCalendar cal = allDay(NEW_YORK);
    assertEquals(
        Duration.ofHours(23),
        cal.between(at(NEW_YORK, "2026-03-08T00:00"), at(NEW_YORK, "2026-03-09T00:00")));
    assertEquals(
        Duration.ofHours(25),
        cal.between(at(NEW_YORK, "2026-11-01T00:00"), at(NEW_YORK, "2026-11-02T00:00")));
    // a shift 01:00-04:00 on the spring-forward night lasts two real hours
    BusinessCalendar night =
        BusinessCalendar.weekly(
            NEW_YORK, EnumSet.of(DayOfWeek.SUNDAY), List.of(TimeRange.of("01:00", "04:00")));
    assertEquals(
        Duration.ofHours(2),
        night.between(
            Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")));
    // a shift entirely inside the gap never happens
    BusinessCalendar gap =
        BusinessCalendar.weekly(
            NEW_YORK, EnumSet.of(DayOfWeek.SUNDAY), List.of(TimeRange.of("02:00", "02:30")));
    assertEquals(
        Duration.ZERO,
        gap.between(Instant.parse("2026-03-08T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z")));
    // a shift starting in the gap starts at the transition (03:00 EDT = 07:00Z)
    BusinessCalendar late =
        BusinessCalendar.weekly(
            NEW_YORK, EnumSet.of(DayOfWeek.SUNDAY), List.of(TimeRange.of("02:30", "03:30")));
    assertEquals(
        Optional.of(Instant.parse("2026-03-08T07:00:00Z")),
        late.nextOpening(Instant.parse("2026-03-08T00:00:00Z")));
    // fall back: 00:00-04:00 is five real hours, 01:00-01:30 is the first occurrence only
    BusinessCalendar fall =
        BusinessCalendar.weekly(
            NEW_YORK, EnumSet.of(DayOfWeek.SUNDAY), List.of(TimeRange.of("00:00", "04:00")));
    assertEquals(
        Duration.ofHours(5),
        fall.between(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z")));
    BusinessCalendar half =
        BusinessCalendar.weekly(
            NEW_YORK, EnumSet.of(DayOfWeek.SUNDAY), List.of(TimeRange.of("01:00", "01:30")));
    CalendarExplanation why =
        half.explainBetween(
            Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-11-02T00:00:00Z"));
    assertEquals(
        List.of(
            new BusinessInterval(
                Instant.parse("2026-11-01T05:00:00Z"), Instant.parse("2026-11-01T05:30:00Z"))),
        why.intervals());
    // office hours across the change: Friday 17:00 EST + 2h -> Monday 10:00 EDT
    assertEquals(
        Instant.parse("2026-03-09T14:00:00Z"),
        office(NEW_YORK).add(at(NEW_YORK, "2026-03-06T17:00"), Duration.ofHours(2)));
  }

  @Test
  void londonTransitions() {
    BusinessCalendar cal = allDay(LONDON);
    assertEquals(
        Duration.ofHours(23),
        cal.between(at(LONDON, "2026-03-29T00:00"), at(LONDON, "2026-03-30T00:00")));
    assertEquals(
        Duration.ofHours(25),
        cal.between(at(LONDON, "2026-10-25T00:00"), at(LONDON, "2026-10-26T00:00")));
    // an overnight shift 22:00-06:00 across spring forward lasts 7 real hours, across fall back 9
    BusinessCalendar night =
        BusinessCalendar.weekly(
            LONDON, EnumSet.of(DayOfWeek.SATURDAY), List.of(TimeRange.of("22:00", "06:00")));
    assertEquals(
        Duration.ofHours(7),
        night.between(at(LONDON, "2026-03-28T12:00"), at(LONDON, "2026-03-29T12:00")));
    assertEquals(
        Duration.ofHours(9),
        night.between(at(LONDON, "2026-10-24T12:00"), at(LONDON, "2026-10-25T12:00")));
    assertEquals(
        Instant.parse("2026-03-29T05:00:00Z"),
        night.add(at(LONDON, "2026-03-28T12:00"), Duration.ofHours(7)));
  }

  @Test
  void lordHoweShiftsByThirtyMinutes() {
    BusinessCalendar cal = allDay(LORD_HOWE);
    // daylight saving starts on the first Sunday of October at 02:00 (+10:30 -> +11:00)
    assertEquals(
        Duration.ofMinutes(23 * 60 + 30),
        cal.between(at(LORD_HOWE, "2026-10-04T00:00"), at(LORD_HOWE, "2026-10-05T00:00")));
    // and ends on the first Sunday of April at 02:00 (+11:00 -> +10:30)
    assertEquals(
        Duration.ofMinutes(24 * 60 + 30),
        cal.between(at(LORD_HOWE, "2026-04-05T00:00"), at(LORD_HOWE, "2026-04-06T00:00")));
    BusinessCalendar early =
        BusinessCalendar.weekly(
            LORD_HOWE, EnumSet.of(DayOfWeek.SUNDAY), List.of(TimeRange.of("01:00", "03:00")));
    assertEquals(
        Duration.ofMinutes(90),
        early.between(at(LORD_HOWE, "2026-10-04T00:00"), at(LORD_HOWE, "2026-10-05T00:00")));
    assertEquals(
        Duration.ofMinutes(150),
        early.between(at(LORD_HOWE, "2026-04-05T00:00"), at(LORD_HOWE, "2026-04-06T00:00")));
  }

  @Test
  void zonesWithoutDaylightSaving() {
    BusinessCalendar kathmandu =
        BusinessCalendar.weekly(KATHMANDU, WEEKDAYS, List.of(TimeRange.of("09:00", "17:00")));
    // 09:00 at +05:45 is 03:15Z
    assertEquals(
        Instant.parse("2026-01-05T11:15:00Z"),
        kathmandu.add(Instant.parse("2026-01-05T03:15:00Z"), Duration.ofHours(8)));
    assertEquals(
        Instant.parse("2026-07-06T03:15:00Z"),
        kathmandu
            .add(Instant.parse("2026-07-03T11:15:00Z"), Duration.ZERO.plusNanos(1))
            .minusNanos(1));
    assertEquals(
        Duration.ofHours(8 * 5),
        kathmandu.between(at(KATHMANDU, "2026-03-01T00:00"), at(KATHMANDU, "2026-03-08T00:00")));
    BusinessCalendar shanghai = allDay(SHANGHAI);
    for (int month = 1; month <= 12; month++) {
      Instant start =
          at(SHANGHAI, String.format(java.util.Locale.ROOT, "2026-%02d-01T00:00", month));
      assertEquals(Duration.ofDays(1), shanghai.between(start, start.plus(Duration.ofDays(1))));
    }
  }

  @Test
  void chinaScheduleMovesWorkingDays() {
    BusinessCalendar cal =
        office(SHANGHAI).withHolidays(ChinaHolidays.official(), 2026, 2026, OFFICE);
    // Wednesday 30 September 17:00 + 2h: National Day runs 1-7 October; Thursday 8 October 10:00
    assertEquals(
        "2026-10-08T10:00",
        local(SHANGHAI, cal.add(at(SHANGHAI, "2026-09-30T17:00"), Duration.ofHours(2))));
    // Friday 9 October 17:00 + 2h: Saturday 10 October is a make-up working day
    assertEquals(
        "2026-10-10T10:00",
        local(SHANGHAI, cal.add(at(SHANGHAI, "2026-10-09T17:00"), Duration.ofHours(2))));
    // Sunday 20 September is worked too
    assertTrue(cal.isOpen(at(SHANGHAI, "2026-09-20T10:00")));
    // Spring Festival: 15-23 February off, Saturday 14 and 28 February worked
    assertEquals(
        Duration.ofHours(8 * 6),
        cal.between(at(SHANGHAI, "2026-02-09T00:00"), at(SHANGHAI, "2026-02-16T00:00")));
    // 16-23 February off, 24-27 February worked, Saturday 28 February worked
    assertEquals(
        Duration.ofHours(8 * 5),
        cal.between(at(SHANGHAI, "2026-02-16T00:00"), at(SHANGHAI, "2026-03-02T00:00")));
  }

  @Test
  void closuresCutPartDays() {
    BusinessCalendar cal =
        BusinessCalendar.builder()
            .from(office(SHANGHAI))
            .addClosure(Closure.of(LocalDate.parse("2026-12-24"), "12:00", "24:00"))
            .addExtraWorkingDay(
                ExtraWorkingDay.of(
                    LocalDate.parse("2026-12-26"), List.of(TimeRange.of("10:00", "12:00"))))
            .build();
    assertEquals(
        Duration.ofHours(3),
        cal.between(at(SHANGHAI, "2026-12-24T00:00"), at(SHANGHAI, "2026-12-25T00:00")));
    assertEquals(
        Duration.ofHours(2),
        cal.between(at(SHANGHAI, "2026-12-26T00:00"), at(SHANGHAI, "2026-12-27T00:00")));
    // a closure that cuts the tail of an overnight shift
    BusinessCalendar night =
        BusinessCalendar.builder()
            .from(
                BusinessCalendar.weekly(
                    SHANGHAI,
                    EnumSet.allOf(DayOfWeek.class),
                    List.of(TimeRange.of("18:00", "02:00"))))
            .addClosure(Closure.of(LocalDate.parse("2026-01-01"), "00:00", "01:00"))
            .build();
    assertEquals(
        Duration.ofHours(8),
        night.between(at(SHANGHAI, "2026-12-31T12:00"), at(SHANGHAI, "2027-01-01T12:00")));
    assertEquals(
        Duration.ofHours(7),
        night.between(at(SHANGHAI, "2025-12-31T12:00"), at(SHANGHAI, "2026-01-01T12:00")));
  }

  @Test
  void explainAddListsTheIntervalsUsed() {
    BusinessCalendar cal = office(SHANGHAI);
    CalendarExplanation why = cal.explainAdd(at(SHANGHAI, "2026-01-09T17:00"), Duration.ofHours(5));
    assertEquals(Duration.ofHours(5), why.total());
    assertEquals(
        List.of(
            new BusinessInterval(
                at(SHANGHAI, "2026-01-09T17:00"), at(SHANGHAI, "2026-01-09T18:00")),
            new BusinessInterval(
                at(SHANGHAI, "2026-01-12T09:00"), at(SHANGHAI, "2026-01-12T12:00")),
            new BusinessInterval(
                at(SHANGHAI, "2026-01-12T13:00"), at(SHANGHAI, "2026-01-12T14:00"))),
        why.intervals());
    assertEquals(Duration.ofHours(1), why.intervals().get(0).duration());
    assertEquals(
        "2026-01-09T17:00+08:00[Asia/Shanghai] .. 2026-01-09T18:00+08:00[Asia/Shanghai]",
        why.intervals().get(0).toLocalString(SHANGHAI));
  }

  @Test
  void jsonRoundTripInTheDocumentedForm() {
    String json =
        "{\"zone\":\"Asia/Shanghai\",\"week\":{\"MONDAY\":[[\"09:00\",\"12:00\"],[\"13:00\",\"18:00\"]],"
            + "\"SATURDAY\":[[\"22:00\",\"02:00\"]]},"
            + "\"holidays\":[\"2026-10-01\"],"
            + "\"closures\":[{\"date\":\"2026-12-24\",\"from\":\"12:00\",\"to\":\"24:00\"}],"
            + "\"extraWorkingDays\":[{\"date\":\"2026-10-10\",\"hours\":[[\"09:00\",\"18:00\"]]}]}";
    BusinessCalendar cal = BusinessCalendar.fromJson(json);
    assertEquals(SHANGHAI, cal.zone());
    assertEquals(List.of(TimeRange.of("22:00", "02:00")), cal.week().get(DayOfWeek.SATURDAY));
    assertTrue(cal.week().get(DayOfWeek.SATURDAY).get(0).overnight());
    assertEquals(cal, BusinessCalendar.fromJson(cal.toJson()));
    assertTrue(cal.toJson().contains("\"to\":\"24:00\""));
  }

  @Test
  void badInputIsNamed() {
    assertEquals(
        "TimeRange.start must be a time HH:MM from 00:00 to 23:59, was \"24:00\"",
        assertThrows(CxValidationException.class, () -> TimeRange.of("24:00", "01:00"))
            .getMessage());
    assertEquals(
        "TimeRange.end must be a time HH:MM from 00:00 to 24:00, was \"9:00\"",
        assertThrows(CxValidationException.class, () -> TimeRange.of("08:00", "9:00"))
            .getMessage());
    assertEquals(
        "TimeRange.end must be a time HH:MM from 00:00 to 24:00, was \"24:01\"",
        assertThrows(CxValidationException.class, () -> TimeRange.of("08:00", "24:01"))
            .getMessage());
    assertEquals(
        "TimeRange must be a pair [\"HH:MM\",\"HH:MM\"], was [09:00]",
        assertThrows(CxValidationException.class, () -> TimeRange.fromJson(List.of("09:00")))
            .getMessage());
    assertEquals(
        "Closure.to must be after Closure.from 12:00, was \"11:00\"",
        assertThrows(
                CxValidationException.class,
                () -> Closure.of(LocalDate.parse("2026-12-24"), "12:00", "11:00"))
            .getMessage());
    assertEquals(
        "ExtraWorkingDay.hours must list at least one working interval on 2026-10-10, was []",
        assertThrows(
                CxValidationException.class,
                () -> ExtraWorkingDay.of(LocalDate.parse("2026-10-10"), List.of()))
            .getMessage());
    assertEquals(
        "BusinessCalendar.extraWorkingDays must not name a date that is also a holiday, was 2026-10-01",
        assertThrows(
                CxValidationException.class,
                () ->
                    BusinessCalendar.builder()
                        .zone(SHANGHAI)
                        .addHoliday(LocalDate.parse("2026-10-01"))
                        .addExtraWorkingDay(
                            ExtraWorkingDay.of(LocalDate.parse("2026-10-01"), OFFICE))
                        .build())
            .getMessage());
    assertEquals(
        "BusinessCalendar.extraWorkingDays must name each date once, was 2026-10-10",
        assertThrows(
                CxValidationException.class,
                () ->
                    BusinessCalendar.builder()
                        .zone(SHANGHAI)
                        .addExtraWorkingDay(
                            ExtraWorkingDay.of(LocalDate.parse("2026-10-10"), OFFICE))
                        .addExtraWorkingDay(
                            ExtraWorkingDay.of(LocalDate.parse("2026-10-10"), OFFICE))
                        .build())
            .getMessage());
    BusinessCalendar cal = office(SHANGHAI);
    assertEquals(
        "BusinessCalendar.duration must be zero or positive, was PT-1H",
        assertThrows(
                CxValidationException.class,
                () -> cal.add(Instant.parse("2026-01-01T00:00:00Z"), Duration.ofHours(-1)))
            .getMessage());
    assertEquals(
        "BusinessCalendar.start must lie in the supported range [1900-01-01T00:00:00Z,"
            + " 2200-01-01T00:00:00Z), was 2200-01-01T00:00:00Z",
        assertThrows(
                CxValidationException.class,
                () -> cal.add(Instant.parse("2200-01-01T00:00:00Z"), Duration.ofHours(1)))
            .getMessage());
    assertEquals(
        "BusinessCalendar.to must not be before 2026-01-02T00:00:00Z, was 2026-01-01T00:00:00Z",
        assertThrows(
                CxValidationException.class,
                () ->
                    cal.explainBetween(
                        Instant.parse("2026-01-02T00:00:00Z"),
                        Instant.parse("2026-01-01T00:00:00Z")))
            .getMessage());
    BusinessCalendar empty = BusinessCalendar.builder().zone(SHANGHAI).build();
    assertEquals(
        "BusinessCalendar.add must reach its due instant before 2200-01-01T00:00:00Z; the calendar"
            + " has too little business time for the duration, was PT1H",
        assertThrows(
                CxValidationException.class,
                () -> empty.add(Instant.parse("2190-01-01T00:00:00Z"), Duration.ofHours(1)))
            .getMessage());
    assertEquals(Optional.empty(), empty.nextOpening(Instant.parse("2190-01-01T00:00:00Z")));
    assertEquals(
        "ChinaHolidays.year must be one of the published years 2020..2026, was 2027",
        assertThrows(CxValidationException.class, () -> ChinaHolidays.official().days(2027))
            .getMessage());
    CxValidationException json =
        assertThrows(
            CxValidationException.class,
            () -> BusinessCalendar.fromJson("{\"zone\":\"Asia/Shanghai\",\"weeks\":{}}"));
    assertEquals(
        "BusinessCalendar.json:1:34: unknown field \"weeks\" (expected one of beyondCoverage,"
            + " closures, coveredFrom, coveredThrough, extraWorkingDays, holidays, name, week,"
            + " zone)",
        json.getMessage());
    assertEquals(
        "BusinessCalendar.json:1:49: TimeRange.end must be a time HH:MM from 00:00 to 24:00, was"
            + " \"25:00\" in week.MONDAY[0]",
        assertThrows(
                CxValidationException.class,
                () ->
                    BusinessCalendar.fromJson(
                        "{\"zone\":\"UTC\",\"week\":{\"MONDAY\":[[\"09:00\",\"25:00\"]]}}"))
            .getMessage());
  }
}
