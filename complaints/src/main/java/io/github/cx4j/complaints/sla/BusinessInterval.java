/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * One stretch of business time on the instant timeline, half-open {@code [start, end)}: a piece of
 * an explanation.
 *
 * @param start the first business instant
 * @param end the first instant after it that is not counted
 */
public record BusinessInterval(Instant start, Instant end) {

  /**
   * The length of the interval.
   *
   * @return {@code end - start}, positive
   */
  public Duration duration() {
    return Duration.between(start, end);
  }

  /**
   * The interval on the local wall clock of a zone, for display: {@code
   * 2026-03-08T01:00-05:00[America/New_York] .. 2026-03-08T04:00-04:00[America/New_York]}.
   *
   * @param zone the zone
   * @return the text
   */
  public String toLocalString(ZoneId zone) {
    return ZonedDateTime.ofInstant(start, zone) + " .. " + ZonedDateTime.ofInstant(end, zone);
  }
}
