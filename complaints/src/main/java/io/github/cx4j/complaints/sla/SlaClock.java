/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The state of one SLA clock at the evaluation instant, with the steps that produced it.
 *
 * @param name the metric's code, or the regulatory clock's name
 * @param metric the metric
 * @param cycle the cycle (1 for the first, +1 per reopen)
 * @param sequence 1 for the first clock of this metric in the cycle, 2 for the next (next response,
 *     periodic update)
 * @param state active, paused, fulfilled or breached
 * @param startedAt when it started
 * @param stoppedAt when it stopped, if it did
 * @param target the target in force at the end
 * @param basis business or calendar time
 * @param calendar the calendar's name
 * @param policyVersion the policy version in force at the end
 * @param elapsed counted time so far (business or calendar)
 * @param remaining counted time left before the target, zero when overdue
 * @param overdue counted time beyond the target, zero when not overdue
 * @param due the due instant while running; for a stopped or breached clock, the last due instant;
 *     empty while paused
 * @param breachedAt when the target was exceeded: the due instant, or the instant of the change
 *     (priority, policy version, resume) that put the clock over its target; never earlier
 * @param marks warning and escalation instants
 * @param steps what happened to the clock, in order
 */
public record SlaClock(
    String name,
    SlaMetric metric,
    int cycle,
    int sequence,
    ClockState state,
    Instant startedAt,
    Optional<Instant> stoppedAt,
    Duration target,
    TimeBasis basis,
    String calendar,
    int policyVersion,
    Duration elapsed,
    Duration remaining,
    Duration overdue,
    Optional<Instant> due,
    Optional<Instant> breachedAt,
    List<MarkInstant> marks,
    List<ClockStep> steps) {

  /**
   * Unmodifiable copies.
   *
   * @param name n
   * @param metric m
   * @param cycle c
   * @param sequence s
   * @param state s
   * @param startedAt s
   * @param stoppedAt s
   * @param target t
   * @param basis b
   * @param calendar c
   * @param policyVersion p
   * @param elapsed e
   * @param remaining r
   * @param overdue o
   * @param due d
   * @param breachedAt b
   * @param marks m
   * @param steps s
   */
  public SlaClock {
    marks = List.copyOf(marks);
    steps = List.copyOf(steps);
  }

  /**
   * A warning or escalation point of a clock.
   *
   * @param name the mark's name
   * @param escalationLevel 0 for the warning, 1.. for escalation levels
   * @param at when it was reached, or when it will be if nothing changes; empty while paused
   * @param reached whether it has been reached
   */
  public record MarkInstant(
      String name, int escalationLevel, Optional<Instant> at, boolean reached) {}

  /**
   * One step of a clock's history, for explanations.
   *
   * @param at when
   * @param event what happened, for example {@code "paused (PENDING)"}
   * @param elapsed counted time at that instant
   * @param target the target from then on
   * @param running whether the clock runs from then on
   */
  public record ClockStep(
      Instant at, String event, Duration elapsed, Duration target, boolean running) {}
}
