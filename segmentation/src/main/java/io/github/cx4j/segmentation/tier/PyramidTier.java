/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.tier;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.customer.CustomerTier;

/**
 * The four tiers of the customer pyramid of Zeithaml, Rust and Lemon (2001): platinum (the most
 * profitable, heavy users, not overly price sensitive), gold (profitable but more price sensitive),
 * iron (the many that give volume) and lead (customers who cost more than they bring).
 */
public enum PyramidTier implements Labelled {
  /** The most profitable customers. */
  PLATINUM(CustomerTier.SUPER_HEAVYWEIGHT),
  /** Profitable, but less so and more price sensitive. */
  GOLD(CustomerTier.HEAVYWEIGHT),
  /** Essential volume, with margins that do not merit special treatment. */
  IRON(CustomerTier.SUB_HEAVYWEIGHT),
  /** Customers who cost the company more than they bring. */
  LEAD(CustomerTier.LIGHTWEIGHT);

  private final CustomerTier customerTier;

  PyramidTier(CustomerTier customerTier) {
    this.customerTier = customerTier;
  }

  /**
   * The tier of course file "Understanding Customer Service" in the same position, which gives the
   * service approach.
   *
   * @return the tier
   */
  public CustomerTier customerTier() {
    return customerTier;
  }

  @Override
  public String code() {
    return name();
  }
}
