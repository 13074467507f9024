/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The three traits of good service (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum GoodServiceTrait implements Labelled {
  /** Use all your resources (善用你所有的资源). */
  USE_ALL_RESOURCES,
  /** Exceed expectations (delight) (提供超越客户期望的体验). */
  DELIGHT_BEYOND_EXPECTATIONS,
  /** Create more value than competitors (创造高于竞争对手的价值). */
  SUPERIOR_VALUE;

  @Override
  public String code() {
    return name();
  }
}
