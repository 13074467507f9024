/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.CliTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clv fit} and {@code clv compare} with BG/CNBD-k, MBG/CNBD-k and GGompertz/NBD. */
class ClvFamiliesCommandTest extends CliTest {
  @TempDir static Path dir;
  static Path summary;

  /** CDNOW in weeks to 1997-09-30 with each customer's litt (log inter-purchase times). */
  @BeforeAll
  static void writeSummary() throws IOException {
    LocalDate end = LocalDate.of(1997, 9, 30);
    Map<Integer, TreeSet<LocalDate>> days = new TreeMap<>();
    try (InputStream in =
        Objects.requireNonNull(
            ClvFamiliesCommandTest.class.getResourceAsStream("/CDNOW_sample.txt"))) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
        String[] c = line.strip().split("\\s+");
        if (c.length == 5) {
          days.computeIfAbsent(Integer.parseInt(c[1]), id -> new TreeSet<>())
              .add(LocalDate.parse(c[2], DateTimeFormatter.BASIC_ISO_DATE));
        }
      }
    }
    StringBuilder csv = new StringBuilder("id,frequency,recency,T,litt\n");
    for (Map.Entry<Integer, TreeSet<LocalDate>> e : days.entrySet()) {
      LocalDate first = e.getValue().first();
      LocalDate last = first;
      int x = 0;
      double litt = 0;
      for (LocalDate day : e.getValue()) {
        if (day.isAfter(first) && !day.isAfter(end)) {
          x++;
          litt += Math.log(ChronoUnit.DAYS.between(last, day) / 7.0);
          last = day;
        }
      }
      csv.append(
          String.format(
              Locale.ROOT,
              "%d,%d,%.17g,%.17g,%.17g%n",
              e.getKey(),
              x,
              ChronoUnit.DAYS.between(first, last) / 7.0,
              ChronoUnit.DAYS.between(first, end) / 7.0,
              litt));
    }
    summary = dir.resolve("cdnow-litt.csv");
    Files.writeString(summary, csv.toString());
  }

  @Test
  void fitChoosesKOneOnCdnowAndMatchesTheBgNbd() throws IOException {
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "bgcnbd",
            "--litt-column",
            "litt"),
        err);
    JsonNode fit = CxJson.mapper().readTree(out);
    JsonNode f = fit.has("fit") ? fit.get("fit") : fit;
    assertEquals("bgcnbd", f.path("model").asText(), out);
    assertEquals(1.0, f.path("params").path("k").asDouble(), out);
    assertEquals(0.243, f.path("params").path("r").asDouble(), 0.0005, out);
    assertEquals(-9582.43, f.path("logLikelihood").asDouble(), 0.005, out);
  }

  @Test
  void fitWithAFixedKNeedsNoTimings() throws IOException {
    assertEquals(
        0,
        run("clv", "fit", "--summary", summary.toString(), "--model", "mbgcnbd", "--k", "2"),
        err);
    JsonNode fit = CxJson.mapper().readTree(out);
    JsonNode f = fit.has("fit") ? fit.get("fit") : fit;
    assertEquals(2.0, f.path("params").path("k").asDouble(), out);
    assertTrue(f.path("message").asText().contains("without the inter-purchase-time term"), out);
  }

  @Test
  void fitsTheGgompertzNbd() throws IOException {
    assertEquals(0, run("clv", "fit", "--summary", summary.toString(), "--model", "ggomnbd"), err);
    JsonNode fit = CxJson.mapper().readTree(out);
    JsonNode f = fit.has("fit") ? fit.get("fit") : fit;
    assertEquals("ggomnbd", f.path("model").asText(), out);
    assertEquals(-9594.98, f.path("logLikelihood").asDouble(), 0.01, out);
  }

  @Test
  void compareTakesTheTimings() {
    assertEquals(
        0,
        run(
            "clv",
            "compare",
            "--summary",
            summary.toString(),
            "--models",
            "bgnbd,bgcnbd",
            "--litt-column",
            "litt"),
        err);
    assertTrue(out.contains("\nbgcnbd      5     -9582.43"), out);
    assertTrue(out.contains("  bgnbd      LR "), out);
    assertTrue(!out.contains("  bgcnbd     LR "), out);
  }

  @Test
  void impossibleTimingsAreLeftOutAndEveryCustomerIsStillPredicted() throws IOException {
    // issue 20 item 6: a first-time buyer with litt 0.5 and a repeat buyer whose litt exceeds
    // x ln(t_x / x) are outside the CNBD-k domain; the fit uses the other 2,355 rows
    List<String> lines = new ArrayList<>(Files.readAllLines(summary));
    int zero = -1;
    int repeat = -1;
    for (int i = 1; i < lines.size() && (zero < 0 || repeat < 0); i++) {
      String[] c = lines.get(i).split(",");
      if (c[1].equals("0") && zero < 0) {
        zero = i;
        lines.set(i, String.join(",", c[0], c[1], c[2], c[3], "0.5"));
      } else if (!c[1].equals("0") && repeat < 0) {
        repeat = i;
        lines.set(i, String.join(",", c[0], c[1], c[2], c[3], "50"));
      }
    }
    Path bad = dir.resolve("cdnow-bad-litt.csv");
    Files.write(bad, lines);
    Path fit = dir.resolve("bgcnbd-screened.json");
    for (String model : List.of("mbgcnbd", "bgcnbd")) {
      assertEquals(
          0,
          run(
              "clv",
              "fit",
              "--summary",
              bad.toString(),
              "--model",
              model,
              "--litt-column",
              "litt",
              "--max-k",
              "2",
              "-o",
              fit.toString()),
          err);
      assertTrue(
          err.startsWith("cx4j: " + model + " fitted on 2355 of 2357 rows; left out: 1 ("), err);
      assertTrue(err.contains("1 (litt is not 0 with frequency 0, rows " + zero + ")"), err);
      assertTrue(
          err.contains(
              "1 (litt exceeds x ln(t_x / x), the most that x intervals adding up to t_x allow,"
                  + " rows "
                  + repeat
                  + ")"),
          err);
    }
    Path predictions = dir.resolve("bgcnbd-predictions.csv");
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            bad.toString(),
            "--model-file",
            fit.toString(),
            "--horizon",
            "39",
            "--time-unit",
            "weeks",
            "-o",
            predictions.toString()),
        err);
    assertEquals(2358, Files.readAllLines(predictions).size());
  }

  @Test
  void badOptionsAreNamed() {
    assertEquals(1, run("clv", "fit", "--summary", summary.toString(), "--model", "bgcnbd"));
    assertEquals(
        "cx4j: --model bgcnbd needs --litt-column (to choose k) or --k (to fix it)\n", err);
    assertEquals(
        1, run("clv", "fit", "--summary", summary.toString(), "--model", "bgnbd", "--k", "2"));
    assertEquals("cx4j: --litt-column and --k apply to bgcnbd and mbgcnbd only\n", err);
    assertEquals(1, run("clv", "compare", "--summary", summary.toString(), "--models", "bgcnbd"));
    assertTrue(err.contains("ValueModelKind.litt must be given to choose the regularity k"), err);
  }
}
