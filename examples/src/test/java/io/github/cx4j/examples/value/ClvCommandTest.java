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
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.examples.CliTest;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.examples.tour.Tour;
import io.github.cx4j.scoring.value.BgBbModel;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.ValueFit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClvCommandTest extends CliTest {
  @TempDir static Path dir;
  static Path summary;

  @BeforeAll
  static void writeSummary() throws IOException {
    RepeatSummaries s =
        ActivitySummaries.repeat(
            CdnowSample.load(), CdnowSample.CALIBRATION_END, SummarySpec.WEEKS);
    StringBuilder csv = new StringBuilder("id,frequency,recency,T,monetary\n");
    for (int i = 0; i < s.size(); i++) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%s,%d,%.17g,%.17g,%.17g%n",
              s.customer(i).value(),
              s.frequency(i),
              s.recency(i),
              s.age(i),
              s.monetary(i)));
    }
    summary = dir.resolve("cdnow.csv");
    Files.writeString(summary, csv.toString(), StandardCharsets.UTF_8);
  }

  @Test
  void fitWritesThePapersParameters() throws IOException {
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--id-column",
            "id",
            "--frequency-column",
            "frequency",
            "--recency-column",
            "recency",
            "--t-column",
            "T",
            "--model",
            "bgnbd",
            "--format",
            "json"),
        err);
    JsonNode json = CxJson.mapper().readTree(out);
    assertEquals("bgnbd", json.get("model").asText());
    assertEquals(0.243, json.get("params").get("r").asDouble(), 0.0005);
    assertEquals(4.414, json.get("params").get("alpha").asDouble(), 0.0005);
    assertEquals(-9582.4, json.get("logLikelihood").asDouble(), 0.05);
    assertTrue(json.get("converged").asBoolean());
    assertTrue(json.get("standardErrors").has("b"));
    assertEquals(0, fitTo(summary, "paretonbd", dir.resolve("pareto.json")));
    assertEquals(
        0.553,
        CxJson.mapper()
            .readTree(dir.resolve("pareto.json").toFile())
            .get("params")
            .get("r")
            .asDouble(),
        0.0005);
  }

  @Test
  void predictWritesOneRowPerCustomer() throws IOException {
    Path bg = dir.resolve("bg.json");
    Path gg = dir.resolve("gg.json");
    assertEquals(0, fitTo(summary, "bgnbd", bg));
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "gammagamma",
            "--monetary-column",
            "monetary",
            "--output",
            gg.toString()));
    Path predictions = dir.resolve("predictions.csv");
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--id-column",
            "id",
            "--monetary-column",
            "monetary",
            "--model-file",
            bg.toString(),
            "--model-file",
            gg.toString(),
            "--horizon",
            "39",
            "--discount",
            "0.01",
            "--period",
            "P30D",
            "--time-unit",
            "weeks",
            "--output",
            predictions.toString()),
        err);
    List<String> lines = Files.readAllLines(predictions);
    assertEquals(2358, lines.size());
    assertEquals(
        "id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv", lines.get(0));
    String[] first = lines.get(1).split(",");
    assertEquals("0001", first[0]);
    assertEquals(1.226, Double.parseDouble(first[5]), 0.002);
    assertTrue(Double.parseDouble(first[7]) > 0);
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--model-file",
            bg.toString(),
            "--horizon",
            "P39W",
            "--time-unit",
            "weeks"),
        err);
    // the ids come from the column named id, never from row numbers
    assertTrue(out.startsWith("id,frequency,recency,T,p_alive,expected_purchases\n0001,2,"), out);
  }

  @Test
  void predictWritesTheClosedFormDertOfParetoNbdAndBgBb() throws IOException {
    Path pareto = dir.resolve("pareto-dert.json");
    assertEquals(0, fitTo(summary, "paretonbd", pareto));
    // 15% a year, a year being 52 weeks: delta = ln(1.15) / 52 per week
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--id-column",
            "id",
            "--model-file",
            pareto.toString(),
            "--horizon",
            "52",
            "--discount",
            "0.15",
            "--period",
            "P52W",
            "--time-unit",
            "weeks",
            "--dert"),
        err);
    String[] lines = out.split("\n");
    assertEquals("id,frequency,recency,T,p_alive,expected_purchases,dert", lines[0]);
    ParetoNbdModel model =
        CxJson.mapper()
            .readValue(Files.readString(pareto), ValueFit.class)
            .as(ParetoNbdModel.class);
    String[] first = lines[1].split(",");
    double expected =
        model.discountedExpectedResidualTransactions(
            Math.log(1.15) / 52,
            Integer.parseInt(first[1]),
            Double.parseDouble(first[2]),
            Double.parseDouble(first[3]));
    assertEquals(expected, Double.parseDouble(first[6]), 1e-6);
    assertTrue(Double.parseDouble(first[6]) > Double.parseDouble(first[5]));
    Path bg = dir.resolve("bg-dert.json");
    fitTo(summary, "bgnbd", bg);
    assertEquals(
        1,
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--model-file",
            bg.toString(),
            "--horizon",
            "52",
            "--discount",
            "0.01",
            "--dert"));
    assertEquals(
        "cx4j: --dert needs a paretonbd or bgbb model (closed-form DERT), not bgnbd\n", err);
    assertEquals(
        1,
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--model-file",
            pareto.toString(),
            "--horizon",
            "52",
            "--dert"));
    assertEquals("cx4j: --dert needs a positive --discount, was 0.0\n", err);
    // BG/BB: one opportunity per time unit, discounted by (1 + 0.1)^-j
    Path bgbb = dir.resolve("bgbb.json");
    Files.writeString(
        bgbb,
        "{\"model\":\"bgbb\",\"params\":{\"alpha\":1.204,\"beta\":0.75,\"gamma\":0.657,"
            + "\"delta\":2.783},\"converged\":true,\"iterations\":0,\"logLikelihood\":0,"
            + "\"customers\":1,\"patterns\":1,\"message\":\"given\",\"standardErrors\":{}}");
    Path patterns = dir.resolve("patterns.csv");
    Files.writeString(patterns, "customer,frequency,recency,periods\nA,4,5,6\nB,0,0,6\n");
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            patterns.toString(),
            "--t-column",
            "periods",
            "--model-file",
            bgbb.toString(),
            "--horizon",
            "6",
            "--discount",
            "0.1",
            "--dert"),
        err);
    BgBbModel bb = new BgBbModel(1.204, 0.75, 0.657, 2.783);
    String[] row = out.split("\n")[1].split(",");
    assertEquals(
        bb.discountedExpectedResidualTransactions(0.1, 4, 5, 6), Double.parseDouble(row[6]), 1e-6);
  }

  @Test
  void weightedPatternsWithoutIds() throws IOException {
    Path donations = dir.resolve("donations.csv");
    Files.writeString(
        donations,
        "frequency,recency,periods,weights\n6,6,6,1203\n5,6,6,728\n4,6,6,512\n3,6,6,357\n"
            + "2,6,6,234\n1,6,6,129\n5,5,6,335\n4,5,6,284\n3,5,6,225\n2,5,6,173\n1,5,6,119\n"
            + "4,4,6,240\n3,4,6,181\n2,4,6,155\n1,4,6,78\n3,3,6,322\n2,3,6,255\n1,3,6,129\n"
            + "2,2,6,613\n1,2,6,277\n1,1,6,1091\n0,0,6,3464\n");
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            donations.toString(),
            "--t-column",
            "periods",
            "--weight-column",
            "weights",
            "--model",
            "bgbb"),
        err);
    JsonNode json = CxJson.mapper().readTree(out);
    assertEquals(1.204, json.get("params").get("alpha").asDouble(), 0.0005);
    assertEquals(-33225.6, json.get("logLikelihood").asDouble(), 0.05);
  }

  @Test
  void badInputIsReportedWithFileLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "frequency,recency,T\n1,2,3\nx,1,2\n");
    assertEquals(1, run("clv", "fit", "--summary", bad.toString(), "--model", "bgnbd"));
    assertEquals(
        "cx4j: " + bad + ":3: column frequency (1): expected an integer, was \"x\"\n", err);
    Files.writeString(bad, "frequency,recency,T\n1,5,3\n");
    assertEquals(1, run("clv", "fit", "--summary", bad.toString(), "--model", "bgnbd"));
    assertEquals(
        "cx4j: " + bad + ":2: column recency (2): expected a recency within 0..3.0, was \"5\"\n",
        err);
    assertEquals(1, run("clv", "fit", "--summary", summary.toString(), "--model", "gammagamma"));
    assertEquals("cx4j: --model gammagamma needs --monetary-column\n", err);
    assertEquals(
        1,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "bgnbd",
            "--frequency-column",
            "nope"));
    assertTrue(err.contains("--frequency-column nope is neither a column name"), err);
    Path notFit = dir.resolve("notfit.json");
    Files.writeString(notFit, "{\"model\":\"bgnbd\"}");
    assertEquals(
        1,
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--model-file",
            notFit.toString(),
            "--horizon",
            "1"));
    assertTrue(err.startsWith("cx4j: " + notFit + ": not a 'clv fit' result"), err);
    assertEquals(
        1,
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--model-file",
            dir.resolve("missing.json").toString(),
            "--horizon",
            "1"));
    assertEquals("cx4j: " + dir.resolve("missing.json") + ": no such file\n", err);
    Path bg = dir.resolve("bg2.json");
    fitTo(summary, "bgnbd", bg);
    assertEquals(
        1,
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--model-file",
            bg.toString(),
            "--horizon",
            "soon"));
    assertEquals(
        "cx4j: --horizon must be a number of time units or an ISO-8601 duration, was \"soon\"\n",
        err);
    assertEquals(2, run("clv"));
    assertTrue(err.contains("Usage: cx4j clv"), err);
  }

  @Test
  void aZeroValueRepeatBuyerIsLeftOutOfGammaGammaAndStillPredicted() throws IOException {
    List<String> lines = Files.readAllLines(summary);
    int row = -1;
    for (int i = 1; i < lines.size() && row < 0; i++) {
      String[] f = lines.get(i).split(",");
      if (Integer.parseInt(f[1]) > 0) {
        row = i;
        lines.set(i, f[0] + "," + f[1] + "," + f[2] + "," + f[3] + ",0");
      }
    }
    Path zero = dir.resolve("zero.csv");
    Files.write(zero, lines);
    Path gg = dir.resolve("gg-zero.json");
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            zero.toString(),
            "--model",
            "gammagamma",
            "--monetary-column",
            "monetary",
            "--output",
            gg.toString()),
        err);
    assertTrue(
        err.startsWith(
            "cx4j: gammagamma fitted on 945 of 2357 rows; left out: 1411 (no repeat purchase, so"
                + " no spend information, first rows "),
        err);
    // the left-out line, then (this summary records no unit) the note on the time unit
    assertTrue(
        err.contains("; 1 (mean value of the repeat purchases is 0, rows " + row + ")\n"), err);
    Path bg = dir.resolve("bg-zero.json");
    assertEquals(0, fitTo(zero, "bgnbd", bg));
    Path predictions = dir.resolve("zero-predictions.csv");
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            zero.toString(),
            "--id-column",
            "id",
            "--monetary-column",
            "monetary",
            "--model-file",
            bg.toString(),
            "--model-file",
            gg.toString(),
            "--horizon",
            "39",
            "--output",
            predictions.toString()),
        err);
    List<String> out = Files.readAllLines(predictions);
    assertEquals(2358, out.size());
    String[] predicted = out.get(row).split(",");
    // the zero-value buyer's expected spend is the population part alone, positive and finite
    double spend = Double.parseDouble(predicted[6]);
    assertTrue(spend > 0 && spend < 15, out.get(row));
    Files.writeString(zero, "frequency,recency,T,monetary\n1,2,3,-1\n");
    assertEquals(
        1,
        run(
            "clv",
            "fit",
            "--summary",
            zero.toString(),
            "--model",
            "gammagamma",
            "--monetary-column",
            "monetary"));
    assertEquals(
        "cx4j: "
            + zero
            + ":2: column monetary (4): expected a non-negative mean value, was"
            + " \"-1\"\n",
        err);
  }

  @Test
  void tourChapterRunsInBothLanguages() {
    for (Locale locale : List.of(Locale.ENGLISH, Locale.CHINESE)) {
      StringWriter o = new StringWriter();
      Tour tour = new Tour(new PrintWriter(o), locale);
      CustomerWorthChapter chapter = new CustomerWorthChapter();
      assertEquals(50, chapter.order());
      chapter.run(tour);
      String text = o.toString();
      assertTrue(text.contains("0.243"), text);
      assertTrue(text.contains("P(alive)"), text);
      assertTrue(text.contains(locale == Locale.CHINESE ? "最有价值的顾客" : "most valuable"), text);
    }
  }

  /** Runs {@code cx4j clv fit} on a summary file, writing the fit to {@code out}. */
  private int fitTo(Path summary, String model, Path out) {
    return run(
        "clv",
        "fit",
        "--summary",
        summary.toString(),
        "--model",
        model,
        "--output",
        out.toString());
  }
}
