/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * What complaints are worth to a company (course file "Customer Satisfaction Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ComplaintValue implements Labelled {
  /** Stops customers leaving (阻止顾客流失). */
  STOP_CHURN,
  /** Limits negative effects (减少负面影响). */
  LIMIT_DAMAGE,
  /** Free market information (免费的市场信息). */
  FREE_MARKET_INFORMATION,
  /** Early crisis warning (预警危机). */
  CRISIS_WARNING;

  @Override
  public String code() {
    return name();
  }
}
