/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A target for one metric (and, for regulatory clocks, one named deadline) at one priority or at
 * every priority: how long, in business or calendar time, with an optional warning and any number
 * of escalation levels.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSlaTarget.class)
@JsonDeserialize(as = ImmutableSlaTarget.class)
public interface SlaTarget {

  /**
   * The metric.
   *
   * @return the metric
   */
  SlaMetric metric();

  /**
   * The name of a regulatory clock ({@code "FOS 8 weeks"}); required for {@link
   * SlaMetric#REGULATORY} and absent otherwise.
   *
   * @return the name
   */
  Optional<String> name();

  /**
   * The metric whose fulfilment stops a regulatory clock: {@link SlaMetric#RESOLUTION} (default),
   * {@link SlaMetric#FIRST_RESPONSE} or {@link SlaMetric#ACKNOWLEDGEMENT}.
   *
   * @return the stopping metric
   */
  @Value.Default
  default SlaMetric stopsWith() {
    return SlaMetric.RESOLUTION;
  }

  /**
   * The priority this target applies to; empty for every priority without a target of its own.
   *
   * @return the priority
   */
  Optional<SlaPriority> priority();

  /**
   * The target duration.
   *
   * @return positive
   */
  Duration target();

  /**
   * Business time on the calendar (default) or calendar time.
   *
   * @return the basis
   */
  @Value.Default
  default TimeBasis basis() {
    return TimeBasis.BUSINESS;
  }

  /**
   * When to warn.
   *
   * @return the warning mark
   */
  Optional<SlaMark> warning();

  /**
   * Escalation levels, in order.
   *
   * @return the marks
   */
  List<SlaMark> escalations();

  /**
   * A builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a target. */
  final class Builder extends ImmutableSlaTarget.Builder {}

  /**
   * A business-time target for every priority.
   *
   * @param metric the metric
   * @param target the duration
   * @return the target
   */
  static SlaTarget of(SlaMetric metric, Duration target) {
    return builder().metric(metric).target(target).build();
  }

  /**
   * A business-time target for one priority.
   *
   * @param metric the metric
   * @param priority the priority
   * @param target the duration
   * @return the target
   */
  static SlaTarget of(SlaMetric metric, SlaPriority priority, Duration target) {
    return builder().metric(metric).priority(priority).target(target).build();
  }

  /**
   * A regulatory deadline.
   *
   * @param name its name, for example {@code "3 business days"}
   * @param target the duration
   * @param basis business or calendar time
   * @return the target
   */
  static SlaTarget regulatory(String name, Duration target, TimeBasis basis) {
    return builder().metric(SlaMetric.REGULATORY).name(name).target(target).basis(basis).build();
  }

  /** Checks the rules of a target. */
  @Value.Check
  default void check() {
    if (target().isNegative() || target().isZero()) {
      throw CxValidationException.of("SlaTarget.target", "be positive", target());
    }
    if ((metric() == SlaMetric.REGULATORY) != name().isPresent()) {
      throw CxValidationException.of(
          "SlaTarget.name", "be given exactly for REGULATORY targets, not for " + metric(), name());
    }
    if (stopsWith() != SlaMetric.RESOLUTION
        && stopsWith() != SlaMetric.FIRST_RESPONSE
        && stopsWith() != SlaMetric.ACKNOWLEDGEMENT) {
      throw CxValidationException.of(
          "SlaTarget.stopsWith", "be RESOLUTION, FIRST_RESPONSE or ACKNOWLEDGEMENT", stopsWith());
    }
  }
}
