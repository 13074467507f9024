/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.examples.CliTest;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.IntervalOptions;
import io.github.cx4j.scoring.value.Intervals;
import io.github.cx4j.scoring.value.ParameterDraws;
import io.github.cx4j.scoring.value.PredictionIntervals;
import io.github.cx4j.scoring.value.SpendDraws;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cx4j clv predict --interval}: low/high columns for purchases and CLV. */
class ClvIntervalsCommandTest extends CliTest {
  @TempDir static Path dir;
  static Path summary;
  static RepeatSummaries cdnow;

  @BeforeAll
  static void writeSummary() throws IOException {
    cdnow =
        ActivitySummaries.repeat(
            CdnowSample.load(), CdnowSample.CALIBRATION_END, SummarySpec.WEEKS);
    StringBuilder csv = new StringBuilder("id,frequency,recency,T,monetary\n");
    for (int i = 0; i < cdnow.size(); i++) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%s,%d,%.17g,%.17g,%.17g%n",
              cdnow.customer(i).value(),
              cdnow.frequency(i),
              cdnow.recency(i),
              cdnow.age(i),
              cdnow.monetary(i)));
    }
    summary = dir.resolve("cdnow.csv");
    Files.writeString(summary, csv.toString(), StandardCharsets.UTF_8);
  }

  private List<String> predict(Path bg, Path gg, String... extra) throws IOException {
    Path predictions = dir.resolve("intervals-" + extra.length + ".csv");
    String[] base = {
      "clv",
      "predict",
      "--summary",
      summary.toString(),
      "--monetary-column",
      "monetary",
      "--model-file",
      bg.toString(),
      "--model-file",
      gg.toString(),
      "--horizon",
      "39",
      "--time-unit",
      "weeks",
      "--output",
      predictions.toString()
    };
    String[] args = new String[base.length + extra.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(extra, 0, args, base.length, extra.length);
    assertEquals(0, run(args), err);
    return Files.readAllLines(predictions);
  }

  @Test
  void intervalAddsLowAndHighColumns() throws IOException {
    Path bg = dir.resolve("bg.json");
    Path gg = dir.resolve("gg.json");
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "bgnbd",
            "--output",
            bg.toString()));
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
            gg.toString()),
        err);
    List<String> lines = predict(bg, gg, "--interval", "0.9", "--interval-draws", "500");
    assertEquals(2358, lines.size());
    assertEquals(
        "id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv,"
            + "purchases_low,purchases_high,clv_low,clv_high",
        lines.get(0));
    BgNbdModel model = FitFile.read(bg).fit().as(BgNbdModel.class);
    Intervals exact =
        PredictionIntervals.purchases(
            model, 39, 0.9, cdnow.frequency(), cdnow.recency(), cdnow.age());
    double wide = 0;
    for (int i = 1; i < lines.size(); i++) {
      String[] f = lines.get(i).split(",");
      assertEquals(exact.low()[i - 1], Double.parseDouble(f[8]), "row " + i);
      assertEquals(exact.high()[i - 1], Double.parseDouble(f[9]), "row " + i);
      double clvLow = Double.parseDouble(f[10]);
      double clvHigh = Double.parseDouble(f[11]);
      assertTrue(clvLow >= 0 && clvLow <= clvHigh, lines.get(i));
      wide += Double.parseDouble(f[9]) - Double.parseDouble(f[8]);
    }
    // the same seed gives the same file; parameter draws widen the purchase intervals
    assertEquals(lines, predict(bg, gg, "--interval", "0.9", "--interval-draws", "500"));
    List<String> withDraws =
        predict(bg, gg, "--interval", "0.9", "--interval-draws", "500", "--parameter-draws", "50");
    double wider = 0;
    for (int i = 1; i < withDraws.size(); i++) {
      String[] f = withDraws.get(i).split(",");
      wider += Double.parseDouble(f[9]) - Double.parseDouble(f[8]);
    }
    assertTrue(wider >= wide, wider + " vs " + wide);
    // issue 20 item 3: the CLV interval also draws the gammagamma parameters (seed + 1), on the
    // rows gammagamma applies to
    GammaGammaModel spend = FitFile.read(gg).fit().as(GammaGammaModel.class);
    ParameterDraws purchaseDraws =
        ParameterDraws.fromHessian(
            model, cdnow.frequency(), cdnow.recency(), cdnow.age(), null, 50, 1);
    SpendDraws spendDraws =
        SpendDraws.fromHessian(spend, cdnow.frequency(), cdnow.monetary(), null, 50, 2);
    Intervals both =
        PredictionIntervals.clv(
            purchaseDraws,
            spendDraws,
            cdnow.frequency(),
            cdnow.recency(),
            cdnow.age(),
            cdnow.monetary(),
            new ClvHorizon(39, 1, 0),
            1,
            new IntervalOptions(0.9, 500, 1));
    for (int i = 1; i < withDraws.size(); i++) {
      String[] f = withDraws.get(i).split(",");
      assertEquals(both.low()[i - 1], Double.parseDouble(f[10]), 5e-7, "row " + i);
      assertEquals(both.high()[i - 1], Double.parseDouble(f[11]), 5e-7, "row " + i);
    }
  }

  @Test
  void badIntervalOptionsAreNamed() throws IOException {
    Path bg = dir.resolve("bg-bad.json");
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "bgnbd",
            "--output",
            bg.toString()));
    String[] base = {
      "clv",
      "predict",
      "--summary",
      summary.toString(),
      "--model-file",
      bg.toString(),
      "--horizon",
      "39",
      "--time-unit",
      "weeks"
    };
    assertEquals(1, run(concat(base, "--interval", "1.5")));
    assertEquals("cx4j: --interval must be a level within (0, 1), was 1.5\n", err);
    assertEquals(1, run(concat(base, "--interval", "0.9", "--parameter-draws", "-1")));
    assertEquals("cx4j: --parameter-draws must be within 0..100000, was -1\n", err);
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = new String[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
