/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.strategy;

import io.github.cx4j.core.Labelled;

/**
 * The seven common criteria of course file "Understanding Customer Service" for choosing strategic
 * customers, those with a long-term effect on the company (确定对企业具有长远利益影响的战略客户). Each is rated so
 * that a higher rating means a more strategic customer on that criterion.
 */
public enum StrategicCriterion implements Labelled {
  /** ① The size of the customer's business with the company (客户与企业进行交易的规模). */
  DEAL_SIZE,
  /** ② The customer's influence on other customer groups (对其他客户群体的影响). */
  INFLUENCE,
  /** ③ The customer's stability (客户的稳定性). */
  STABILITY,
  /** ④ Competition by similar companies for the same customer (同类企业为争取相同的目标客户而竞争). */
  COMPETITION,
  /** ⑤ Opportunities for unique added value (独特的增值机会). */
  UNIQUE_VALUE_ADD,
  /** ⑥ Opportunities to save cost (节约成本的机会). */
  COST_SAVING,
  /** ⑦ The customer's future potential (客户未来的可能性). */
  FUTURE_POTENTIAL;

  @Override
  public String code() {
    return name();
  }
}
