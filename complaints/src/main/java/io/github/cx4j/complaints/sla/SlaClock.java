/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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

  /**
   * A builder, for code that assembles a {@code SlaClock} by field names rather than by 18
   * positional arguments.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link SlaClock}: primitive fields default to 0 (false), {@code Optional} fields to
   * empty; every other field must be set before {@link #build()}.
   */
  public static final class Builder {
    private @Nullable String name;
    private @Nullable SlaMetric metric;
    private int cycle;
    private int sequence;
    private @Nullable ClockState state;
    private @Nullable Instant startedAt;
    private Optional<Instant> stoppedAt = Optional.empty();
    private @Nullable Duration target;
    private @Nullable TimeBasis basis;
    private @Nullable String calendar;
    private int policyVersion;
    private @Nullable Duration elapsed;
    private @Nullable Duration remaining;
    private @Nullable Duration overdue;
    private Optional<Instant> due = Optional.empty();
    private Optional<Instant> breachedAt = Optional.empty();
    private @Nullable List<MarkInstant> marks;
    private @Nullable List<ClockStep> steps;

    private Builder() {}

    /**
     * Sets every field from an existing value, for a copy with a few fields changed.
     *
     * @param value the value to copy
     * @return this builder
     */
    public Builder from(SlaClock value) {
      this.name = value.name();
      this.metric = value.metric();
      this.cycle = value.cycle();
      this.sequence = value.sequence();
      this.state = value.state();
      this.startedAt = value.startedAt();
      this.stoppedAt = value.stoppedAt();
      this.target = value.target();
      this.basis = value.basis();
      this.calendar = value.calendar();
      this.policyVersion = value.policyVersion();
      this.elapsed = value.elapsed();
      this.remaining = value.remaining();
      this.overdue = value.overdue();
      this.due = value.due();
      this.breachedAt = value.breachedAt();
      this.marks = value.marks();
      this.steps = value.steps();
      return this;
    }

    /**
     * Sets {@code name}.
     *
     * @param name the metric's code, or the regulatory clock's name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets {@code metric}.
     *
     * @param metric the metric
     * @return this builder
     */
    public Builder metric(SlaMetric metric) {
      this.metric = metric;
      return this;
    }

    /**
     * Sets {@code cycle}.
     *
     * @param cycle the cycle (1 for the first, +1 per reopen)
     * @return this builder
     */
    public Builder cycle(int cycle) {
      this.cycle = cycle;
      return this;
    }

    /**
     * Sets {@code sequence}.
     *
     * @param sequence 1 for the first clock of this metric in the cycle, 2 for the next (next
     *     response, periodic update)
     * @return this builder
     */
    public Builder sequence(int sequence) {
      this.sequence = sequence;
      return this;
    }

    /**
     * Sets {@code state}.
     *
     * @param state active, paused, fulfilled or breached
     * @return this builder
     */
    public Builder state(ClockState state) {
      this.state = state;
      return this;
    }

    /**
     * Sets {@code startedAt}.
     *
     * @param startedAt when it started
     * @return this builder
     */
    public Builder startedAt(Instant startedAt) {
      this.startedAt = startedAt;
      return this;
    }

    /**
     * Sets {@code stoppedAt}.
     *
     * @param stoppedAt when it stopped, if it did
     * @return this builder
     */
    public Builder stoppedAt(Optional<Instant> stoppedAt) {
      this.stoppedAt = stoppedAt;
      return this;
    }

    /**
     * Sets {@code target}.
     *
     * @param target the target in force at the end
     * @return this builder
     */
    public Builder target(Duration target) {
      this.target = target;
      return this;
    }

    /**
     * Sets {@code basis}.
     *
     * @param basis business or calendar time
     * @return this builder
     */
    public Builder basis(TimeBasis basis) {
      this.basis = basis;
      return this;
    }

    /**
     * Sets {@code calendar}.
     *
     * @param calendar the calendar's name
     * @return this builder
     */
    public Builder calendar(String calendar) {
      this.calendar = calendar;
      return this;
    }

    /**
     * Sets {@code policyVersion}.
     *
     * @param policyVersion the policy version in force at the end
     * @return this builder
     */
    public Builder policyVersion(int policyVersion) {
      this.policyVersion = policyVersion;
      return this;
    }

    /**
     * Sets {@code elapsed}.
     *
     * @param elapsed counted time so far (business or calendar)
     * @return this builder
     */
    public Builder elapsed(Duration elapsed) {
      this.elapsed = elapsed;
      return this;
    }

    /**
     * Sets {@code remaining}.
     *
     * @param remaining counted time left before the target, zero when overdue
     * @return this builder
     */
    public Builder remaining(Duration remaining) {
      this.remaining = remaining;
      return this;
    }

    /**
     * Sets {@code overdue}.
     *
     * @param overdue counted time beyond the target, zero when not overdue
     * @return this builder
     */
    public Builder overdue(Duration overdue) {
      this.overdue = overdue;
      return this;
    }

    /**
     * Sets {@code due}.
     *
     * @param due the due instant while running; for a stopped or breached clock, the last due
     *     instant; empty while paused
     * @return this builder
     */
    public Builder due(Optional<Instant> due) {
      this.due = due;
      return this;
    }

    /**
     * Sets {@code breachedAt}.
     *
     * @param breachedAt when the target was exceeded: the due instant, or the instant of the change
     *     (priority, policy version, resume) that put the clock over its target; never earlier
     * @return this builder
     */
    public Builder breachedAt(Optional<Instant> breachedAt) {
      this.breachedAt = breachedAt;
      return this;
    }

    /**
     * Sets {@code marks}.
     *
     * @param marks warning and escalation instants
     * @return this builder
     */
    public Builder marks(List<MarkInstant> marks) {
      this.marks = marks;
      return this;
    }

    /**
     * Sets {@code steps}.
     *
     * @param steps what happened to the clock, in order
     * @return this builder
     */
    public Builder steps(List<ClockStep> steps) {
      this.steps = steps;
      return this;
    }

    /**
     * The {@code SlaClock}.
     *
     * @return the value, checked by the canonical constructor
     * @throws CxValidationException if a required field was not set
     */
    public SlaClock build() {
      return new SlaClock(
          required(name, "name"),
          required(metric, "metric"),
          cycle,
          sequence,
          required(state, "state"),
          required(startedAt, "startedAt"),
          stoppedAt,
          required(target, "target"),
          required(basis, "basis"),
          required(calendar, "calendar"),
          policyVersion,
          required(elapsed, "elapsed"),
          required(remaining, "remaining"),
          required(overdue, "overdue"),
          due,
          breachedAt,
          required(marks, "marks"),
          required(steps, "steps"));
    }

    private static <T> T required(@Nullable T value, String field) {
      if (value == null) {
        throw CxValidationException.withMessage(
            "SlaClock." + field, "SlaClock." + field + " must be set before build()");
      }
      return value;
    }
  }
}
