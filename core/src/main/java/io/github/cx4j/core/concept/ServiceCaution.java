/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The ten cautions about what service is and is not (course file "All-Staff Service").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceCaution implements Labelled {
  /** Action, not slogans (服务不是口号,而是行动). */
  ACTION_NOT_SLOGAN,
  /** A mechanism, not a document (服务不是文件,而是机制). */
  MECHANISM_NOT_DOCUMENT,
  /** An operable process, not a report (服务不是报告,而是可操作流程). */
  PROCESS_NOT_REPORT,
  /** Make service the product (把服务做成产品). */
  SERVICE_AS_PRODUCT,
  /** A lasting positive relationship (与客户建立长久的正面关系). */
  LASTING_RELATIONSHIP,
  /** Not about making money (服务不是赚钱). */
  NOT_ABOUT_MONEY,
  /** From the heart, not a form (服务发自内心). */
  FROM_THE_HEART,
  /** Needs process improvement and culture (需要过程改善和企业文化支撑). */
  NEEDS_PROCESS_AND_CULTURE,
  /** The customer must feel it (让客户感觉到你的好). */
  CUSTOMER_MUST_FEEL_IT,
  /** A core competitive resource (服务是核心竞争力). */
  CORE_COMPETENCE;

  @Override
  public String code() {
    return name();
  }
}
