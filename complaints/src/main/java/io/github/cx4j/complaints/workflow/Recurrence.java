/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/** How often a root cause produces complaints. */
public enum Recurrence implements Labelled {
  /** A one-off occurrence. */
  SINGLE,
  /** Has happened before, with a pattern. */
  RECURRING,
  /** Built into a process or product and will recur until fixed. */
  SYSTEMIC;

  @Override
  public String code() {
    return name();
  }
}
