/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The three value orientations a company can choose (course file "Customer Relationship
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ValueDiscipline implements Labelled {
  /** Product leadership (产品领先). */
  PRODUCT_LEADERSHIP,
  /** Operational excellence (流程卓越). */
  OPERATIONAL_EXCELLENCE,
  /** Service first (customer intimacy) (服务至上). */
  SERVICE_FIRST;

  @Override
  public String code() {
    return name();
  }
}
