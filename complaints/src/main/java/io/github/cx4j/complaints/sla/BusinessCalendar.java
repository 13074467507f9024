/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * A business calendar: an IANA time zone, weekly working hours (any number of intervals a day,
 * overnight intervals allowed), holidays, part-day closures and extra working days; and the
 * operations an SLA engine needs on the instant timeline: {@link #add}, {@link #between}, {@link
 * #isOpen}, {@link #nextOpening} and their explanations.
 *
 * <p>JSON form (read by {@code cx4j sla}):
 *
 * <pre>{@code
 * {"zone":"Asia/Shanghai",
 *  "week":{"MONDAY":[["09:00","12:00"],["13:00","18:00"]], ...},
 *  "holidays":["2026-10-01"],
 *  "closures":[{"date":"2026-12-24","from":"12:00","to":"24:00"}],
 *  "extraWorkingDays":[{"date":"2026-10-10","hours":[["09:00","18:00"]]}],
 *  "name":"shanghai-office", "coveredFrom":"2026-01-01", "coveredThrough":"2026-12-31"}
 * }</pre>
 *
 * <p>Coverage: a calendar whose holidays come from an official table names the span that table
 * covers ({@link #coveredFrom()}, {@link #coveredThrough()}). A computation that needs a day
 * outside it fails with an error that names the calendar and the last covered day, instead of
 * counting an unknown holiday as a working day; {@link #allowingBeyondCoverage()} opts in to the
 * weekly hours beyond the span. {@link #withHolidays} sets the span to the years it loaded.
 *
 * <p>Rules, all on half-open intervals {@code [start, end)}:
 *
 * <ul>
 *   <li>A shift belongs to the local date it starts on. A holiday cancels the shifts that start on
 *       that date (the tail of the previous evening's overnight shift still runs); an extra working
 *       day replaces the weekly shifts of its date; a closure cuts the local time span it names out
 *       of any shift that overlaps it.
 *   <li>Local wall-clock times map to instants by one rule: a local time stands for <em>the first
 *       instant at which the wall clock shows that time or later</em>. In a daylight-saving gap
 *       (spring forward) a local time that never occurs maps to the transition instant, so the
 *       missing hour is never worked; in an overlap (fall back) it maps to its first occurrence, so
 *       a shift 00:00-04:00 on the night the clocks go back lasts five real hours and a shift
 *       01:00-01:30 lasts thirty minutes. Adjacent local intervals stay adjacent.
 *   <li>Instants must lie in [1900-01-01T00:00Z, 2200-01-01T00:00Z).
 * </ul>
 *
 * <p>Performance: the calendar is compiled lazily into per-year arrays of business segments with
 * running sums, so {@link #add} and {@link #between} cost two binary searches within a year.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableBusinessCalendar.class)
@JsonDeserialize(as = ImmutableBusinessCalendar.class)
public abstract class BusinessCalendar {

  /** Use {@link #builder()}. */
  BusinessCalendar() {}

  /**
   * The IANA time zone in which the hours, holidays and closures are read.
   *
   * @return the zone, for example {@code Asia/Shanghai}
   */
  public abstract ZoneId zone();

  /**
   * Weekly working intervals by day of week; a missing day is closed.
   *
   * @return the weekly hours
   */
  public abstract Map<DayOfWeek, List<TimeRange>> week();

  /**
   * Local dates on which no shift starts.
   *
   * @return the holidays, in order
   */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> holidays();

  /**
   * Part-day closures.
   *
   * @return the closures
   */
  public abstract List<Closure> closures();

  /**
   * Dates worked with their own hours instead of the weekly hours.
   *
   * @return the extra working days
   */
  public abstract List<ExtraWorkingDay> extraWorkingDays();

  /**
   * The calendar's name, for messages and reports.
   *
   * @return the name; {@code "calendar"} if none was given
   */
  @Value.Default
  public String name() {
    return "calendar";
  }

  /**
   * The first day the holiday data covers, if the calendar declares a span.
   *
   * @return the first covered local date, or empty for no lower limit
   */
  public abstract Optional<LocalDate> coveredFrom();

  /**
   * The last day the holiday data covers, if the calendar declares a span.
   *
   * @return the last covered local date, or empty for no upper limit
   */
  public abstract Optional<LocalDate> coveredThrough();

  /**
   * Whether computations may run outside {@link #coveredFrom()}..{@link #coveredThrough()},
   * counting the weekly hours there as if no holiday fell in it.
   *
   * @return false unless the caller opted in
   */
  @Value.Default
  public boolean beyondCoverage() {
    return false;
  }

  /**
   * This calendar, allowed to compute outside its holiday coverage with the weekly hours.
   *
   * @return a copy with {@link #beyondCoverage()} set
   */
  public BusinessCalendar allowingBeyondCoverage() {
    return builder().from(this).beyondCoverage(true).build();
  }

  /**
   * This calendar under another name.
   *
   * @param name the name
   * @return a copy
   */
  public BusinessCalendar named(String name) {
    return builder().from(this).name(name).build();
  }

  /** Fails if {@code instant} lies outside the covered span (unless opted in). */
  private void requireCovered(Instant instant, String what) {
    Instant[] span = coverage();
    boolean before = instant.isBefore(span[0]);
    boolean after = instant.isAfter(span[1]);
    if (!after && !before) {
      return;
    }
    LocalDate day = instant.atZone(zone()).toLocalDate();
    throw CxValidationException.withMessage(
        "BusinessCalendar.coveredThrough",
        "BusinessCalendar "
            + name()
            + " has holiday data "
            + coveredFrom().map(d -> "from " + d + " ").orElse("")
            + coveredThrough().map(d -> "through " + d).orElse("onwards")
            + "; "
            + what
            + " "
            + instant
            + " ("
            + day
            + " local) is "
            + (after ? "after" : "before")
            + " it: load the holidays of "
            + day.getYear()
            + " (HolidayTable, withHolidays) or opt in with allowingBeyondCoverage()");
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a calendar. */
  public static final class Builder extends ImmutableBusinessCalendar.Builder {}

  /**
   * A calendar with the same hours on the given days.
   *
   * @param zone the zone
   * @param days the working days
   * @param hours the intervals of each working day
   * @return the calendar, without holidays
   */
  public static BusinessCalendar weekly(ZoneId zone, Set<DayOfWeek> days, List<TimeRange> hours) {
    Builder builder = builder();
    builder.zone(zone);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (days.contains(day)) {
        builder.putWeek(day, hours);
      }
    }
    return builder.build();
  }

  /**
   * Reads the JSON form; a message names the text {@code BusinessCalendar.json}. Use {@link
   * #fromJson(String, String)} to name the file.
   *
   * @param json the text
   * @return the calendar
   * @throws CxValidationException as {@link #fromJson(String, String)}
   */
  public static BusinessCalendar fromJson(String json) {
    return fromJson(json, "BusinessCalendar.json");
  }

  /**
   * Reads the JSON form strictly: an unknown field, a field given twice or text after the end is an
   * error.
   *
   * @param json the text
   * @param origin the file name, which starts every message
   * @return the calendar
   * @throws CxValidationException {@code ORIGIN:LINE:COLUMN: what is wrong} (line and column from
   *     1), in the words of the JSON form: {@code unknown field "x" (expected one of ...)}, {@code
   *     field "holidays[3]": expected a date such as 2026-10-01, was "2026-02-30"}, {@code missing
   *     required field "zone"}, {@code not JSON: ...}, or the rule a value breaks ({@code
   *     TimeRange.end must be a time HH:MM from 00:00 to 24:00, was "25:00" in week.MONDAY[0]})
   */
  public static BusinessCalendar fromJson(String json, String origin) {
    return SlaJson.read(json, origin, BusinessCalendar.class, "BusinessCalendar.json", "calendar");
  }

  /**
   * Writes the JSON form.
   *
   * @return the JSON text
   */
  public String toJson() {
    try {
      return CxJson.mapper().writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a valid calendar always serialises", e);
    }
  }

  /** Rejects contradictions. */
  @Value.Check
  protected void check() {
    if (coveredFrom().isPresent()
        && coveredThrough().isPresent()
        && coveredThrough().get().isBefore(coveredFrom().get())) {
      throw CxValidationException.of(
          "BusinessCalendar.coveredThrough",
          "not be before coveredFrom " + coveredFrom().get(),
          coveredThrough().get());
    }
    Set<LocalDate> seen = new HashSet<>();
    for (ExtraWorkingDay day : extraWorkingDays()) {
      if (holidays().contains(day.date())) {
        throw CxValidationException.of(
            "BusinessCalendar.extraWorkingDays",
            "not name a date that is also a holiday",
            day.date());
      }
      if (!seen.add(day.date())) {
        throw CxValidationException.of(
            "BusinessCalendar.extraWorkingDays", "name each date once", day.date());
      }
    }
  }

  /** The covered span as instants: [start of the first day, end of the last day]. */
  @Value.Lazy
  @JsonIgnore
  Instant[] coverage() {
    Instant from =
        beyondCoverage() || coveredFrom().isEmpty()
            ? Instant.MIN
            : coveredFrom().get().atStartOfDay(zone()).toInstant();
    Instant through =
        beyondCoverage() || coveredThrough().isEmpty()
            ? Instant.MAX
            : coveredThrough().get().plusDays(1).atStartOfDay(zone()).toInstant();
    return new Instant[] {from, through};
  }

  @Value.Lazy
  @JsonIgnore
  CompiledCalendar compiled() {
    return new CompiledCalendar(this);
  }

  /**
   * Adds business time to an instant: the earliest instant {@code t >= start} with {@code
   * between(start, t) == duration}. A result that falls exactly at the end of a working interval is
   * that end, not the next opening. Adding zero returns {@code start}.
   *
   * @param start the instant to count from (open or not)
   * @param duration business time, zero or positive
   * @return the due instant
   * @throws CxValidationException for a negative duration, an instant outside the supported range,
   *     or a calendar without enough business time before 2200
   */
  public Instant add(Instant start, Duration duration) {
    if (duration.isNegative()) {
      throw CxValidationException.of("BusinessCalendar.duration", "be zero or positive", duration);
    }
    long t = CompiledCalendar.nanos("BusinessCalendar.start", start);
    requireCovered(start, "the start");
    Instant due = CompiledCalendar.instant(compiled().add(t, duration.toNanos()));
    requireCovered(due, "the due instant");
    return due;
  }

  /**
   * Business time between two instants: the total length of the working intervals inside {@code
   * [from, to)}; negative when {@code to} is before {@code from}.
   *
   * @param from the start
   * @param to the end
   * @return the business duration
   * @throws CxValidationException for an instant outside the supported range
   */
  public Duration between(Instant from, Instant to) {
    requireCovered(from, "the start");
    requireCovered(to, "the end");
    return compiled()
        .between(
            CompiledCalendar.nanos("BusinessCalendar.from", from),
            CompiledCalendar.nanos("BusinessCalendar.to", to));
  }

  /**
   * Whether the business is open at an instant (half-open intervals: open at a start, closed at an
   * end).
   *
   * @param instant the instant
   * @return true inside a working interval
   */
  public boolean isOpen(Instant instant) {
    requireCovered(instant, "the instant");
    return compiled().isOpen(CompiledCalendar.nanos("BusinessCalendar.instant", instant));
  }

  /**
   * The first instant at or after {@code instant} at which the business is open.
   *
   * @param instant the instant
   * @return {@code instant} itself when open, otherwise the next opening; empty when none comes
   *     before 2200
   */
  public Optional<Instant> nextOpening(Instant instant) {
    requireCovered(instant, "the instant");
    Optional<Instant> next =
        compiled().nextOpening(CompiledCalendar.nanos("BusinessCalendar.instant", instant));
    next.ifPresent(n -> requireCovered(n, "the next opening"));
    return next;
  }

  /**
   * Explains {@link #between}: the business intervals inside {@code [from, to)}.
   *
   * @param from the start
   * @param to the end, not before {@code from}
   * @return the intervals and their total
   * @throws CxValidationException if {@code to} is before {@code from}
   */
  public CalendarExplanation explainBetween(Instant from, Instant to) {
    long f = CompiledCalendar.nanos("BusinessCalendar.from", from);
    long t = CompiledCalendar.nanos("BusinessCalendar.to", to);
    if (t < f) {
      throw CxValidationException.of("BusinessCalendar.to", "not be before " + from, to);
    }
    requireCovered(from, "the start");
    requireCovered(to, "the end");
    return new CalendarExplanation(from, to, compiled().between(f, t), compiled().intervals(f, t));
  }

  /**
   * Explains {@link #add}: the business intervals from {@code start} to the due instant.
   *
   * @param start the instant to count from
   * @param duration business time, zero or positive
   * @return the intervals (their total equals {@code duration}); {@code to} is the due instant
   */
  public CalendarExplanation explainAdd(Instant start, Duration duration) {
    return explainBetween(start, add(start, duration));
  }

  /**
   * This calendar with the holidays and make-up working days of a source added for a range of
   * years; make-up working days get {@code makeUpHours}.
   *
   * @param source the holiday source
   * @param fromYear first year, inclusive
   * @param toYear last year, inclusive
   * @param makeUpHours the hours worked on a make-up working day
   * @return a new calendar
   * @throws CxValidationException if the source does not cover a year, or a make-up day is already
   *     a holiday of this calendar, or the years would leave a gap in the calendar's coverage
   */
  public BusinessCalendar withHolidays(
      HolidaySource source, int fromYear, int toYear, List<TimeRange> makeUpHours) {
    Builder builder = builder();
    builder.from(this);
    LocalDate first = LocalDate.of(fromYear, 1, 1);
    LocalDate last = LocalDate.of(toYear, 12, 31);
    if (coveredFrom().isPresent() && coveredThrough().isPresent()) {
      if (first.isAfter(coveredThrough().get().plusDays(1))
          || last.isBefore(coveredFrom().get().minusDays(1))) {
        throw CxValidationException.of(
            "BusinessCalendar.withHolidays",
            "adjoin the covered span "
                + coveredFrom().get()
                + ".."
                + coveredThrough().get()
                + " of calendar "
                + name(),
            fromYear + ".." + toYear);
      }
      first = first.isBefore(coveredFrom().get()) ? first : coveredFrom().get();
      last = last.isAfter(coveredThrough().get()) ? last : coveredThrough().get();
    }
    builder.coveredFrom(first).coveredThrough(last);
    Set<LocalDate> extraDates = new HashSet<>();
    extraWorkingDays().forEach(d -> extraDates.add(d.date()));
    for (int year = fromYear; year <= toYear; year++) {
      for (OfficialDay day : source.days(year)) {
        if (day.kind() == OfficialDayKind.HOLIDAY) {
          if (!extraDates.contains(day.date())) {
            builder.addHoliday(day.date());
          }
        } else if (extraDates.add(day.date())) {
          builder.addExtraWorkingDay(ExtraWorkingDay.of(day.date(), makeUpHours));
        }
      }
    }
    return builder.build();
  }
}
