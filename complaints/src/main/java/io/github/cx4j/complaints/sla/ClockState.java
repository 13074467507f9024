/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/**
 * Where an SLA clock stands.
 *
 * <p>Labels in English and Chinese come from this package's {@code messages} bundles.
 */
public enum ClockState implements Labelled {
  /** Active: Running and within its target. */
  ACTIVE,
  /** Paused: Paused by the status, within its target. */
  PAUSED,
  /** Fulfilled: Stopped within its target. */
  FULFILLED,
  /** Breached: Its target was exceeded (still running or stopped late). */
  BREACHED;

  @Override
  public String code() {
    return name();
  }
}
