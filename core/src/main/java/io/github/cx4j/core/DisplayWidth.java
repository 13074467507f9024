/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

/**
 * The width of text on a monospaced terminal, for aligning the bilingual labels of cx4j in tables:
 * East Asian wide and fullwidth characters take two columns, combining marks and zero-width
 * characters none, everything else one. The wide ranges follow Unicode Standard Annex #11, "East
 * Asian Width" (the W and F classes of the CJK, Hangul, kana and fullwidth blocks); the one
 * definition every caller of the library uses.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  /**
   * The number of terminal columns a text takes.
   *
   * @param text the text
   * @return the sum of the code points' widths
   */
  public static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  /**
   * The number of terminal columns a code point takes.
   *
   * @param codePoint the code point
   * @return 0 for combining marks and zero-width characters, 2 for wide and fullwidth ones, else 1
   */
  public static int of(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || codePoint == 0x200B
        || codePoint == 0x200C
        || codePoint == 0x200D
        || codePoint == 0xFEFF) {
      return 0;
    }
    return isWide(codePoint) ? 2 : 1;
  }

  /**
   * Pads a text with spaces on the right to a display width.
   *
   * @param text the text
   * @param width the wanted width
   * @return the text, followed by spaces up to {@code width} columns (unchanged if already wider)
   */
  public static String padRight(String text, int width) {
    int missing = width - of(text);
    return missing <= 0 ? text : text + " ".repeat(missing);
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo initials
        || (cp >= 0x2E80
            && cp <= 0x303E) // CJK radicals, Kangxi, ideographic description, CJK punctuation
        || (cp >= 0x3041 && cp <= 0x33FF) // kana, bopomofo, Hangul compatibility, CJK compatibility
        || (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
        || (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
        || (cp >= 0xA000 && cp <= 0xA4CF) // Yi
        || (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
        || (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
        || (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
        || (cp >= 0xFF00 && cp <= 0xFF60) // fullwidth forms
        || (cp >= 0xFFE0 && cp <= 0xFFE6) // fullwidth signs
        || (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
  }
}
