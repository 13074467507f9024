/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.internal.Texts;
import java.util.Locale;

/**
 * Beliefs the course corrects, each with its {@link #correction(Locale) correction}: "要六樣給八樣 — 錯！"
 * of course file "Customer Relationship Management" (李华丽《客户关系管理》), slide "什麼樣的服務令你念念不忘", and the
 * pessimistic and optimistic readings of fate of course file "All-Staff Service" (【客户服务】全员服务),
 * lecture five.
 *
 * <p>Labels and descriptions in English and Chinese come from this package's {@code messages}
 * bundles.
 */
public enum ServiceMyth implements Labelled {
  /** The key to special service is giving more: asked for six things, give eight (要六样给八样 — 错！). */
  MORE_IS_SPECIAL,
  /** "Gain is my luck, loss is my fate" (得之我幸，失之我命). */
  GAIN_IS_LUCK_LOSS_IS_FATE;

  @Override
  public String code() {
    return name();
  }

  /**
   * What the course says instead of the myth (the myth itself is the {@link #label(Locale) label}).
   *
   * @param locale the language
   * @return the correction
   */
  public String correction(Locale locale) {
    return Texts.text(this, "correction", locale);
  }
}
