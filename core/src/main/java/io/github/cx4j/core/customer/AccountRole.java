/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/**
 * The roles found by the three questions of customer-group identification (course file
 * "Understanding Customer Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum AccountRole implements Labelled {
  /** Payer (source of revenue) (付款方(收入来源)). */
  PAYER,
  /** Decision maker (决策者). */
  DECISION_MAKER,
  /** Beneficiary (受益者). */
  BENEFICIARY;

  @Override
  public String code() {
    return name();
  }
}
