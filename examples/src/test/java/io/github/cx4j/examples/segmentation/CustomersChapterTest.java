/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.Cx4j;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CustomersChapterTest {

  private static String tour(String lang) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code =
        Cx4j.run(
            new String[] {"tour", "--chapter", "60", "--lang", lang},
            new PrintWriter(o),
            new PrintWriter(e));
    assertEquals(0, code, e.toString());
    return o.toString();
  }

  @Test
  void englishChapterShowsSegmentsTiersAndTheCurve() {
    String text = tour("en");
    assertTrue(text.contains("Who are our customers"), text);
    // R type-7 cut points of the CDNOW monetary totals and the segment table
    assertTrue(text.contains("monetary ($)    15.36   31.96   59.25   130.44"), text);
    assertTrue(text.contains("Champions           234        2615"), text);
    assertTrue(text.contains("A                       777        33.0     80.0"), text);
    assertTrue(text.contains("Super-heavyweight  777"), text);
    assertTrue(text.contains("The top 20% of customers bring 67.4% of revenue"), text);
    assertEquals(text, tour("en"), "the chapter is deterministic");
  }

  @Test
  void chineseChapter() {
    String text = tour("zh");
    assertTrue(text.contains("我们的客户是谁"), text);
    assertTrue(text.contains("冠军客户"), text);
    assertTrue(text.contains("超重量级") || text.contains("Super"), text);
  }
}
