/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The nine basic characteristics of customer satisfaction (course file "CS Theory and Keeping
 * Customers").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum CsCharacteristic implements Labelled {
  /** Objective (客观性). */
  OBJECTIVE,
  /** Social (社会性). */
  SOCIAL,
  /** Strategic (战略性). */
  STRATEGIC,
  /** Systemic (系统性). */
  SYSTEMIC,
  /** Creative (创造性). */
  CREATIVE,
  /** Competitive (竞争性). */
  COMPETITIVE,
  /** Relatively stable (相对稳定性). */
  RELATIVELY_STABLE,
  /** Communicable (传播性). */
  COMMUNICABLE,
  /** Standard (标准性). */
  STANDARD;

  @Override
  public String code() {
    return name();
  }
}
