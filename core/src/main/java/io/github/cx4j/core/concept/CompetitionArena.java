/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The four traditional arenas of competition; when they level out, service decides (course file
 * "Understanding Customer Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CompetitionArena implements Labelled {
  /** Product quality (产品质量的竞争). */
  PRODUCT_QUALITY,
  /** After-sales service (产品售后服务的竞争). */
  AFTER_SALES_SERVICE,
  /** Brand awareness (品牌知名度的竞争). */
  BRAND_AWARENESS,
  /** Price (价格竞争). */
  PRICE;

  @Override
  public String code() {
    return name();
  }
}
