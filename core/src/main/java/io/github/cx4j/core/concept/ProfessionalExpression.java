/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Professional ways of expressing oneself to customers (course file "Customer Relationship
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ProfessionalExpression implements Labelled {
  /** Choose positive words (选择积极的用词与方式). */
  POSITIVE_WORDING,
  /** Say we instead of you (善用“我们”来代替“你”). */
  SAY_WE,
  /** Protect the company's image (在客户面前维护企业的形象). */
  PROTECT_COMPANY_IMAGE;

  @Override
  public String code() {
    return name();
  }
}
