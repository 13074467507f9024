/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.time.Duration;
import java.time.Instant;

/**
 * How the workflow measures the time between two instants for its time limits (escalation, the
 * reopen window). {@link #CALENDAR} counts every second; a business calendar (working hours,
 * holidays) can implement this interface to count only working time.
 */
@FunctionalInterface
public interface ElapsedTime {

  /** Calendar time: the plain duration between the instants, zero if {@code to} is earlier. */
  ElapsedTime CALENDAR =
      (from, to) -> to.isBefore(from) ? Duration.ZERO : Duration.between(from, to);

  /**
   * The time that counts between two instants.
   *
   * @param from the start
   * @param to the end
   * @return the counted time, never negative
   */
  Duration between(Instant from, Instant to);
}
