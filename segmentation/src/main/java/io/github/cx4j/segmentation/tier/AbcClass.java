/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.tier;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.customer.CustomerTier;

/**
 * The classes of a Pareto/ABC analysis by cumulative share of value (default cut-offs 80% and 95%),
 * and the separate class of customers whose value is zero or negative.
 */
public enum AbcClass implements Labelled {
  /** The customers who together make up the first share of value (80% by default). */
  A(CustomerTier.SUPER_HEAVYWEIGHT),
  /** The customers of the next share of value (up to 95% by default). */
  B(CustomerTier.HEAVYWEIGHT),
  /** The remaining customers with a positive value. */
  C(CustomerTier.LIGHTWEIGHT),
  /** Customers whose value is zero or negative: outside the cumulative shares. */
  NON_POSITIVE(CustomerTier.LIGHTWEIGHT);

  private final CustomerTier customerTier;

  AbcClass(CustomerTier customerTier) {
    this.customerTier = customerTier;
  }

  /**
   * The tier of course file "Understanding Customer Service" this class corresponds to (A
   * super-heavyweight, B heavyweight, C and non-positive lightweight), which gives its service
   * approach.
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
