/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Why handling customers' dissatisfaction matters (course file "Customer Satisfaction Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum DissatisfactionValue implements Labelled {
  /** Better reputation (提高企业美誉度). */
  REPUTATION,
  /** Higher loyalty (提高顾客忠诚度). */
  LOYALTY,
  /** A cure for the company (治病良药). */
  REMEDY;

  @Override
  public String code() {
    return name();
  }
}
