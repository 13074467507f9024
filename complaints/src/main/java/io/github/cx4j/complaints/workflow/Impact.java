/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/**
 * The impact of a complaint's problem, one axis of the priority matrix (ITIL incident priority).
 */
public enum Impact implements Labelled {
  /** Affects many customers or causes serious harm. */
  HIGH,
  /** Affects a group of customers or causes moderate harm. */
  MEDIUM,
  /** Affects one customer with little harm. */
  LOW;

  @Override
  public String code() {
    return name();
  }
}
