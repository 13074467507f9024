/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/**
 * The common criteria for judging strategic customers (course file "Understanding Customer
 * Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum StrategicCriterion implements Labelled {
  /** Deal size (交易的规模). */
  DEAL_SIZE,
  /** Influence on other customers (对其他客户群体的影响). */
  INFLUENCE,
  /** Stability (客户的稳定性). */
  STABILITY,
  /** Competition for the customer (同类企业的竞争). */
  COMPETITION,
  /** Unique value-add opportunity (独特的增值机会). */
  VALUE_ADD_OPPORTUNITY,
  /** Cost-saving opportunity (节约成本的机会). */
  COST_SAVING_OPPORTUNITY,
  /** Future potential (客户未来的可能性). */
  FUTURE_POTENTIAL;

  @Override
  public String code() {
    return name();
  }
}
