/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.Labelled;

/**
 * Whether a target counts business time on the calendar or plain elapsed time.
 *
 * <p>Labels in English and Chinese come from this package's {@code messages} bundles.
 */
public enum TimeBasis implements Labelled {
  /** Business time: Counted on the business calendar. */
  BUSINESS,
  /** Calendar time: Counted around the clock. */
  CALENDAR;

  @Override
  public String code() {
    return name();
  }
}
