/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The key factors of service, course file "Customer Relationship Management" (李华丽《客户关系管理》), slide
 * "服務的關鍵因素": the behaviour of the company or its staff, and the causes of that behaviour, which
 * lead to the customer's satisfaction or dissatisfaction. This is the idea of the critical incident
 * (Bitner, Booms and Tetreault, "The service encounter: diagnosing favorable and unfavorable
 * incidents", 1990).
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceKeyFactor implements Labelled {
  /** The behaviour of the company or its staff (企业或企业员工的行为). */
  BEHAVIOUR,
  /** The causes of that behaviour (造成这些行为的原因). */
  CAUSE,
  /** Satisfaction or dissatisfaction, which the behaviour and its causes lead to (导致顾客满意或不满意). */
  OUTCOME;

  @Override
  public String code() {
    return name();
  }
}
