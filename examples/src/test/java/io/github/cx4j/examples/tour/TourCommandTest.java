/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.Cx4j;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TourCommandTest {
  private String out = "";

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(o), new PrintWriter(e));
    out = o.toString();
    assertEquals("", e.toString());
    return code;
  }

  @Test
  void theCdnowChapterIsTheFirstSectionOfChapterFour() {
    List<TourChapter> chapters = TourCommand.chapters();
    assertEquals(100, chapters.get(0).order());
    assertEquals(0, run("tour", "--chapter", "10"));
    assertTrue(out.contains("4.1 Customer activity: the CDNOW purchases summarised"), out);
    assertTrue(out.contains("6,919 purchases of 2,357 customers, 1997-01-01 to 1998-06-30."), out);
    assertTrue(
        out.contains("2,357 customers; 946 of them (40.1%) bought again by 1997-09-30."), out);
    assertTrue(out.contains("  0   1,411      59.9%"), out);
    assertTrue(out.contains("  0001      2  30.43  38.86  22.35"), out);
    assertTrue(out.endsWith("End of the tour.\n"), out);
    String english = out;
    assertEquals(0, run("tour", "--chapter", "10"));
    assertEquals(english, out, "the tour is deterministic");
    assertEquals(0, run("tour", "--chapter", "cdnow"));
    assertEquals(english, out);
  }

  @Test
  void theTourSpeaksChinese() {
    assertEquals(0, run("tour", "--lang", "zh", "--chapter", "10"));
    assertTrue(out.contains("4.1 顾客活动"), out);
    assertTrue(out.contains("2,357 位顾客共 6,919 次购买"), out);
    assertTrue(out.endsWith("导览结束。\n"), out);
  }

  @Test
  void theWholeTourRuns() {
    assertEquals(0, run("tour"));
    assertTrue(out.startsWith("cx4j tour:"), out);
  }

  @Test
  void tablesAlignWideCharacters() {
    StringWriter text = new StringWriter();
    Tour tour = new Tour(new PrintWriter(text), Locale.CHINESE);
    assertTrue(tour.chinese());
    assertEquals(Locale.CHINESE, tour.locale());
    tour.table(List.of(List.of("名称", "n"), List.of("ab", "12")));
    tour.table(List.of());
    tour.heading("H", "标题");
    tour.printf("%.1f", 1.25);
    tour.flush();
    assertEquals(
        "  名称  n\n  ----  --\n  ab    12\n\n-- 标题\n1.3\n"
            .replace("1.3", String.format(Locale.ROOT, "%.1f", 1.25)),
        text.toString());
    assertEquals(4, Tour.displayWidth("名称"));
  }
}
