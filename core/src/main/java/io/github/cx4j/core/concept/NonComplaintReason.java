/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Why dissatisfied customers stay silent (course file "Customer Satisfaction Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum NonComplaintReason implements Labelled {
  /** Not worth the time and effort (不值得花费时间和精力). */
  NOT_WORTH_IT,
  /** Culture or background (文化或背景的反映). */
  CULTURE,
  /** Do not know where or how (不知道到哪里去投诉及怎样投诉). */
  DONT_KNOW_HOW,
  /** Think nobody cares (担心没有人会关心). */
  NOBODY_CARES,
  /** Unhappy with past outcomes (对投诉的结果不满意). */
  UNHAPPY_WITH_PAST_OUTCOMES;

  @Override
  public String code() {
    return name();
  }
}
