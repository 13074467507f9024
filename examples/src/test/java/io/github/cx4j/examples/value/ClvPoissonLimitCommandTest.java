/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.examples.CliTest;
import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.SimulatedCustomers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clv fit}, {@code clv predict} and {@code clv compare} on customers who all buy at one rate
 * (0.4 a week while alive, p ~ Beta(0.8, 4)): the BG/NBD likelihood's supremum is the Poisson limit
 * (r, alpha -> infinity), and the commands say so, with the rate and its standard error, instead of
 * reporting the huge r the optimiser stopped at.
 */
class ClvPoissonLimitCommandTest extends CliTest {
  @TempDir static Path dir;
  static Path summary;
  static SimulatedCustomers customers;

  @BeforeAll
  static void writeSummary() throws IOException {
    double[] age = new double[3000];
    for (int i = 0; i < age.length; i++) {
      age[i] = 26 + i % 26;
    }
    // r = 1e8: a spread of purchase rates of 1e-4 relative, none that 3,000 customers can show
    customers = BgNbd.simulate(new BgNbdModel(1e8, 1e8 / 0.4, 0.8, 4.0), age, SEED);
    StringBuilder csv =
        new StringBuilder(
            TimeUnits.summaryComment("repeat", SummarySpec.WEEKS, LocalDate.of(2024, 6, 30))
                + "\ncustomer,frequency,recency,T\n");
    for (int i = 0; i < age.length; i++) {
      csv.append(
          String.format(
              Locale.ROOT,
              "K%04d,%d,%.17g,%.17g%n",
              age.length - i,
              customers.frequency()[i],
              customers.recency()[i],
              customers.age()[i]));
    }
    summary = dir.resolve("one-rate.csv");
    Files.writeString(summary, csv.toString());
  }

  /** A seed whose sample has the supremum in the limit (about half of them do). */
  static final long SEED = 2;

  private Path fit(String model) {
    Path json = dir.resolve(model + ".json");
    assertEquals(
        0,
        run("clv", "fit", "--summary", summary.toString(), "--model", model, "-o", json.toString()),
        err);
    return json;
  }

  @Test
  void fitSaysItIsThePoissonLimitAndRecordsTheRate() throws IOException {
    Path json = fit("bgnbd");
    assertEquals(EXPECTED_FIT_NOTE + "\n", err);
    JsonNode node = CxJson.mapper().readTree(json.toFile());
    assertEquals(1e12, node.get("params").get("r").asDouble());
    double rate =
        node.get("params").get("r").asDouble() / node.get("params").get("alpha").asDouble();
    assertEquals(rate, node.get("poissonLimit").get("rate").asDouble());
    assertEquals(EXPECTED_SE, node.get("poissonLimit").get("standardError").asDouble());
    assertEquals(0.4, rate, 3 * EXPECTED_SE);
    assertEquals("P7D", node.get("timeUnit").asText());
    assertTrue(
        node.get("message").asText().startsWith("converged at the boundary: the Poisson limit"),
        node.toString());
  }

  @Test
  void predictWorksFromTheFitFile() throws IOException {
    Path json = fit("bgnbd");
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            summary.toString(),
            "--model-file",
            json.toString(),
            "--horizon",
            "P10W"),
        err);
    List<String> lines = out.lines().toList();
    assertEquals(3001, lines.size());
    // the ids come from the summary's customer column (the header names it id)
    assertEquals("id,frequency,recency,T,p_alive,expected_purchases", lines.get(0));
    assertEquals(EXPECTED_PREDICT_LINES, lines.subList(1, 4));
    // P(alive) in the limit: 1 / (1 + e^D), D = ln a - ln(b + x - 1) + rate (T - t_x)
    JsonNode fit = CxJson.mapper().readTree(json.toFile());
    double rate = fit.get("poissonLimit").get("rate").asDouble();
    double a = fit.get("params").get("a").asDouble();
    double b = fit.get("params").get("b").asDouble();
    for (int i = 0; i < 3000; i++) {
      String[] row = lines.get(i + 1).split(",");
      assertEquals(String.format(Locale.ROOT, "K%04d", 3000 - i), row[0]);
      int x = customers.frequency()[i];
      double d =
          Math.log(a) - Math.log(b + x - 1) + rate * (customers.age()[i] - customers.recency()[i]);
      double alive = x == 0 ? 1.0 : 1 / (1 + Math.exp(d));
      assertEquals(alive, Double.parseDouble(row[4]), 5e-7, row[0]);
    }
  }

  @Test
  void compareNamesTheBoundary() {
    assertEquals(
        0, run("clv", "compare", "--summary", summary.toString(), "--models", "bgnbd,mbgnbd"), err);
    List<String> lines = out.lines().toList();
    assertEquals(EXPECTED_COMPARE_LINES, lines.subList(0, EXPECTED_COMPARE_LINES.size()));
  }

  @Test
  void aFitFileWhoseRecordedLimitDisagreesIsRefused() throws IOException {
    Path json = fit("bgnbd");
    ObjectNode node = (ObjectNode) CxJson.mapper().readTree(json.toFile());
    double rate = node.get("poissonLimit").get("rate").asDouble();
    ((ObjectNode) node.get("poissonLimit")).put("rate", 0.5);
    Path changed = dir.resolve("changed.json");
    Files.writeString(changed, node.toString());
    String[] predict = {
      "clv",
      "predict",
      "--summary",
      summary.toString(),
      "--model-file",
      changed.toString(),
      "--horizon",
      "10"
    };
    assertEquals(1, run(predict));
    assertEquals(
        "cx4j: "
            + changed
            + ": poissonLimit.rate must be the fit's r / alpha = "
            + rate
            + ", was 0.5\n",
        err);
    ((ObjectNode) node.get("poissonLimit")).put("rate", "fast");
    Files.writeString(changed, node.toString());
    assertEquals(1, run(predict));
    assertEquals("cx4j: " + changed + ": poissonLimit.rate must be a number, was \"fast\"\n", err);
    ((ObjectNode) node.get("poissonLimit")).put("rate", rate);
    node.put("message", "converged");
    Files.writeString(changed, node.toString());
    assertEquals(1, run(predict));
    assertEquals(
        "cx4j: "
            + changed
            + ": poissonLimit is recorded, but the fit is not in the Poisson limit (r = 1.0E12,"
            + " message \"converged\")\n",
        err);
  }

  /** Lambda's standard error as the fit reports it (two significant digits). */
  static final double EXPECTED_SE = 0.0027;

  static final String EXPECTED_FIT_NOTE =
      "cx4j: bgnbd converged at the boundary, the Poisson limit (r and alpha -> infinity): every"
          + " customer buys at rate r / alpha = 0.396689 per time unit (P7D), standard error"
          + " 0.0027, while alive; a = 0.7971, b = 4.047; the fit records r as 1e+12 and alpha as"
          + " r / rate";

  static final List<String> EXPECTED_PREDICT_LINES =
      List.of(
          "K3000,4,3.742527,26,0.001292,0.004387",
          "K2999,10,25.208542,27,0.889403,3.200798",
          "K2998,2,1.097955,28,0.000147,0.000479");

  static final List<String> EXPECTED_COMPARE_LINES =
      List.of(
          "model       k      log-lik          AIC          BIC converged",
          "nbd         2    -56330.63    112665.27    112677.28 yes      ",
          "bgnbd       4    -50209.16    100426.32    100450.35 yes      ",
          "mbgnbd      4    -50638.75    101285.49    101309.52 yes      ",
          "bgnbd converged at the boundary, the Poisson limit (r and alpha -> infinity): one"
              + " purchase rate r / alpha = 0.396689 per time unit for every customer while alive",
          "mbgnbd converged at the boundary, the Poisson limit (r and alpha -> infinity): one"
              + " purchase rate r / alpha = 0.398202 per time unit for every customer while alive",
          "");
}
