/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.Labelled;

/**
 * The outcome of expectation-disconfirmation (Oliver 1980; course file "Customer Satisfaction
 * Management").
 */
public enum DisconfirmationOutcome implements Labelled {
  /** Positive disconfirmation: perception above expectation beyond the tolerance zone. */
  DELIGHTED,
  /** Confirmation: the gap lies within the tolerance zone. */
  SATISFIED,
  /** Negative disconfirmation: perception below expectation beyond the tolerance zone. */
  DISSATISFIED;

  @Override
  public String code() {
    return name();
  }
}
