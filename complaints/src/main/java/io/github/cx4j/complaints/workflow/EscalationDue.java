/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;

/**
 * An escalation that a rule finds due.
 *
 * @param level the level, at least 1
 * @param rule the rule's name
 * @param reason why, naming the values involved
 */
public record EscalationDue(int level, String rule, String reason) {

  /** Checks the fields. */
  public EscalationDue {
    if (level < 1) {
      throw CxValidationException.of("EscalationDue.level", "be at least 1", level);
    }
    Checks.text(rule, "EscalationDue.rule");
    Checks.text(reason, "EscalationDue.reason");
  }
}
