/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every report page is self-contained and carries one figure per block with its mark count. */
class ReportPagesTest {
  static final Path OUT = Path.of("target", "reports");

  static Report build(String kind, Locale locale) {
    return switch (kind) {
      case "clv" -> Fixtures.clv(locale);
      case "clv-summary" -> Fixtures.clvFromSummaries(locale);
      case "rfm" -> Fixtures.rfm(locale);
      case "survey" -> Fixtures.survey(locale);
      case "pls" -> Fixtures.pls(locale);
      case "complaints" -> Fixtures.complaints(locale);
      default -> throw new IllegalArgumentException(kind);
    };
  }

  static final String[] KINDS = {"clv", "clv-summary", "rfm", "survey", "pls", "complaints"};

  @Test
  void pagesAreSelfContainedAndCountTheirMarks() throws Exception {
    for (String kind : KINDS) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.CHINESE}) {
        Report report = build(kind, locale);
        String html = report.toHtml();
        Path file = report.write(OUT.resolve(kind + "-" + locale.getLanguage() + ".html"), false);
        assertEquals(html, Files.readString(file));
        assertFalse(
            Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//").matcher(html).find(), kind);
        assertFalse(html.contains("<link"), kind);
        assertFalse(html.contains("@import"), kind);
        assertFalse(html.contains("NaN") || html.contains("Infinity"), kind);
        Matcher m =
            Pattern.compile("data-block=\"([a-z0-9-]+)\" data-marks=\"(\\d+)\"").matcher(html);
        int blocks = 0;
        while (m.find()) {
          blocks++;
        }
        assertEquals(report.blocks().size(), blocks, kind);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("lang=\"" + locale.getLanguage() + "\""));
      }
    }
  }
}
