/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * Thought, emotion, behaviour, result, course file "Customer Relationship Management"
 * (李华丽《客户关系管理》), slide "你有怎樣的思想就有怎樣的生活" (思想 → 情緒 → 行為 → 結果). An ordered chain; walk it with {@link
 * ConceptFlow}.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ThoughtChainStep implements Labelled {
  /** Thought (思想). */
  THOUGHT,
  /** Emotion (情绪). */
  EMOTION,
  /** Behaviour (行为). */
  BEHAVIOUR,
  /** Result (结果). */
  RESULT;

  @Override
  public String code() {
    return name();
  }
}
