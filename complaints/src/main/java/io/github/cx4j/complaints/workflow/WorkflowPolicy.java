/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.util.List;

/**
 * The configurable rules of a {@link ComplaintWorkflow}.
 *
 * @param reopen the reopen policy
 * @param priorities the impact x urgency matrix
 * @param escalationRules the rules evaluated by {@link ComplaintCommand.EvaluateEscalations}
 * @param time how time limits are measured: {@link ElapsedTime#CALENDAR} or a business calendar
 */
public record WorkflowPolicy(
    ReopenPolicy reopen,
    PriorityMatrix priorities,
    List<EscalationRule> escalationRules,
    ElapsedTime time) {

  /** Checks the fields and copies the rules. */
  public WorkflowPolicy {
    Checks.present(reopen, "WorkflowPolicy.reopen");
    Checks.present(priorities, "WorkflowPolicy.priorities");
    escalationRules =
        List.copyOf(Checks.present(escalationRules, "WorkflowPolicy.escalationRules"));
    Checks.present(time, "WorkflowPolicy.time");
  }

  /**
   * The defaults: reopen within 14 days, the standard priority matrix, {@link
   * EscalationRules#defaults()}, calendar time.
   *
   * @return the default policy
   */
  public static WorkflowPolicy defaults() {
    return new WorkflowPolicy(
        ReopenPolicy.reopenWithinDays(14),
        PriorityMatrix.standard(),
        EscalationRules.defaults(),
        ElapsedTime.CALENDAR);
  }

  /**
   * This policy with another reopen rule.
   *
   * @param policy the reopen rule
   * @return a copy
   */
  public WorkflowPolicy withReopen(ReopenPolicy policy) {
    return new WorkflowPolicy(policy, priorities, escalationRules, time);
  }

  /**
   * This policy with other escalation rules.
   *
   * @param rules the rules
   * @return a copy
   */
  public WorkflowPolicy withEscalationRules(List<EscalationRule> rules) {
    return new WorkflowPolicy(reopen, priorities, rules, time);
  }

  /**
   * This policy measuring time another way, for example with a business calendar.
   *
   * @param elapsed the time measure
   * @return a copy
   */
  public WorkflowPolicy withTime(ElapsedTime elapsed) {
    return new WorkflowPolicy(reopen, priorities, escalationRules, elapsed);
  }
}
