/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The forward-looking indicators that matter beside financial reports (course file "All-Staff
 * Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ForwardIndicator implements Labelled {
  /** Customer satisfaction (客户满意度). */
  CUSTOMER_SATISFACTION,
  /** Employee satisfaction (员工满意度). */
  EMPLOYEE_SATISFACTION,
  /** Customer loyalty (客户忠诚度). */
  CUSTOMER_LOYALTY;

  @Override
  public String code() {
    return name();
  }
}
