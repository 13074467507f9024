/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.internal.Texts;
import java.util.Locale;

/**
 * The four listening techniques of course file "Customer Relationship Management" (倾听的技巧), each
 * with the seed's example phrase ({@link #example(Locale)}).
 */
public enum ListeningTechnique implements Labelled {
  /** Reflect feelings (读心): "You must be very worried." */
  REFLECT_FEELINGS,
  /** Paraphrase (复述): "What you just said was ..." */
  PARAPHRASE,
  /** Encourage (鼓励): "I see, please go on." */
  ENCOURAGE,
  /** Guide (指导): "Shall we first look at the cause, then find a solution?" */
  GUIDE;

  @Override
  public String code() {
    return name();
  }

  /**
   * The seed's example phrase.
   *
   * @param locale the language
   * @return the phrase
   */
  public String example(Locale locale) {
    return Texts.text(this, "example", locale);
  }
}
