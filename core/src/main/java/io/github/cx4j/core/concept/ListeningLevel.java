/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;

/**
 * The four things to listen for (course file "Customer Relationship Management").
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ListeningLevel implements Labelled {
  /** Surface facts (听表面事实). */
  FACTS,
  /** Specific content (听具体内容). */
  CONTENT,
  /** Subtext (听言外之音). */
  SUBTEXT,
  /** Emotion (听对方情绪). */
  EMOTION;

  @Override
  public String code() {
    return name();
  }
}
