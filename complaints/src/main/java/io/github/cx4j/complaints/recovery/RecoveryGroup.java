/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.Labelled;

/** The groups that the recovery-paradox analysis compares (McCollough and Bharadwaj 1992). */
public enum RecoveryGroup implements Labelled {
  /** Customers who had no service failure. */
  NO_FAILURE,
  /** Customers who had a failure that was recovered to their satisfaction. */
  RECOVERED,
  /** Customers who had a failure that was not recovered. */
  NOT_RECOVERED;

  @Override
  public String code() {
    return name();
  }
}
