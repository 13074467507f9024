/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.Delimited;
import io.github.cx4j.scoring.survey.CalendarPeriod;
import io.github.cx4j.scoring.survey.PeriodKey;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

/** Resolves the group of a row from {@code --by} and {@code --period}/{@code --date-column}. */
final class Grouping {
  private final Optional<Integer> by;
  private final Optional<Integer> date;
  private final Optional<CalendarPeriod> period;
  private final ZoneId zone;

  private Grouping(
      Optional<Integer> by, Optional<Integer> date, Optional<CalendarPeriod> period, ZoneId zone) {
    this.by = by;
    this.date = date;
    this.period = period;
    this.zone = zone;
  }

  static Grouping of(
      Delimited file,
      Optional<String> byColumn,
      Optional<String> periodName,
      Optional<String> dateColumn,
      String zoneName) {
    Optional<CalendarPeriod> period = periodName.map(Grouping::period);
    if (period.isPresent() != dateColumn.isPresent()) {
      throw new CliException("--period and --date-column must be given together");
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneName);
    } catch (DateTimeException e) {
      throw new CliException(
          "--zone must be a time-zone id such as UTC or Asia/Shanghai, was \"" + zoneName + "\"",
          e);
    }
    return new Grouping(
        file.optionalColumn("--by", byColumn),
        file.optionalColumn("--date-column", dateColumn),
        period,
        zone);
  }

  private static CalendarPeriod period(String name) {
    try {
      return CalendarPeriod.valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CliException("--period must be week, month or quarter, was \"" + name + "\"", e);
    }
  }

  /** The group label of a row: the --by value, the period label, both joined by '/', or "all". */
  String group(Delimited.Row row) {
    StringBuilder key = new StringBuilder();
    if (by.isPresent()) {
      String value = row.text(by.get());
      if (value.isEmpty()) {
        throw row.error(by.get(), value, "expected a group value");
      }
      key.append(value);
    }
    if (period.isPresent()) {
      Instant at = instant(row, date.orElseThrow());
      if (key.length() > 0) {
        key.append('/');
      }
      key.append(new PeriodKey(period.get(), period.get().start(at, zone)).label());
    }
    return key.length() == 0 ? "all" : key.toString();
  }

  private Instant instant(Delimited.Row row, int column) {
    String text = row.text(column);
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      // try the other ISO forms
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      // next
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      // next
    }
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeException e) {
      throw row.error(
          column, text, "expected an ISO-8601 date or time such as 2025-03-01T10:00:00Z");
    }
  }
}
