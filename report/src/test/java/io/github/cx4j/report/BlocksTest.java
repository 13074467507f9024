/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.generators.SourceDSL;

/** The block values check their shape; the renderer escapes text and counts marks. */
class BlocksTest {
  static final ReportText EN = ReportText.of(Locale.ENGLISH);

  static String message(Runnable r) {
    return assertThrows(CxValidationException.class, r::run).getMessage();
  }

  @Test
  void badShapesAreRejectedWithTheField() {
    assertEquals(
        "BarChart.id must be lower-case letters, digits and dashes, was \"Bad Id\"",
        message(
            () ->
                new BarChart(
                    "Bad Id",
                    "t",
                    "x",
                    "y",
                    List.of("a"),
                    List.of(BarChart.Series.of("s", List.of(1.0))),
                    false)));
    assertEquals(
        "BarChart.series[s].values must have 2 values, was 1",
        message(
            () ->
                new BarChart(
                    "b",
                    "t",
                    "x",
                    "y",
                    List.of("a", "b"),
                    List.of(BarChart.Series.of("s", List.of(1.0))),
                    false)));
    assertEquals(
        "BarChart.Series.values[0] must be finite, was NaN",
        message(() -> BarChart.Series.of("s", List.of(Double.NaN))));
    assertEquals("Range.high must not be below low 2.0, was 1.0", message(() -> new Range(2, 1)));
    assertEquals(
        "LineChart.Series.y must have 2 values, was 1",
        message(() -> LineChart.Series.of("s", List.of(1.0, 2.0), List.of(1.0))));
    assertEquals(
        "Heatmap.cells must lie within 1 x 1, was Cell[row=1, column=0, value=2.0]",
        message(
            () ->
                new Heatmap(
                    "h",
                    "t",
                    "x",
                    "y",
                    List.of("c"),
                    List.of("r"),
                    List.of(new Heatmap.Cell(1, 0, 2)),
                    0)));
    assertEquals(
        "PathDiagram.edges must join two nodes, was Edge[from=A, to=B, coefficient=0.5]",
        message(
            () ->
                new PathDiagram(
                    "p",
                    "t",
                    List.of(new PathDiagram.Node("A", 0, 0, Optional.empty(), Optional.empty())),
                    List.of(new PathDiagram.Edge("A", "B", 0.5)))));
    assertEquals(
        "PathDiagram.Node.position must lie within 0..1, was \"2.0,0.0\"",
        message(() -> new PathDiagram.Node("A", 2, 0, Optional.empty(), Optional.empty())));
    assertEquals(
        "Table.rows must have 2 values, was 1",
        message(() -> new Table("t", "t", List.of("a", "b"), List.of(List.of("x")))));
    assertEquals(
        "Note.Link.href must be a relative file name, was \"https://x.org\"",
        message(() -> new Note.Link("x", "https://x.org")));
    assertEquals(
        "Note.Link.href must be a relative file name, was \"../x.html\"",
        message(() -> new Note.Link("x", "../x.html")));
    assertEquals(
        "Pyramid.levels must hold at least one level, was 0",
        message(() -> new Pyramid("p", "t", List.of())));
    Tiles t = new Tiles("same", "t", List.of());
    assertEquals(
        "Report.blocks must have unique ids, was \"same\"",
        message(() -> new Report("r", "s", EN, List.of(new Section("a", "", List.of(t, t))))));
    assertEquals(
        "No text for no.such.key in io.github.cx4j.report.messages (en)",
        message(() -> EN.get("no.such.key")));
  }

  @Test
  void textIsEscapedAndMarksAreCounted() {
    BarChart b =
        new BarChart(
            "b",
            "<script>alert(1)</script> & \"q\"",
            "x",
            "y",
            List.of("a<b", "c"),
            List.of(
                new BarChart.Series(
                    "s",
                    List.of(1.0, -2.0),
                    Optional.of(List.of(new Range(0, 2), new Range(-3, -1)))),
                BarChart.Series.of("t", List.of(3.0, 4.0))),
            false,
            List.of(new LineChart.Marker(1.5, "median")));
    String svg = Svg.render(b);
    assertFalse(svg.contains("<script>"));
    assertTrue(svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot;"));
    assertTrue(svg.contains("a&lt;b"));
    assertEquals(4, count(svg, "class=\"mark\""));
    assertEquals(b.marks(), count(svg, "class=\"mark\""));
    Heatmap h =
        new Heatmap(
            "h",
            "t",
            "x",
            "y",
            List.of("c1", "c2"),
            List.of("r1"),
            List.of(new Heatmap.Cell(0, 1, 5)),
            1);
    assertEquals(1, count(Svg.render(h), "class=\"mark\""));
    ScatterChart s =
        new ScatterChart(
            "s",
            "t",
            "x",
            "y",
            List.of(new ScatterChart.Point("p", 1, 2, "g"), new ScatterChart.Point("q", 3, 1, "h")),
            Optional.of(new ScatterChart.Crosshairs(2, 1.5, "a", "b", "c", "d")));
    assertEquals(2, count(Svg.render(s), "class=\"mark\""));
    Pyramid p =
        new Pyramid(
            "p",
            "t",
            List.of(new Pyramid.Level("top", 1, 0.1, 0.5), new Pyramid.Level("rest", 9, 0.9, 0.5)));
    assertEquals(2, count(Svg.render(p), "class=\"mark\""));
    LineChart l =
        new LineChart(
            "l",
            "t",
            "x",
            "y",
            List.of(
                new LineChart.Series(
                    "s",
                    List.of(0.0, 1.0),
                    List.of(1.0, 2.0),
                    Optional.of(List.of(new Range(0, 2), new Range(1, 3))),
                    true)),
            Optional.of(List.of("jan", "feb")),
            Optional.empty());
    assertEquals(2, count(Svg.render(l), "class=\"mark\""));
    Report r =
        new Report(
            "T & co",
            "s",
            EN,
            List.of(
                new Section(
                    "one",
                    "text",
                    List.of(b, new Tiles("k", "k", List.of(new Tiles.Tile("a", "1", ""))))),
                new Section(
                    "",
                    "",
                    List.of(
                        new Note("n", "", "pre <b>", List.of(new Note.Link("next", "b.html")))))));
    String html = r.toHtml(true);
    assertTrue(html.contains("<body class=\"large\">"));
    assertTrue(html.contains("<title>T &amp; co</title>"));
    assertTrue(html.contains("pre &lt;b&gt;"));
    assertTrue(html.contains("href=\"b.html\""));
    assertEquals(3, r.blocks().size());
  }

  @Test
  void ticksCoverTheRangeWithNiceSteps() {
    assertArrayEquals(new double[] {0, 20, 40, 60, 80, 100}, Svg.ticks(0, 97, 5), 1e-9);
    assertArrayEquals(new double[] {-0.5, 0, 0.5, 1}, Svg.ticks(-0.3, 0.9, 3), 1e-9);
    QuickTheory.qt()
        .forAll(SourceDSL.doubles().between(-1e6, 1e6), SourceDSL.doubles().between(1e-3, 1e6))
        .checkAssert(
            (lo, span) -> {
              double[] t = Svg.ticks(lo, lo + span, 5);
              assertTrue(t[0] <= lo + 1e-9 * Math.abs(lo) + 1e-12, lo + " " + t[0]);
              assertTrue(t[t.length - 1] >= lo + span - 1e-9 * Math.abs(lo + span) - 1e-12);
              assertTrue(t.length >= 2 && t.length <= 12, "ticks " + t.length);
            });
  }

  @Test
  void rampRunsFromLightToDark() {
    assertEquals("#f7fbff", Svg.ramp(0));
    assertEquals("#08306b", Svg.ramp(1));
    assertEquals("#f7fbff", Svg.ramp(-1));
  }

  @Test
  void numbersUseADecimalPointInEveryLanguage() {
    assertEquals("1,234.50", ReportText.number(1234.5, 2));
    assertEquals("12.5%", ReportText.percent(0.125));
    assertEquals("顾客数", ReportText.of(Locale.CHINESE).get("clv.customers"));
    // Taiwan's words for zh-TW (滑鼠), the plain Traditional conversion for Hong Kong (鼠標)
    assertTrue(ReportText.of(Locale.TRADITIONAL_CHINESE).get("page.footer").contains("滑鼠"));
    assertTrue(ReportText.of(Locale.forLanguageTag("zh-HK")).get("page.footer").contains("鼠標"));
    assertEquals("Customers", ReportText.of(Locale.forLanguageTag("tr-TR")).get("clv.customers"));
  }

  @Test
  void aChineseDefaultLocaleDoesNotTurnEnglishTextsChinese() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
      ReportText english = ReportText.of(Locale.ENGLISH);
      assertEquals("Customers", english.get("clv.customers"));
      assertEquals(Locale.ENGLISH, english.locale());
      assertEquals("顧客數", ReportText.of(Locale.TRADITIONAL_CHINESE).get("clv.customers"));
      assertEquals("顧客數", ReportText.of(Locale.forLanguageTag("zh-HK")).get("clv.customers"));
      assertEquals(Locale.TRADITIONAL_CHINESE, ReportText.of(Locale.TRADITIONAL_CHINESE).locale());
    } finally {
      Locale.setDefault(before);
    }
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
