/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

/**
 * An SLA clock of the complaint has reached an escalation level: the reading of the complaint's SLA
 * clocks that {@code complaints.timely.Timeliness} gives the workflow, so that the escalation rules
 * and the SLA have one notion of timely.
 *
 * @param target the clock's target name (a metric code or a regulatory clock's name)
 * @param level the escalation level reached, 1 or more
 * @param reason why, naming the share of the target used
 */
public record ClockLevel(String target, int level, String reason) {

  /** Checks the fields. */
  public ClockLevel {
    Checks.text(target, "ClockLevel.target");
    Checks.text(reason, "ClockLevel.reason");
    if (level < 1) {
      throw io.github.cx4j.core.CxValidationException.of(
          "ClockLevel.level", "be at least 1", level);
    }
  }
}
