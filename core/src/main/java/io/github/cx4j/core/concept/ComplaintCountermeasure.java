/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The countermeasures to complaints of course file "Customer Satisfaction Management" (项目四 客户满意管理),
 * slide "解决顾客投诉问题的对策", in its two {@link CountermeasureBranch branches}: four to reduce the
 * occurrence of complaints (减少投诉的产生) and four to handle complaints effectively (有效处理顾客投诉).
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ComplaintCountermeasure implements Labelled {
  /** Sell good products (销售优良的商品). */
  SELL_GOOD_PRODUCTS(CountermeasureBranch.REDUCE_COMPLAINTS),
  /** Provide good service (提供良好的服务). */
  PROVIDE_GOOD_SERVICE(CountermeasureBranch.REDUCE_COMPLAINTS),
  /** Train complaint handling (加强投诉处理的培训). */
  TRAIN_COMPLAINT_HANDLING(CountermeasureBranch.REDUCE_COMPLAINTS),
  /** Build a new corporate culture around total customer satisfaction (围绕“顾客完全满意”建设新的企业文化). */
  TOTAL_SATISFACTION(CountermeasureBranch.REDUCE_COMPLAINTS),
  /** Make complaining easy (为顾客投诉提供便利). */
  MAKE_COMPLAINING_EASY(CountermeasureBranch.HANDLE_EFFECTIVELY),
  /** Set up a handling mechanism (建立处理顾客投诉的机制). */
  HANDLING_MECHANISM(CountermeasureBranch.HANDLE_EFFECTIVELY),
  /** Follow the handling steps (处理顾客投诉的主要步骤). */
  HANDLING_STEPS(CountermeasureBranch.HANDLE_EFFECTIVELY),
  /** Build a complaint-management system (构建顾客投诉管理系统). */
  MANAGEMENT_SYSTEM(CountermeasureBranch.HANDLE_EFFECTIVELY);

  private final CountermeasureBranch branch;

  ComplaintCountermeasure(CountermeasureBranch branch) {
    this.branch = branch;
  }

  @Override
  public String code() {
    return name();
  }

  /**
   * The branch of the slide this countermeasure stands under.
   *
   * @return reduce complaints, or handle them effectively
   */
  public CountermeasureBranch branch() {
    return branch;
  }
}
