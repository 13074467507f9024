/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import io.github.cx4j.complaints.sla.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/**
 * Counts business time for the automations: how long between two instants, and when a span ends.
 */
public interface TimeCounter {

  /**
   * The counted time between two instants; zero if {@code to} is before {@code from}.
   *
   * @param from the start
   * @param to the end
   * @return the counted time
   */
  Duration between(Instant from, Instant to);

  /**
   * The instant at which a counted span starting at {@code from} ends.
   *
   * @param from the start
   * @param span the counted span, zero or positive
   * @return the end
   */
  Instant add(Instant from, Duration span);

  /**
   * Calendar time: every hour counts.
   *
   * @return the counter
   */
  static TimeCounter calendarTime() {
    return new TimeCounter() {
      @Override
      public Duration between(Instant from, Instant to) {
        return to.isBefore(from) ? Duration.ZERO : Duration.between(from, to);
      }

      @Override
      public Instant add(Instant from, Duration span) {
        return from.plus(span);
      }
    };
  }

  /**
   * Business time on a calendar.
   *
   * @param calendar the calendar
   * @return the counter
   */
  static TimeCounter of(BusinessCalendar calendar) {
    return new TimeCounter() {
      @Override
      public Duration between(Instant from, Instant to) {
        return to.isBefore(from) ? Duration.ZERO : calendar.between(from, to);
      }

      @Override
      public Instant add(Instant from, Duration span) {
        return calendar.add(from, span);
      }
    };
  }
}
