/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.Labelled;

/**
 * The dimensions of perceived justice in complaint handling: Tax, Brown and Chandrashekaran (1998)
 * for the first three, Colquitt (2001) for informational justice. Course file "Customer
 * Satisfaction Management" lists "perceived equity" among the four factors of satisfaction.
 */
public enum JusticeDimension implements Labelled {
  /** Fairness of the outcome: refund, replacement, compensation. */
  DISTRIBUTIVE,
  /** Fairness of the process: speed, flexibility, ease, voice. */
  PROCEDURAL,
  /** Fairness of the treatment: courtesy, empathy, apology. */
  INTERACTIONAL,
  /** Fairness of the information: honest, timely, specific explanations. */
  INFORMATIONAL;

  @Override
  public String code() {
    return name();
  }
}
