/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A part-day closure: the business is shut on {@link #date()} from {@link #from()} to {@link #to()}
 * local time (half-open), whatever the weekly hours say; for example a Christmas-Eve afternoon
 * {@code {"date":"2026-12-24","from":"12:00","to":"24:00"}}. A closure cuts every working interval
 * that overlaps it, including the tail of an overnight shift that started the day before.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableClosure.class)
@JsonDeserialize(as = ImmutableClosure.class)
public interface Closure {

  /**
   * The local date of the closure.
   *
   * @return the date
   */
  LocalDate date();

  /**
   * The local start, {@code HH:MM} from {@code 00:00} to {@code 23:59}.
   *
   * @return the start
   */
  String from();

  /**
   * The local end, {@code HH:MM} up to {@code 24:00}, after {@link #from()}.
   *
   * @return the end
   */
  String to();

  /**
   * A closure.
   *
   * @param date the local date
   * @param from {@code HH:MM}
   * @param to {@code HH:MM}, after {@code from}; {@code 24:00} for the end of the day
   * @return the closure
   */
  static Closure of(LocalDate date, String from, String to) {
    return ImmutableClosure.builder().date(date).from(from).to(to).build();
  }

  /** Checks the times. */
  @Value.Check
  default void check() {
    int f = TimeRange.parse("Closure.from", from(), false);
    int t = TimeRange.parse("Closure.to", to(), true);
    if (t <= f) {
      throw CxValidationException.of("Closure.to", "be after Closure.from " + from(), to());
    }
  }
}
