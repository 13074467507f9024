/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The three rules of expression in service (course file "Customer Relationship Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ExpressionRule implements Labelled {
  /** People are most interested in themselves (人们对自己都有强烈的兴趣). */
  SELF_INTEREST,
  /** Give positive information (提供正面的信息). */
  POSITIVE_INFORMATION,
  /** Let others save face (给别人面子). */
  SAVE_FACE;

  @Override
  public String code() {
    return name();
  }
}
