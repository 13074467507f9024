/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * How to respond to a dissatisfied customer (course file "Customer Satisfaction Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum DissatisfactionResponse implements Labelled {
  /** Respond with a good attitude (以良好的态度应对). */
  GOOD_ATTITUDE,
  /** Understand the hope behind it (了解不满背后的希望). */
  UNDERSTAND_THE_HOPE,
  /** Act to defuse the feelings (行动化解不满情绪). */
  ACT_TO_DEFUSE,
  /** Delight the dissatisfied customer (让不满的顾客惊喜). */
  DELIGHT;

  @Override
  public String code() {
    return name();
  }
}
