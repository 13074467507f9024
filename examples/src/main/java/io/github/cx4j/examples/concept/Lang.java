/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.concept;

import java.util.Locale;

/** The output languages of the concept commands. */
enum Lang {
  en(Locale.ENGLISH),
  zh(Locale.CHINESE),
  zh_TW(Locale.TRADITIONAL_CHINESE),
  zh_HK(Locale.forLanguageTag("zh-HK"));

  final Locale locale;

  Lang(Locale locale) {
    this.locale = locale;
  }
}
