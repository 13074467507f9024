/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.Labelled;
import java.util.Set;

/**
 * The kinds of remedy an organisation can offer a complainant (ISO 10002:2018 clause 8.8 lists
 * apology, explanation, repair, replacement, refund, compensation), each with the justice dimension
 * it mainly addresses.
 */
public enum RemedyKind implements Labelled {
  /** A sincere apology. */
  APOLOGY(JusticeDimension.INTERACTIONAL),
  /** An explanation of what happened and why. */
  EXPLANATION(JusticeDimension.INFORMATIONAL),
  /** Repairing the product or redoing the service. */
  REPAIR(JusticeDimension.DISTRIBUTIVE),
  /** Replacing the product. */
  REPLACEMENT(JusticeDimension.DISTRIBUTIVE),
  /** Refunding the price. */
  REFUND(JusticeDimension.DISTRIBUTIVE),
  /** Compensation beyond the price for loss or inconvenience. */
  COMPENSATION(JusticeDimension.DISTRIBUTIVE),
  /**
   * A small unexpected gesture that delights (course file "Customer Satisfaction Management": the
   * late-night noodles).
   */
  GOODWILL_GESTURE(JusticeDimension.INTERACTIONAL);

  private final JusticeDimension primary;

  RemedyKind(JusticeDimension primary) {
    this.primary = primary;
  }

  /**
   * The justice dimension this kind of remedy mainly addresses.
   *
   * @return the dimension
   */
  public JusticeDimension primaryJustice() {
    return primary;
  }

  /**
   * The default justice markers of a remedy of this kind.
   *
   * @return a one-element set
   */
  public Set<JusticeDimension> defaultJustice() {
    return Set.of(primary);
  }

  @Override
  public String code() {
    return name();
  }
}
