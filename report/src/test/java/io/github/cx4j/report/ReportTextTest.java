/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Chinese texts of the reports use full-width punctuation, in both scripts. */
class ReportTextTest {
  private static final Pattern HALF_WIDTH_IN_CJK =
      Pattern.compile("\\p{IsHan}[,.;:?!(]|[,;:?!)]\\p{IsHan}");

  @Test
  void chineseReportTextsHaveNoHalfWidthPunctuationNextToHanCharacters() {
    List<String> bad = new ArrayList<>();
    int checked = 0;
    for (Locale l :
        List.of(Locale.CHINESE, Locale.TRADITIONAL_CHINESE, Locale.forLanguageTag("zh-HK"))) {
      ResourceBundle b =
          ResourceBundle.getBundle(
              "io.github.cx4j.report.messages", l, ReportText.class.getModule());
      assertEquals(l, b.getLocale());
      for (String key : b.keySet()) {
        String text = b.getString(key);
        if (HALF_WIDTH_IN_CJK.matcher(text).find()) {
          bad.add(l + " " + key + "=" + text);
        }
        checked++;
      }
    }
    assertEquals(List.of(), bad);
    assertTrue(checked > 300, "texts checked: " + checked);
    assertTrue(HALF_WIDTH_IN_CJK.matcher("图表:SVG").find());
    assertTrue(!HALF_WIDTH_IN_CJK.matcher("P(alive)（按频次）").find());
  }
}
