/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The stages at which service satisfaction arises (course file "Customer Satisfaction Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceStage implements Labelled {
  /** Pre-sale (售前). */
  PRE_SALE,
  /** During the sale (售中). */
  IN_SALE,
  /** After-sale (售后). */
  AFTER_SALE,
  /** Product life cycle (产品生命周期). */
  LIFE_CYCLE;

  @Override
  public String code() {
    return name();
  }
}
