package io.github.cx4j.core.internal;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads further texts of a {@link Labelled} concept from its package's {@code messages} bundles,
 * under {@code <SimpleTypeName>.<CODE>.<kind>}, with the same language rule as {@link
 * Labelled#label(Locale)}: Chinese for any {@code zh} locale, English otherwise.
 */
public final class Texts {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Texts() {}

  /**
   * The text of the given kind.
   *
   * @param concept the concept
   * @param kind the key suffix, for example {@code "phrase"}
   * @param locale the language
   * @return the non-blank text
   * @throws CxValidationException if the bundle has no such key
   */
  public static String text(Labelled concept, String kind, Locale locale) {
    Class<?> type = concept instanceof Enum<?> e ? e.getDeclaringClass() : concept.getClass();
    String bundleName = type.getPackageName() + ".messages";
    Locale effective = "zh".equals(locale.getLanguage()) ? Locale.CHINESE : Locale.ROOT;
    String key = type.getSimpleName() + "." + concept.code() + "." + kind;
    try {
      ResourceBundle bundle =
          ResourceBundle.getBundle(bundleName, effective, type.getClassLoader(), NO_FALLBACK);
      return bundle.getString(key);
    } catch (MissingResourceException ex) {
      throw CxValidationException.withMessage(
          bundleName + "." + key, "No " + kind + " for " + key + " in bundle " + bundleName);
    }
  }
}
