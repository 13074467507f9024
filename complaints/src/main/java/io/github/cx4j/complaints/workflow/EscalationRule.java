/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A rule that decides, purely from a complaint's state and the time, whether it must be escalated
 * and to which level. Built-in rules are in {@link EscalationRules}; callers may write their own.
 */
@FunctionalInterface
public interface EscalationRule {

  /**
   * Evaluates the rule.
   *
   * @param complaint the complaint's state
   * @param now the time of evaluation
   * @param time how time limits are measured
   * @return the escalation due, if any
   */
  Optional<EscalationDue> evaluate(Complaint complaint, Instant now, ElapsedTime time);

  /**
   * Evaluates the rule knowing the levels the complaint's SLA clocks have reached. By default the
   * clock levels are ignored; {@link EscalationRules#slaLevels()} reads them, and the time-limit
   * rules of {@link EscalationRules} yield nothing when an SLA applies (the SLA is then the one
   * notion of timely).
   *
   * @param complaint the complaint's state
   * @param now the time of evaluation
   * @param time how time limits are measured
   * @param clockLevels the levels reached, if an SLA policy applies
   * @return the escalation due, if any
   */
  default Optional<EscalationDue> evaluate(
      Complaint complaint, Instant now, ElapsedTime time, Optional<List<ClockLevel>> clockLevels) {
    return evaluate(complaint, now, time);
  }
}
