/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A date that is worked with the given hours instead of its weekly hours, for example one of
 * mainland China's make-up working days (调休上班日) that falls on a weekend: {@code
 * {"date":"2026-10-10","hours":[["09:00","18:00"]]}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableExtraWorkingDay.class)
@JsonDeserialize(as = ImmutableExtraWorkingDay.class)
public interface ExtraWorkingDay {

  /**
   * The local date.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * The working intervals of that date (overnight ranges run into the next day).
   *
   * @return at least one range
   */
  List<TimeRange> hours();

  /**
   * An extra working day.
   *
   * @param date the date
   * @param hours its working intervals
   * @return the value
   */
  static ExtraWorkingDay of(LocalDate date, List<TimeRange> hours) {
    return ImmutableExtraWorkingDay.builder().date(date).hours(hours).build();
  }

  /** Requires hours. */
  @Value.Check
  default void check() {
    if (hours().isEmpty()) {
      throw CxValidationException.of(
          "ExtraWorkingDay.hours", "list at least one working interval on " + date(), hours());
    }
  }
}
