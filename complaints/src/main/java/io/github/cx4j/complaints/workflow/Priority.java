/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/** The handling priority from the impact x urgency matrix (ITIL incident priority, five levels). */
public enum Priority implements Labelled {
  /** Act immediately. */
  CRITICAL,
  /** Act within hours. */
  HIGH,
  /** Act within a day. */
  MEDIUM,
  /** Act within days. */
  LOW,
  /** Handle in the normal course of work. */
  PLANNING;

  @Override
  public String code() {
    return name();
  }
}
