/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.Cx4j;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SlaChapterTest {

  private static String tour(String lang) {
    StringWriter out = new StringWriter();
    int code =
        Cx4j.run(
            new String[] {"tour", "--chapter", "75", "--lang", lang},
            new PrintWriter(out),
            new PrintWriter(new StringWriter()));
    assertEquals(0, code);
    return out.toString();
  }

  @Test
  void chapterShowsPauseReopenAndPriorityChange() {
    String en = tour("en");
    assertTrue(en.contains("SLA clocks"), en);
    assertTrue(en.contains("paused (PENDING)"), en);
    assertTrue(en.contains("priority NORMAL -> HIGH"), en);
    assertTrue(en.contains("reopened (RESUME), resuming PT1H40M from cycle 1"), en);
    assertTrue(en.contains("Mon 03-09 21:20"), en);
    assertEquals(en, tour("en"), "deterministic");
    String zh = tour("zh");
    assertTrue(zh.contains("SLA 时钟"), zh);
    assertTrue(zh.contains("计时中"), zh);
  }
}
