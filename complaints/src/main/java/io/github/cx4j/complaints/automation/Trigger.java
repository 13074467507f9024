/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.cx4j.complaints.sla.TimeBasis;
import io.github.cx4j.complaints.timely.WarningLevel;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** When an automation fires. JSON names the type in the property {@code "type"}. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Trigger.After.class, name = "after"),
  @JsonSubTypes.Type(value = Trigger.ClockLevel.class, name = "clock-level")
})
public sealed interface Trigger {

  /**
   * A delay after an anchor, while the complaint is in one of some statuses.
   *
   * @param statuses the status categories in which the trigger applies
   * @param anchor what the delay counts from
   * @param delay the delay, zero or positive
   * @param basis calendar time or business time (on the engine's calendar)
   * @param withoutValidSurvey only when the complaint has no survey, or an invalidated one
   */
  record After(
      Set<StatusCategory> statuses,
      Anchor anchor,
      Duration delay,
      TimeBasis basis,
      boolean withoutValidSurvey)
      implements Trigger {
    /** Checks the fields. */
    public After {
      if (statuses == null || statuses.isEmpty()) {
        throw CxValidationException.of("Trigger.After.statuses", "name at least one status", "[]");
      }
      statuses = Set.copyOf(EnumSet.copyOf(statuses));
      if (anchor == null) {
        throw CxValidationException.of("Trigger.After.anchor", "be present", "null");
      }
      if (delay == null || delay.isNegative()) {
        throw CxValidationException.of("Trigger.After.delay", "be zero or positive", delay);
      }
      if (basis == null) {
        throw CxValidationException.of("Trigger.After.basis", "be present", "null");
      }
    }
  }

  /**
   * An SLA clock reached a warning level (see {@link io.github.cx4j.complaints.timely.Timeliness})
   * while the complaint's escalation level is below it.
   *
   * @param target the clock's target name, or empty for any clock
   * @param level the warning level
   */
  record ClockLevel(Optional<String> target, WarningLevel level) implements Trigger {
    /** Checks the fields. */
    public ClockLevel {
      target = target == null ? Optional.empty() : target;
      if (level == null) {
        throw CxValidationException.of("Trigger.ClockLevel.level", "be present", "null");
      }
    }
  }
}
