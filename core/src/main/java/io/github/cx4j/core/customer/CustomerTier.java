/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/**
 * The four-tier customer model of course file "Understanding Customer Service" (客户层级): a few
 * customers bring most of the profit (the Pareto principle), and each tier needs its own service
 * approach. Tiers are ordered from the most to the least profitable; {@link #rank()} is 1 for
 * {@link #SUPER_HEAVYWEIGHT}.
 */
public enum CustomerTier implements Labelled {
  /** The few customers who bring most of the profit (超重量级). */
  SUPER_HEAVYWEIGHT(1, TierApproach.DEDICATED_PARTNERSHIP),
  /** Large contribution just below the top (重量级). */
  HEAVYWEIGHT(2, TierApproach.PROACTIVE_ACCOUNT_MANAGEMENT),
  /** Moderate contribution (次重量级). */
  SUB_HEAVYWEIGHT(3, TierApproach.GROWTH_DEVELOPMENT),
  /** The many customers with a small share of the profit (轻量级). */
  LIGHTWEIGHT(4, TierApproach.EFFICIENT_STANDARD_SERVICE);

  private final int rank;
  private final TierApproach approach;

  CustomerTier(int rank, TierApproach approach) {
    this.rank = rank;
    this.approach = approach;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The service approach for this tier.
   *
   * @return the approach, a bilingual concept
   */
  public TierApproach serviceApproach() {
    return approach;
  }

  /**
   * The tier's rank by profitability.
   *
   * @return 1 (super-heavyweight) to 4 (lightweight)
   */
  public int rank() {
    return rank;
  }
}
