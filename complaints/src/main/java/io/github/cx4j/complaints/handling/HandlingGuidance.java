/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import io.github.cx4j.core.concept.CustomerState;
import io.github.cx4j.core.concept.HandlingApproach;
import java.util.List;
import java.util.Optional;

/**
 * What to do for a customer: the recognised state (if any), the approach and its steps.
 *
 * @param state the recognised state, empty when the cues did not determine one
 * @param approach the approach (course file "Customer Relationship Management")
 * @param steps the steps, in order
 */
public record HandlingGuidance(
    Optional<CustomerState> state, HandlingApproach approach, List<HandlingStep> steps) {

  /** Copies the steps. */
  public HandlingGuidance {
    steps = List.copyOf(steps);
  }
}
