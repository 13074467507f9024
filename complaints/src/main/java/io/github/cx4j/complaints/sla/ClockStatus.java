/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Where one of a complaint's SLA targets stands now: the latest clock of that target (the current
 * cycle's), summarised.
 *
 * @param target the clock's name: a metric code ({@code FIRST_RESPONSE}) or a regulatory clock's
 *     name
 * @param metric the metric
 * @param cycle the cycle the clock belongs to
 * @param status running, paused, breached or met
 * @param due the due instant while running (or the instant it was breached); empty while paused or
 *     once met
 * @param remaining counted (business or calendar) time left before the target, zero when breached
 * @param targetDuration the target duration in force
 * @param basis business or calendar time
 */
public record ClockStatus(
    String target,
    SlaMetric metric,
    int cycle,
    ClockStatus.Status status,
    Optional<Instant> due,
    Duration remaining,
    Duration targetDuration,
    TimeBasis basis) {

  /** The four states a reader of an SLA needs. */
  public enum Status {
    /** Counting and within its target. */
    RUNNING,
    /** Not counting (pending, on hold) and within its target. */
    PAUSED,
    /** Its target was exceeded, running or stopped. */
    BREACHED,
    /** Stopped within its target. */
    MET
  }

  /**
   * The summary of a clock.
   *
   * @param clock the clock
   * @return its status
   */
  public static ClockStatus of(SlaClock clock) {
    Status status =
        switch (clock.state()) {
          case ACTIVE -> Status.RUNNING;
          case PAUSED -> Status.PAUSED;
          case BREACHED -> Status.BREACHED;
          case FULFILLED -> Status.MET;
        };
    Optional<Instant> due = status == Status.MET ? Optional.empty() : clock.due();
    return new ClockStatus(
        clock.name(),
        clock.metric(),
        clock.cycle(),
        status,
        due,
        clock.remaining(),
        clock.target(),
        clock.basis());
  }
}
