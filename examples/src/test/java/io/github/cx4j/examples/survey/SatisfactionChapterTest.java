/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.examples.tour.TourCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SatisfactionChapterTest {

  private static String run(Locale locale) throws Exception {
    StringWriter text = new StringWriter();
    PrintWriter out = new PrintWriter(text);
    new SatisfactionChapter().run(new Tour(out, locale));
    out.flush();
    return text.toString();
  }

  @Test
  void deterministicInBothLanguages() throws Exception {
    String en = run(Locale.ENGLISH);
    assertEquals(en, run(Locale.ENGLISH));
    assertTrue(en.contains("Net Promoter Score by region"));
    assertTrue(en.contains("Must-be"));
    assertTrue(en.contains("Concentrate here"));
    assertTrue(en.contains("Shapley/LMG"));
    String zh = run(Locale.CHINESE);
    assertTrue(zh.contains("各区域的净推荐值"));
    assertTrue(zh.contains("必备质量"));
    assertTrue(
        TourCommand.chapters().stream()
            .anyMatch(c -> c instanceof SatisfactionChapter && c.order() == 30));
  }
}
