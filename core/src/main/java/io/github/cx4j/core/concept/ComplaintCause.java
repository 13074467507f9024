/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The three sources of complaints (course file "Customer Satisfaction Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ComplaintCause implements Labelled {
  /** The company (企业自身的原因). */
  COMPANY,
  /** The customer (顾客的原因). */
  CUSTOMER,
  /** The environment (环境因素). */
  ENVIRONMENT;

  @Override
  public String code() {
    return name();
  }
}
