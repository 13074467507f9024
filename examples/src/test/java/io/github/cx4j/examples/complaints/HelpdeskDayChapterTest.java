/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.tour.Tour;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HelpdeskDayChapterTest {
  private static String run(Locale locale) {
    StringWriter out = new StringWriter();
    new HelpdeskDayChapter().run(new Tour(new PrintWriter(out), locale));
    return out.toString();
  }

  @Test
  void aDayInEnglish() {
    String text = run(Locale.ENGLISH);
    assertEquals(78, new HelpdeskDayChapter().order());
    assertTrue(text.contains("H-1        zh     wang   skills"), text);
    assertTrue(text.contains("\"mistaken\"") || text.contains("(blame, does not count)"), text);
    assertTrue(text.contains("sla-level-1"), text);
    assertTrue(
        text.contains(
            "\"your fault\" (YOUR_FAULT, negated, does not count) in \"It is not your fault.\""),
        text);
    assertTrue(text.contains("(COMPANY_POLICY, flagged, counts against the reply)"), text);
    assertTrue(text.contains("(NOT_SURE, commitment, does not count)"), text);
    assertTrue(text.contains("H-5 → H-4;  H-4 ← [H-5]"), text);
    assertTrue(
        text.contains("sent 3, answered 2, invalidated by the reopen 1; CSAT 100% (2 of 2)"), text);
  }

  @Test
  void aDayInChinese() {
    String text = run(Locale.CHINESE);
    assertTrue(text.contains("客服中心") || text.contains("分派"), text);
    assertTrue(text.contains("发出 3 份，有效回答 2 份，因重开作废 1 份"), text);
    assertTrue(text.contains("“是你的问题”（YOUR_FAULT，被否定，不计）出自“这不是你的问题。”"), text);
  }
}
