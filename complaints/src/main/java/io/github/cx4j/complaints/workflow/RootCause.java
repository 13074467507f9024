/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.concept.ComplaintCause;

/**
 * The root cause of a complaint: whose it is (course file "Customer Satisfaction Management": the
 * company's, the customer's, the environment's), whether the company can control it, and whether it
 * is single, recurring or systemic.
 *
 * @param origin where the cause lies
 * @param controllable whether the company can prevent it
 * @param recurrence how often it produces complaints
 */
public record RootCause(ComplaintCause origin, boolean controllable, Recurrence recurrence) {

  /** Checks the fields are present. */
  public RootCause {
    Checks.present(origin, "RootCause.origin");
    Checks.present(recurrence, "RootCause.recurrence");
  }

  /**
   * A root cause.
   *
   * @param origin where the cause lies
   * @param controllable whether the company can prevent it
   * @param recurrence how often it occurs
   * @return the root cause
   */
  public static RootCause of(ComplaintCause origin, boolean controllable, Recurrence recurrence) {
    return new RootCause(origin, controllable, recurrence);
  }
}
