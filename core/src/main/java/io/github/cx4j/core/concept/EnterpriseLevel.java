/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Fourth-rate companies sell products, third-rate brands, second-rate standards, first-rate service
 * (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum EnterpriseLevel implements Labelled {
  /** Fourth-rate: sells products (四流企业卖产品). */
  SELLS_PRODUCTS,
  /** Third-rate: sells brands (三流企业卖品牌). */
  SELLS_BRANDS,
  /** Second-rate: sells standards (二流企业卖标准). */
  SELLS_STANDARDS,
  /** First-rate: sells service (一流企业卖服务). */
  SELLS_SERVICE;

  @Override
  public String code() {
    return name();
  }
}
