/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/**
 * Four things to heed when managing customers by tier (course file "Understanding Customer
 * Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum TierManagementAspect implements Labelled {
  /** Attributes differ by tier (属性和特征各异). */
  ATTRIBUTES_DIFFER,
  /** Views of quality differ (看待服务质量的方法不同). */
  QUALITY_VIEWS_DIFFER,
  /** Purchase drivers differ (购买推动要素不同). */
  PURCHASE_DRIVERS_DIFFER,
  /** Profit impact differs (赢利影响存在差异). */
  PROFIT_IMPACT_DIFFERS;

  @Override
  public String code() {
    return name();
  }
}
