package io.github.cx4j.core;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Resolves bundle texts for {@link Labelled}. */
final class Labels {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Labels() {}

  static String text(Labelled concept, String kind, Locale locale) {
    Class<?> type = concept instanceof Enum<?> e ? e.getDeclaringClass() : concept.getClass();
    String bundleName = type.getPackageName() + ".messages";
    Locale effective = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    String key = type.getSimpleName() + "." + concept.code() + "." + kind;
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(bundleName, effective, type.getClassLoader(), NO_FALLBACK);
      String value = bundle.getString(key);
      if (value.isBlank()) {
        throw CxValidationException.of(bundleName + "." + key, "not be blank", value);
      }
      return value;
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
              + (effective.getLanguage().isEmpty() ? "en" : "zh")
              + ")");
    }
  }
}
