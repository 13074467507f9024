/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import io.github.cx4j.complaints.sla.BusinessCalendar;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.sla.HolidayTable;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.sla.SlaPolicy;
import io.github.cx4j.complaints.sla.TimeRange;
import io.github.cx4j.complaints.workflow.ReplayedComplaint;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.examples.cli.CliException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The SLA policy, calendar, holiday tables and evaluation instant of {@code complaints sla/kpi}.
 */
final class SlaOptions {
  @Option(
      names = "--policy",
      required = true,
      paramLabel = "POLICY.json",
      description = "The SLA policy (JSON form of SlaPolicy).")
  Path policy;

  @Option(
      names = "--calendar",
      required = true,
      paramLabel = "CAL.json",
      description = "The business calendar (JSON form of BusinessCalendar).")
  Path calendar;

  @Option(
      names = "--holidays",
      paramLabel = "TABLE",
      description =
          "An official holiday table (.json or .ics) to add to the calendar; may be repeated.")
  List<Path> holidays = new ArrayList<>();

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      description = "Evaluate the clocks at this instant (default: the current time).")
  Optional<String> now = Optional.empty();

  @Option(
      names = "--beyond-coverage",
      description =
          "Compute past the calendar's holiday coverage with its weekly hours (otherwise an error).")
  boolean beyondCoverage;

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file", e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  Instant now() {
    if (now.isEmpty()) {
      return Instant.now();
    }
    try {
      return OffsetDateTime.parse(now.get()).toInstant();
    } catch (DateTimeParseException e) {
      throw new CliException(
          "--now must be an ISO-8601 instant such as 2026-01-09T09:00:00Z, was \""
              + now.get()
              + "\"",
          e);
    }
  }

  SlaMonitor monitor() {
    return SlaMonitor.of(policy(), calendar());
  }

  SlaPolicy policy() {
    try {
      // the message starts with the file and the line
      return SlaPolicy.fromJson(read(policy), policy.toString());
    } catch (CxValidationException e) {
      throw new CliException(e.getMessage(), e);
    }
  }

  BusinessCalendar calendar() {
    BusinessCalendar cal;
    try {
      cal = BusinessCalendar.fromJson(read(calendar), calendar.toString());
      for (Path table : holidays) {
        HolidayTable t = HolidayTable.read(table);
        cal = cal.withHolidays(t, t.years().first(), t.years().last(), makeUpHours(cal));
      }
    } catch (CxValidationException e) {
      throw new CliException(e.getMessage(), e);
    } catch (IOException e) {
      throw new CliException("cannot read a holiday table: " + e.getMessage(), e);
    }
    if (beyondCoverage) {
      cal = cal.allowingBeyondCoverage();
    }
    return cal;
  }

  /** Make-up working days get the hours of the calendar's first working weekday. */
  private static List<TimeRange> makeUpHours(BusinessCalendar cal) {
    for (DayOfWeek d : DayOfWeek.values()) {
      List<TimeRange> hours = cal.week().get(d);
      if (hours != null && !hours.isEmpty()) {
        return hours;
      }
    }
    throw new CliException(
        "calendar " + cal.name() + " has no weekly hours to give its make-up working days");
  }

  ComplaintClocks clocks(SlaMonitor monitor, ReplayedComplaint c, Instant at) {
    try {
      return monitor.clocks(c.events(), at);
    } catch (CxValidationException e) {
      throw new CliException("complaint " + c.state().id() + ": " + e.getMessage(), e);
    }
  }
}
