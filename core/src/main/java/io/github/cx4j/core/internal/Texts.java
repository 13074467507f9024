/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.internal;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The one resolver of bundle texts: labels, descriptions and further texts of a {@link Labelled}
 * concept, read from the {@code messages} bundles of the concept's package under {@code
 * <SimpleTypeName>.<CODE>.<kind>}. Traditional Chinese as written in Taiwan ({@code
 * messages_zh_TW}) for {@code zh-TW} and for {@code zh-Hant} without a region; Traditional Chinese
 * as written in Hong Kong ({@code messages_zh_HK}: the same characters, without Taiwan's words such
 * as 行銷 or 資訊) for {@code zh-HK} and {@code zh-MO}; Simplified Chinese ({@code messages_zh}) for
 * any other {@code zh} locale; English (the base bundle) otherwise.
 *
 * <p>The bundles are looked up on behalf of the module that holds the concept's type ({@link
 * ResourceBundle#getBundle(String, Locale, Module)}), so the same code works on the class path and
 * on the module path, where a custom {@link ResourceBundle.Control} is not allowed. Properties
 * files are read as UTF-8 (the default since Java 9). A bundle the lookup finds for the JVM's
 * default locale instead of the requested language is never used.
 */
public final class Texts {

  private Texts() {}

  /**
   * The text of the given kind.
   *
   * @param concept the concept
   * @param kind the key suffix, for example {@code "label"} or {@code "phrase"}
   * @param locale the language
   * @return the non-blank text
   * @throws CxValidationException if the bundle or the key is missing, or the text is blank
   */
  public static String text(Labelled concept, String kind, Locale locale) {
    Class<?> type = concept instanceof Enum<?> e ? e.getDeclaringClass() : concept.getClass();
    String bundleName = type.getPackageName() + ".messages";
    Locale effective = effective(locale);
    String key = type.getSimpleName() + "." + concept.code() + "." + kind;
    String value;
    try {
      value = bundle(bundleName, effective, type.getModule()).getString(key);
    } catch (MissingResourceException ex) {
      throw CxValidationException.withMessage(
          bundleName + "." + key,
          "No "
              + kind
              + " for "
              + type.getSimpleName()
              + "."
              + concept.code()
              + " in bundle "
              + bundleName
              + " ("
              + (effective.getLanguage().isEmpty() ? "en" : effective.toLanguageTag())
              + ")");
    }
    if (value.isBlank()) {
      throw CxValidationException.of(bundleName + "." + key, "not be blank", value);
    }
    return value;
  }

  /** The bundle locale of Hong Kong and Macao. */
  public static final Locale HONG_KONG = Locale.forLanguageTag("zh-HK");

  /**
   * The bundle locale that serves a requested locale: {@link Locale#TRADITIONAL_CHINESE} (Taiwan),
   * {@link #HONG_KONG}, {@link Locale#CHINESE} or {@link Locale#ROOT}.
   *
   * @param locale the requested locale
   * @return the bundle locale
   */
  public static Locale effective(Locale locale) {
    if (!"zh".equals(locale.getLanguage())) {
      return Locale.ROOT;
    }
    String country = locale.getCountry();
    if ("HK".equals(country) || "MO".equals(country)) {
      return HONG_KONG;
    }
    if ("Hant".equals(locale.getScript()) || "TW".equals(country)) {
      return Locale.TRADITIONAL_CHINESE;
    }
    return Locale.CHINESE;
  }

  /**
   * A bundle in a bundle locale, looked up on behalf of a module; a bundle found only through the
   * JVM's default locale is replaced by the base bundle, so the default locale never decides the
   * language. The one resolver for the concepts' bundles and the report's texts.
   *
   * @param bundleName the bundle's base name
   * @param effective the bundle locale, as {@link #effective(Locale)} gives it
   * @param module the module that holds the bundle
   * @return the bundle
   * @throws MissingResourceException if there is no base bundle
   */
  public static ResourceBundle bundle(String bundleName, Locale effective, Module module) {
    ResourceBundle bundle = ResourceBundle.getBundle(bundleName, effective, module);
    Locale found = bundle.getLocale();
    if (found.equals(effective)
        || found.equals(Locale.ROOT)
        || ((effective.equals(Locale.TRADITIONAL_CHINESE) || effective.equals(HONG_KONG))
            && found.equals(Locale.CHINESE))) {
      return bundle;
    }
    // Found through the default-locale fallback: the default locale must not decide the language.
    return ResourceBundle.getBundle(bundleName, Locale.ROOT, module);
  }
}
