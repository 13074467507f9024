/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What a calendar result was made of: the business intervals between {@code from} and {@code to} in
 * time order, and their total.
 *
 * @param from the start of the span (inclusive)
 * @param to the end of the span (exclusive)
 * @param total the business time in the span, the sum of the intervals' durations
 * @param intervals the business intervals, each clipped to the span; intervals that touch are
 *     joined
 */
public record CalendarExplanation(
    Instant from, Instant to, Duration total, List<BusinessInterval> intervals) {

  /**
   * A copy with an unmodifiable list.
   *
   * @param from span start
   * @param to span end
   * @param total business time
   * @param intervals intervals used
   */
  public CalendarExplanation {
    intervals = List.copyOf(intervals);
  }
}
