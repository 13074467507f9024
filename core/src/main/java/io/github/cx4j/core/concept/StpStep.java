/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The three steps of strategic marketing thinking (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum StpStep implements Labelled {
  /** Segmentation (细分市场). */
  SEGMENTATION,
  /** Targeting (目标客户群). */
  TARGETING,
  /** Positioning (价值定位). */
  POSITIONING;

  @Override
  public String code() {
    return name();
  }
}
