/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The positionings that decide what a service delivers; the seed counts the value positioning as
 * the eighth (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServicePositioning implements Labelled {
  /** Customer positioning (客户定位). */
  CUSTOMER,
  /** Need positioning (需求定位). */
  NEED,
  /** Service-standard positioning (服务标准定位). */
  SERVICE_STANDARD,
  /** Competitive-strategy positioning (竞争策略定位). */
  COMPETITIVE_STRATEGY,
  /** Product positioning (产品定位). */
  PRODUCT,
  /** Service-feature positioning (服务特色定位). */
  SERVICE_FEATURE,
  /** Value positioning (价值定位). */
  VALUE;

  @Override
  public String code() {
    return name();
  }
}
