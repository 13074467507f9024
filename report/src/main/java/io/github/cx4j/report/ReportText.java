/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.internal.Texts;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The report's texts in one language, from this package's bundles ({@code
 * io/github/cx4j/report/messages.properties} and {@code messages_zh.properties}, UTF-8). Chinese
 * for a locale whose language is {@code zh}, English otherwise; the JVM's default locale is never
 * consulted. The bundles are looked up for this class's module, so the same code works on the class
 * path and on the module path (where a custom {@link ResourceBundle.Control} is not allowed).
 */
public final class ReportText {
  private static final String BUNDLE = "io.github.cx4j.report.messages";

  private final Locale locale;
  private final ResourceBundle bundle;

  private ReportText(Locale locale, ResourceBundle bundle) {
    this.locale = locale;
    this.bundle = bundle;
  }

  /**
   * The texts of a language.
   *
   * @param locale the language; {@code zh} gives Chinese (in the Traditional script, with Taiwan's
   *     words, for {@code zh-TW} and {@code zh-Hant}; in the Traditional script for {@code zh-HK}
   *     and {@code zh-MO}), anything else English
   * @return the texts
   */
  public static ReportText of(Locale locale) {
    // core's rule for the bundle locale (zh_TW, zh_HK, zh or the base bundle) and its one bundle
    // resolver: the JVM's default locale never decides the language
    Locale effective = Texts.effective(locale);
    ResourceBundle bundle = Texts.bundle(BUNDLE, effective, ReportText.class.getModule());
    return new ReportText(effective == Locale.ROOT ? Locale.ENGLISH : effective, bundle);
  }

  /**
   * The language, for the labels of the library's values: {@link Locale#ENGLISH}, {@link
   * Locale#CHINESE}, {@link Locale#TRADITIONAL_CHINESE} (Taiwan) or {@code zh-HK}.
   *
   * @return the locale
   */
  public Locale locale() {
    return locale;
  }

  /**
   * Whether the texts are Chinese.
   *
   * @return true for Chinese
   */
  public boolean chinese() {
    return "zh".equals(locale.getLanguage());
  }

  /**
   * One text.
   *
   * @param key the bundle key
   * @return the text
   * @throws CxValidationException if the bundle has no such key
   */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw CxValidationException.withMessage(
          "ReportText.key", "No text for " + key + " in " + BUNDLE + " (" + locale + ")");
    }
  }

  /**
   * A text with {@link String#format(Locale, String, Object...)} placeholders filled, numbers
   * formatted with {@link Locale#ROOT} (a decimal point in every language).
   *
   * @param key the bundle key
   * @param args the arguments
   * @return the text
   */
  public String format(String key, Object... args) {
    return String.format(Locale.ROOT, get(key), args);
  }

  /**
   * A number with a fixed number of decimals and a decimal point.
   *
   * @param value the number
   * @param decimals the decimals
   * @return the text
   */
  public static String number(double value, int decimals) {
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  /**
   * A share as a percentage with one decimal.
   *
   * @param share the share, 0..1
   * @return for example {@code "12.5%"}
   */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }
}
