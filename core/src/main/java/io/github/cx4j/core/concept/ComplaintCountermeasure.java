/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * How to reduce complaints and handle them effectively (course file "Customer Satisfaction
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ComplaintCountermeasure implements Labelled {
  /** Sell good products (销售优良的商品). */
  SELL_GOOD_PRODUCTS,
  /** Provide good service (提供良好的服务). */
  PROVIDE_GOOD_SERVICE,
  /** Train complaint handling (加强投诉处理的培训). */
  TRAIN_COMPLAINT_HANDLING,
  /** Build around total satisfaction (围绕“顾客完全满意”建设). */
  TOTAL_SATISFACTION,
  /** Make complaining easy (为顾客投诉提供便利). */
  MAKE_COMPLAINING_EASY,
  /** Set up a handling mechanism (建立处理顾客投诉的机制). */
  HANDLING_MECHANISM,
  /** Follow the handling steps (处理顾客投诉的主要步骤). */
  HANDLING_STEPS,
  /** Build a complaint-management system (构建顾客投诉管理系统). */
  MANAGEMENT_SYSTEM;

  @Override
  public String code() {
    return name();
  }
}
