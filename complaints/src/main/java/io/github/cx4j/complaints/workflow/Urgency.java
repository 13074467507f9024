/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/**
 * How quickly a complaint must be acted upon, the other axis of the priority matrix (ITIL incident
 * priority).
 */
public enum Urgency implements Labelled {
  /** The harm grows quickly without action. */
  HIGH,
  /** The harm grows slowly. */
  MEDIUM,
  /** Can wait without further harm. */
  LOW;

  @Override
  public String code() {
    return name();
  }
}
