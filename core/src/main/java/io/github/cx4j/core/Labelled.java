/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

import io.github.cx4j.core.internal.Texts;
import java.util.Locale;

/**
 * A concept with a stable English code and labels and descriptions in English and Chinese.
 *
 * <p>Texts come from resource bundles named {@code messages} in the package of the implementing
 * type ({@code messages.properties} in English, {@code messages_zh.properties} in Chinese, both
 * UTF-8) under the keys {@code <SimpleTypeName>.<code>.label} and {@code
 * <SimpleTypeName>.<code>.description}. Any locale whose language is not Chinese gets English: the
 * JVM's default locale is never consulted.
 *
 * <p>The code of a concept never changes once released; labels may improve.
 */
public interface Labelled {

  /**
   * The stable English code, for example {@code "BEHAVIOUR_SATISFACTION"}.
   *
   * @return the code; for enums, the constant's name
   */
  String code();

  /**
   * The short label in the given language.
   *
   * @param locale {@link Locale#CHINESE} (or any {@code zh} locale) for Chinese, anything else for
   *     English
   * @return the label, never empty
   */
  default String label(Locale locale) {
    return Texts.text(this, "label", locale);
  }

  /**
   * A one-line description in the given language.
   *
   * @param locale {@link Locale#CHINESE} for Chinese, anything else for English
   * @return the description, never empty
   */
  default String description(Locale locale) {
    return Texts.text(this, "description", locale);
  }

  /**
   * The English and Chinese label together, as in course material: {@code "Mind satisfaction
   * (理念满意)"}.
   *
   * @return the bilingual label
   */
  default String bilingualLabel() {
    return label(Locale.ENGLISH) + " (" + label(Locale.CHINESE) + ")";
  }
}
