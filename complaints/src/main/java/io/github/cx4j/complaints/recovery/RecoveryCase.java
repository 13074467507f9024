/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.CxValidationException;

/**
 * One customer's satisfaction and group, for the recovery-paradox analysis. Satisfaction is on any
 * scale the caller uses consistently, for example 0..1 after normalising.
 *
 * @param group the customer's group
 * @param satisfaction the satisfaction score (after recovery for recovered customers), finite
 */
public record RecoveryCase(RecoveryGroup group, double satisfaction) {

  /** Checks the fields. */
  public RecoveryCase {
    if (group == null) {
      throw CxValidationException.of("RecoveryCase.group", "be present", null);
    }
    if (!Double.isFinite(satisfaction)) {
      throw CxValidationException.of("RecoveryCase.satisfaction", "be finite", satisfaction);
    }
  }
}
