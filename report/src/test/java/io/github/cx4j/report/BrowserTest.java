/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens every report in a real headless Chromium: no console error, every block rendered with the
 * number of marks its data has, a visible size, the PNG export working; a screenshot of each page
 * goes to {@code target/screenshots}. Skipped, with a message, where Chromium is absent.
 */
class BrowserTest {
  static final Path SHOTS = Path.of("target", "screenshots");
  private static Chromium browser;

  @BeforeAll
  static void start() throws Exception {
    Assumptions.assumeTrue(
        Chromium.available(),
        "no Chromium at " + Chromium.BINARY + ": browser tests skipped (.ci/run installs it)");
    browser = new Chromium();
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void everyReportRendersEveryMark() throws Exception {
    for (String kind : ReportPagesTest.KINDS) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
        String name = kind + "-" + locale.getLanguage();
        Report report = ReportPagesTest.build(kind, locale);
        Path file = report.write(ReportPagesTest.OUT.resolve(name + ".html"), false);
        Chromium.Load load = browser.open(file, 1280);
        assertEquals(List.of(), load.errors(), name + ": console errors");
        assertEquals(0, load.status().path("errors").size(), name + ": " + load.status());
        Map<String, Integer> expected = new HashMap<>();
        for (Block b : report.blocks()) {
          expected.put(b.id(), b.marks());
        }
        JsonNode blocks = load.status().path("blocks");
        assertEquals(expected.size(), blocks.size(), name + ": blocks " + load.status());
        for (JsonNode b : blocks) {
          String id = b.path("id").asText();
          assertEquals(expected.get(id), b.path("marks").asInt(), name + ": marks of " + id);
          assertEquals(expected.get(id), b.path("expected").asInt(), name + ": " + id);
          assertTrue(b.path("marks").asInt() > 0, name + ": " + id + " drew nothing");
          assertTrue(b.path("width").asInt() > 200, name + ": " + id + " width " + b);
          assertTrue(b.path("height").asInt() > 40, name + ": " + id + " height " + b);
        }
        for (Block b : report.blocks()) {
          if (!(b instanceof Tiles) && !(b instanceof Table) && !(b instanceof Note)) {
            String png = browser.evaluate("cx4jPngData('" + b.id() + "')").asText();
            assertTrue(png.startsWith("data:image/png;base64,"), name + ": PNG of " + b.id());
            assertTrue(png.length() > 2000, name + ": PNG of " + b.id() + " is empty");
          }
        }
        browser.screenshot(SHOTS.resolve(name + ".png"), 1280);
      }
    }
  }

  @Test
  void projectorLayoutShowsChartsFullWidth() throws Exception {
    Report report = Fixtures.survey(Locale.ENGLISH);
    Path file = report.write(ReportPagesTest.OUT.resolve("survey-en-large.html"), true);
    Chromium.Load load = browser.open(file, 1280);
    assertEquals(List.of(), load.errors());
    for (JsonNode b : load.status().path("blocks")) {
      assertTrue(b.path("width").asInt() > 1100, "projector width " + b);
    }
    browser.screenshot(SHOTS.resolve("survey-en-large.png"), 1280);
  }
}
