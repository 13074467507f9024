/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * What makes a service memorable: not simply giving more (course file "Customer Relationship
 * Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum MemorableServiceTrait implements Labelled {
  /** Unexpected (出乎意料). */
  UNEXPECTED,
  /** Costs little or nothing (花费少或免费). */
  LOW_COST,
  /** Takes little extra time (只用去极少时间). */
  LITTLE_TIME,
  /** Sets the provider apart (有别于竞争对手). */
  DISTINCTIVE,
  /** Better or more personal (做得更好或更个人化). */
  BETTER_OR_PERSONAL;

  @Override
  public String code() {
    return name();
  }
}
