/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The aspects of product satisfaction; quality is the basic one (course file "Customer Satisfaction
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ProductSatisfactionAspect implements Labelled {
  /** Quality (质量). */
  QUALITY,
  /** Price (价格). */
  PRICE,
  /** Design (设计). */
  DESIGN,
  /** Packaging (包装). */
  PACKAGING,
  /** Timeliness (时效). */
  TIMELINESS;

  @Override
  public String code() {
    return name();
  }
}
