/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import java.util.ArrayList;
import java.util.List;

/**
 * The five basic principles of complaint handling (course file "Customer Relationship Management",
 * 投诉处理的基本原则): trust, respect, understanding, sensitivity and timeliness, each with the practices
 * the seed lists under it ({@link #practices()}).
 */
public enum ComplaintPrinciple implements Labelled {
  /** Trust (信任原则): the customer feels trusted and the staff are trustworthy. */
  TRUST,
  /** Respect (尊重原则): the customer feels important and valuable. */
  RESPECT,
  /** Understanding (理解原则): see and feel from the customer's side. */
  UNDERSTANDING,
  /** Sensitivity (敏感性原则): learn the customer's needs through every channel. */
  SENSITIVITY,
  /**
   * Timeliness (时效性原则): respond at once, act, escalate when needed and keep the customer informed,
   * until the customer is satisfied.
   */
  TIMELINESS;

  @Override
  public String code() {
    return name();
  }

  /**
   * The practices the seed lists under this principle.
   *
   * @return the practices, in the seed's order, never empty
   */
  public List<PrinciplePractice> practices() {
    List<PrinciplePractice> list = new ArrayList<>();
    for (PrinciplePractice practice : PrinciplePractice.values()) {
      if (practice.principle() == this) {
        list.add(practice);
      }
    }
    return List.copyOf(list);
  }
}
