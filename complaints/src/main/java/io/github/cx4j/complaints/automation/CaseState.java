/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.core.CxValidationException;
import java.util.Optional;

/**
 * What the automations read of one complaint: its folded state and, when an SLA policy applies, its
 * clocks evaluated at the same instant the automations are.
 *
 * @param complaint the complaint
 * @param clocks its SLA clocks, if any
 */
public record CaseState(Complaint complaint, Optional<ComplaintClocks> clocks) {

  /** Checks the fields. */
  public CaseState {
    if (complaint == null) {
      throw CxValidationException.of("CaseState.complaint", "be present", "null");
    }
    clocks = clocks == null ? Optional.empty() : clocks;
  }

  /**
   * A complaint without SLA clocks.
   *
   * @param complaint the complaint
   * @return the state
   */
  public static CaseState of(Complaint complaint) {
    return new CaseState(complaint, Optional.empty());
  }

  /**
   * A complaint with its clocks.
   *
   * @param complaint the complaint
   * @param clocks its clocks
   * @return the state
   */
  public static CaseState of(Complaint complaint, ComplaintClocks clocks) {
    return new CaseState(complaint, Optional.of(clocks));
  }
}
