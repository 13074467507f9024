/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.examples.CliTest;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.examples.tour.Tour;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClvCompareCommandTest extends CliTest {
  @TempDir static Path dir;
  static Path summary;

  @BeforeAll
  static void writeSummary() throws IOException {
    CalibrationHoldout split =
        ActivitySummaries.calibrationHoldout(
            CdnowSample.load(),
            SummarySpec.of(CdnowSample.CALIBRATION_END, SummarySpec.WEEKS),
            CdnowSample.DATA_END);
    RepeatSummaries s = split.calibration();
    StringBuilder csv = new StringBuilder("id,frequency,recency,T,holdout\n");
    for (int i = 0; i < s.size(); i++) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%s,%d,%.17g,%.17g,%d%n",
              s.customer(i).value(),
              s.frequency(i),
              s.recency(i),
              s.age(i),
              split.holdoutFrequency()[i]));
    }
    summary = dir.resolve("cdnow-holdout.csv");
    Files.writeString(summary, csv.toString());
  }

  @Test
  void comparePrintsTheTableWithHoldoutErrors() {
    assertEquals(
        0,
        run(
            "clv",
            "compare",
            "--summary",
            summary.toString(),
            "--holdout-column",
            "holdout",
            "--holdout-length",
            "39"),
        err);
    List<String> lines = out.lines().toList();
    assertTrue(lines.get(0).startsWith("model       k      log-lik"), out);
    assertTrue(lines.get(1).startsWith("nbd         2"), out);
    assertTrue(lines.get(2).startsWith("bgnbd       4     -9582.43"), out);
    assertTrue(lines.get(4).startsWith("paretonbd   4     -9594.98"), out);
    assertTrue(out.contains("  bgnbd      LR "), out);
    assertTrue(out.contains("Mean holdout purchases per customer by calibration frequency"), out);
    assertTrue(out.contains("\n0         1411 "), out);
    assertTrue(out.contains("\n7+ "), out);
  }

  @Test
  void jsonCarriesEveryRowAndTest() throws IOException {
    assertEquals(
        0,
        run(
            "clv",
            "compare",
            "--summary",
            summary.toString(),
            "--models",
            "bgnbd",
            "--format",
            "json"),
        err);
    JsonNode json = CxJson.mapper().readTree(out);
    assertEquals(2, json.get("rows").size());
    assertEquals("nbd", json.get("rows").get(0).get("model").asText());
    assertEquals(-9582.4, json.get("rows").get(1).get("logLikelihood").asDouble(), 0.05);
    assertEquals(1, json.get("tests").size());
    assertTrue(json.get("tests").get(0).get("pValue").asDouble() < 1e-10);
  }

  @Test
  void badOptionsAreNamed() {
    assertEquals(
        1, run("clv", "compare", "--summary", summary.toString(), "--holdout-column", "holdout"));
    assertEquals("cx4j: --holdout-column and --holdout-length go together\n", err);
    assertEquals(
        1, run("clv", "compare", "--summary", summary.toString(), "--models", "gammagamma"));
    assertEquals(
        "cx4j: --models: \"gammagamma\" is not a purchase model (bgnbd, mbgnbd, paretonbd,"
            + " bgbb, bgcnbd, mbgcnbd, ggomnbd)\n",
        err);
    assertEquals(1, run("clv", "compare", "--summary", summary.toString(), "--models", "nope"));
    assertEquals(
        "cx4j: --models: ValueModelKind.id must be one of bgnbd, mbgnbd, paretonbd, bgbb,"
            + " gammagamma, sbg, bgcnbd, mbgcnbd, ggomnbd, was \"nope\"\n",
        err);
    assertEquals(
        1,
        run(
            "clv",
            "compare",
            "--summary",
            summary.toString(),
            "--holdout-column",
            "T",
            "--holdout-length",
            "39"));
    assertTrue(err.contains("column T (4): expected an integer"), err);
  }

  @Test
  void tourChapterRunsInBothLanguages() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
      StringWriter o = new StringWriter();
      Tour tour = new Tour(new PrintWriter(o), locale);
      ModelChoiceChapter chapter = new ModelChoiceChapter();
      assertEquals(51, chapter.order());
      chapter.run(tour);
      String text = o.toString();
      assertTrue(text.contains("-9582.4"), text);
      assertTrue(text.contains("paretonbd"), text);
      assertTrue(text.contains(locale == Locale.CHINESE ? "顾客确实会流失" : "customers do leave"), text);
    }
  }
}
