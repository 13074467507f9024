/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Invariants of the calendar arithmetic, on calendars with DST, overnight shifts and holidays. */
class BusinessCalendarProperties {
  private static final long FROM = Instant.parse("2025-01-01T00:00:00Z").getEpochSecond();
  private static final long SPAN = 3L * 365 * 86_400;
  private static final long MAX_TARGET = 5L * 8 * 3600 * 4; // up to 20 business days, in seconds

  private static final List<BusinessCalendar> CALENDARS =
      List.of(
          BusinessCalendar.weekly(
                  ZoneId.of("Asia/Shanghai"),
                  EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                  BusinessCalendarTest.OFFICE)
              .withHolidays(ChinaHolidays.official(), 2025, 2026, BusinessCalendarTest.OFFICE)
              .allowingBeyondCoverage(),
          BusinessCalendar.builder()
              .from(
                  BusinessCalendar.weekly(
                      ZoneId.of("America/New_York"),
                      EnumSet.allOf(DayOfWeek.class),
                      List.of(TimeRange.of("22:00", "02:30"), TimeRange.of("01:00", "03:00"))))
              .addHoliday(LocalDate.parse("2026-03-08"))
              .addClosure(Closure.of(LocalDate.parse("2025-11-02"), "01:15", "01:45"))
              .build(),
          BusinessCalendar.weekly(
              ZoneId.of("Australia/Lord_Howe"),
              EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.WEDNESDAY),
              List.of(TimeRange.of("00:00", "24:00"))),
          BusinessCalendar.weekly(
              ZoneId.of("Europe/London"),
              EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY),
              List.of(TimeRange.of("08:00", "12:30"), TimeRange.of("23:00", "01:00"))));

  private static Instant instant(long seconds, int nanos) {
    return Instant.ofEpochSecond(FROM + seconds, nanos);
  }

  @Test
  void betweenUndoesAdd() {
    qt().forAll(
            integers().between(0, CALENDARS.size() - 1),
            longs().between(0, SPAN),
            integers().between(0, 999_999_999),
            longs().between(0, MAX_TARGET))
        .checkAssert(
            (c, s, nanos, target) -> {
              BusinessCalendar cal = CALENDARS.get(c);
              Instant start = instant(s, nanos);
              Duration d = Duration.ofSeconds(target);
              Instant due = cal.add(start, d);
              org.junit.jupiter.api.Assertions.assertEquals(d, cal.between(start, due));
              org.junit.jupiter.api.Assertions.assertEquals(
                  d, cal.explainBetween(start, due).total());
              if (target > 0) {
                // the due instant is the earliest: one nanosecond earlier is short
                org.junit.jupiter.api.Assertions.assertTrue(
                    cal.between(start, due.minusNanos(1)).compareTo(d) < 0);
              }
            });
  }

  @Test
  void addIsMonotoneInDurationAndStart() {
    qt().forAll(
            integers().between(0, CALENDARS.size() - 1),
            longs().between(0, SPAN),
            longs().between(0, MAX_TARGET),
            longs().between(0, 3 * 86_400L))
        .checkAssert(
            (c, s, target, delta) -> {
              BusinessCalendar cal = CALENDARS.get(c);
              Instant start = instant(s, 0);
              Duration d = Duration.ofSeconds(target);
              Instant due = cal.add(start, d);
              org.junit.jupiter.api.Assertions.assertFalse(
                  cal.add(start, d.plusSeconds(delta)).isBefore(due));
              org.junit.jupiter.api.Assertions.assertFalse(
                  cal.add(start.plusSeconds(delta), d).isBefore(due));
            });
  }

  @Test
  void betweenIsAdditiveAndOpenMatchesIntervals() {
    qt().forAll(
            integers().between(0, CALENDARS.size() - 1),
            longs().between(0, SPAN),
            longs().between(0, 40 * 86_400L),
            longs().between(0, 40 * 86_400L))
        .checkAssert(
            (c, s, x, y) -> {
              BusinessCalendar cal = CALENDARS.get(c);
              Instant a = instant(s, 0);
              Instant b = a.plusSeconds(x);
              Instant e = b.plusSeconds(y);
              org.junit.jupiter.api.Assertions.assertEquals(
                  cal.between(a, e), cal.between(a, b).plus(cal.between(b, e)));
              boolean open = cal.isOpen(b);
              org.junit.jupiter.api.Assertions.assertEquals(
                  open, cal.between(b, b.plusNanos(1)).equals(Duration.ofNanos(1)));
              Instant next = cal.nextOpening(b).orElseThrow();
              org.junit.jupiter.api.Assertions.assertTrue(cal.isOpen(next));
              org.junit.jupiter.api.Assertions.assertEquals(Duration.ZERO, cal.between(b, next));
            });
  }
}
