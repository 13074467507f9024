/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/**
 * Customers classified by their nature (course file "Understanding Customer Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CustomerKind implements Labelled {
  /** Retail customer (零售客户). */
  RETAIL,
  /** Merchant (商家). */
  MERCHANT,
  /** Channel (distributor, franchisee) (渠道(分销商和特许经营者)). */
  CHANNEL,
  /** Internal customer (内部客户). */
  INTERNAL;

  @Override
  public String code() {
    return name();
  }
}
