/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The expression model, course file "Customer Relationship Management" (李华丽《客户关系管理》), slide "表達模式":
 * express yourself honestly instead of criticising or blaming; stimulus, reaction, response (刺激 →
 * 反應 → 回應). An ordered chain; walk it with {@link ConceptFlow}.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ExpressionStep implements Labelled {
  /** The stimulus (刺激). */
  STIMULUS,
  /** The reaction (反应). */
  REACTION,
  /** The response (回应). */
  RESPONSE;

  @Override
  public String code() {
    return name();
  }
}
