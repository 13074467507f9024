/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * How to achieve product satisfaction (course file "Customer Satisfaction Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ProductSatisfactionStep implements Labelled {
  /** Understand customer needs (了解顾客需求). */
  UNDERSTAND_NEEDS,
  /** Adapt to customer needs (适应顾客需求). */
  ADAPT_TO_NEEDS,
  /** Provide satisfying products (提供满意的产品). */
  PROVIDE_SATISFYING_PRODUCTS;

  @Override
  public String code() {
    return name();
  }
}
