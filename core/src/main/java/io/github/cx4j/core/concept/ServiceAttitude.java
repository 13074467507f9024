/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The five attitudes trained in all-staff service (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceAttitude implements Labelled {
  /** Towards yourself (对自己的态度). */
  TOWARDS_SELF,
  /** Towards customers (对客户的态度). */
  TOWARDS_CUSTOMERS,
  /** Towards the product or service (对产品或服务的态度). */
  TOWARDS_PRODUCT,
  /** Towards work (对工作的态度). */
  TOWARDS_WORK,
  /** Towards difficulties and setbacks (对困难挫折的态度). */
  TOWARDS_SETBACKS;

  @Override
  public String code() {
    return name();
  }
}
