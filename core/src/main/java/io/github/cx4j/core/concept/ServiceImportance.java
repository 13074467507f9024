/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Why customer service matters to the company, course file "Understanding Customer Service"
 * (全面认识客户服务, chapter 客户服务概述), slide "客户服务对企业的重要性": four headings, the first two with their reasons.
 * The course's headings are cut in the extracted text ("最好的", "巨大"); cx4j completes them as 宣传 and
 * 效益 and says so.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceImportance implements Labelled {
  /** Good service is the company's best publicity (优质、满意的客户服务是企业本身最好的宣传). */
  BEST_PUBLICITY,
  /** Good service brings the company great benefit (优质、满意的客户服务能给企业带来巨大效益). */
  GREAT_BENEFIT,
  /** Good service prevents the loss of customers (优质、满意的客户服务是企业防止客户流失的保障). */
  PREVENTS_LOSS,
  /** Good service lets the company grow (优质、满意的客户服务是企业发展壮大的基础). */
  GROWTH;

  @Override
  public String code() {
    return name();
  }
}
