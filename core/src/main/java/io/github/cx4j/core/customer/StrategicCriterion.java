/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import io.github.cx4j.core.Labelled;

/**
 * The seven common criteria for choosing strategic customers, those with a long-term effect on the
 * company (确定对企业具有长远利益影响的战略客户), from course file "Understanding Customer Service" (全面认识客户服务), slide
 * "客户的管理". Each is rated so that a higher rating means a more strategic customer on that criterion;
 * {@code segmentation.strategy.StrategicCustomers} ranks customers by a weighted sum of the
 * ratings. This is the one type of these criteria in cx4j.
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
  UNIQUE_VALUE_ADD,
  /** Cost-saving opportunity (节约成本的机会). */
  COST_SAVING,
  /** Future potential (客户未来的可能性). */
  FUTURE_POTENTIAL;

  @Override
  public String code() {
    return name();
  }
}
