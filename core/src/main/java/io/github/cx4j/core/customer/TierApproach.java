/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/**
 * The service approach for a {@link CustomerTier}: course file "Understanding Customer Service"
 * says each tier needs its own management approach and that service must be cost-aware; these are
 * the approaches cx4j pairs with the four tiers.
 */
public enum TierApproach implements Labelled {
  /** A dedicated team, senior attention and tailored solutions. */
  DEDICATED_PARTNERSHIP,
  /** A named account manager, regular reviews and priority service. */
  PROACTIVE_ACCOUNT_MANAGEMENT,
  /** Targeted offers and cross-selling to move the customer up a tier. */
  GROWTH_DEVELOPMENT,
  /** Standardised, self-service, low-cost channels. */
  EFFICIENT_STANDARD_SERVICE;

  @Override
  public String code() {
    return name();
  }
}
