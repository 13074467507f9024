/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TourRowsTest {

  @Test
  void theHeaderIsInTheTourLanguageAndTheRowsTakeMore() {
    StringWriter text = new StringWriter();
    Tour zh = new Tour(new PrintWriter(text), Locale.SIMPLIFIED_CHINESE);
    List<List<String>> rows = zh.rows("when", "时间", "fact", "事实");
    assertEquals(List.of(List.of("时间", "事实")), rows);
    rows.add(List.of("Mon 12-28 10:00", "x"));
    Tour en = new Tour(new PrintWriter(new StringWriter()), Locale.ENGLISH);
    assertEquals(List.of("when", "fact"), en.rows("when", "时间", "fact", "事实").get(0));
    assertThrows(UnsupportedOperationException.class, () -> rows.get(0).add("more"));
  }

  @Test
  void aHeaderCellWithoutItsChineseTextIsRejected() {
    Tour en = new Tour(new PrintWriter(new StringWriter()), Locale.ENGLISH);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> en.rows("when", "时间", "fact"));
    assertEquals("header cells come in English/Chinese pairs, got 3 texts", e.getMessage());
  }
}
