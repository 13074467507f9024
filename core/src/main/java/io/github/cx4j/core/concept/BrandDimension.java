/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The five dimensions of becoming a brand, a funnel from awareness to dependence (course file
 * "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum BrandDimension implements Labelled {
  /** Awareness (知名度). */
  AWARENESS,
  /** Reputation (美誉度). */
  REPUTATION,
  /** Satisfaction (满意度). */
  SATISFACTION,
  /** Loyalty (忠诚度). */
  LOYALTY,
  /** Dependence (依赖度). */
  DEPENDENCE;

  @Override
  public String code() {
    return name();
  }
}
