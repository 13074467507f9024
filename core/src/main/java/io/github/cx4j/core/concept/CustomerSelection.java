/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Choosing customers, course file "Understanding Customer Service" (全面认识客户服务, chapter 客户服务概述),
 * slides on dividing customers by the company's own interest and on managing them: best and worst
 * customers, quality customers, the ideal-customer profile, the value/price ratio customers see and
 * cost awareness. The figures of the slides (客户矩阵, 价值价格比) are lost in the extracted text; the
 * descriptions keep what the text says.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CustomerSelection implements Labelled {
  /** Best customers and worst customers (最佳客户和最差客户). */
  BEST_AND_WORST,
  /** Choose quality customers (选择优质客户). */
  QUALITY_CUSTOMERS,
  /** The ideal-customer profile (客户特性描述). */
  IDEAL_PROFILE,
  /** The value/price ratio customers see, and the company's direction (客户认识企业的价值价格比以及企业的选择方向). */
  VALUE_PRICE_RATIO,
  /** Be cost-aware when serving customers (为客户提供服务时要有成本意识). */
  COST_AWARENESS;

  @Override
  public String code() {
    return name();
  }
}
