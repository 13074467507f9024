/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The three ideas at the heart of customer satisfaction (course file "CS Theory and Keeping
 * Customers").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CsTenet implements Labelled {
  /** Customer first (顾客第一). */
  CUSTOMER_FIRST,
  /** The customer is always right (顾客总是对的). */
  CUSTOMER_IS_ALWAYS_RIGHT,
  /** Employees are kings too (员工也是上帝). */
  EMPLOYEES_ARE_KINGS_TOO;

  @Override
  public String code() {
    return name();
  }
}
