/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * What customers feel in special service (course file "Customer Relationship Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum SpecialServiceTrait implements Labelled {
  /** Attention on you personally (将注意力集中在你个人). */
  FOCUS_ON_YOU,
  /** Determined to satisfy you (决意使你感到满意). */
  DETERMINED_TO_SATISFY,
  /** Easy to deal with (容易打交道). */
  EASY_TO_DEAL_WITH,
  /** Proud, personalised service (自豪的个人化服务). */
  PROUD_PERSONAL_SERVICE;

  @Override
  public String code() {
    return name();
  }
}
