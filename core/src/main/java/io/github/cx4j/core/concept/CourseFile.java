/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The five files of the customer-satisfaction course that cx4j models, in the course's order. The
 * label is the file's title, the way cx4j cites it ("course file ..."); the description says what
 * the file covers. The Chinese label is the file's own title.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CourseFile implements Labelled {
  /** CS theory, the CS system, CS and CI, keeping customers for ever (a 39-slide outline). */
  CS_THEORY,
  /** Li Huali's slides on customer relationship management (in Traditional Chinese). */
  CRM,
  /** The chapter "overview of customer service": service, customers, tiers, strategies. */
  CUSTOMER_SERVICE,
  /** Project four, customer-satisfaction management: satisfaction, dissatisfaction, complaints. */
  SATISFACTION_MANAGEMENT,
  /** Blog notes of five lectures on all-staff service. */
  ALL_STAFF_SERVICE;

  @Override
  public String code() {
    return name();
  }
}
