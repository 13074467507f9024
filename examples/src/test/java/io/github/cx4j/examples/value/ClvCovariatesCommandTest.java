/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.CliTest;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.scoring.value.CovariateFit;
import io.github.cx4j.scoring.value.ParetoNbd;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.SimulatedCustomers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code clv fit} with {@code --covariates}: recovery of known effects and the input errors. */
class ClvCovariatesCommandTest extends CliTest {
  @TempDir static Path dir;
  static Path summary;
  static Path covariates;

  /** 3,000 Pareto/NBD customers: income on the purchase rate, web on the dropout rate. */
  @BeforeAll
  static void simulate() throws IOException {
    SplittableRandom rng = new SplittableRandom(7);
    StringBuilder s = new StringBuilder("customer,frequency,recency,T\n");
    StringBuilder c = new StringBuilder("customer,income,web\n");
    for (int i = 0; i < 3000; i++) {
      double income = rng.nextGaussian();
      int web = rng.nextDouble() < 0.5 ? 1 : 0;
      double alpha = 8 * Math.exp(-0.5 * income);
      double beta = 10 * Math.exp(-0.8 * web);
      double age = 30 + 30 * (i % 50) / 49.0;
      SimulatedCustomers one =
          ParetoNbd.simulate(
              new ParetoNbdModel(0.7, alpha, 0.9, beta), new double[] {age}, 1000L + i);
      s.append(
          String.format(
              Locale.ROOT, "c%d,%d,%.10f,%.10f%n", i, one.frequency()[0], one.recency()[0], age));
      c.append(String.format(Locale.ROOT, "c%d,%.10f,%d%n", i, income, web));
    }
    summary = dir.resolve("summary.csv");
    covariates = dir.resolve("covariates.csv");
    Files.writeString(summary, s.toString(), StandardCharsets.UTF_8);
    Files.writeString(covariates, c.toString(), StandardCharsets.UTF_8);
  }

  private int fit(Path cov, String... more) {
    String[] base = {
      "clv",
      "fit",
      "--summary",
      summary.toString(),
      "--model",
      "paretonbd",
      "--covariates",
      cov.toString(),
      "--purchase-covariates",
      "income",
      "--dropout-covariates",
      "web"
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return run(args);
  }

  @Test
  void fitRecoversTheEffectsAndRecordsThem() throws IOException {
    assertEquals(0, fit(covariates), err);
    JsonNode json = CxJson.mapper().readTree(out);
    assertEquals("paretonbd", json.get("model").asText());
    JsonNode effects = json.get("effects");
    JsonNode ses = json.get("standardErrors");
    // effects on the original scale: purchase rate exp(0.5 income), dropout rate exp(0.8 web)
    double income = effects.get("purchase.income").asDouble();
    double web = effects.get("dropout.web").asDouble();
    assertEquals(0.5, income, 3 * ses.get("purchase.income").asDouble(), out);
    assertEquals(0.8, web, 3 * ses.get("dropout.web").asDouble(), out);
    assertTrue(ses.get("purchase.income").asDouble() < 0.1, out);
    assertTrue(json.get("standardisation").isNull(), out);
    assertEquals(0.0, json.get("penalty").get("lambda").asDouble());
    assertEquals("income", json.get("covariates").get("purchase").get(0).asText());
    assertEquals(3000, json.get("customers").asInt());
  }

  @Test
  void standardisationAndPenaltyAreRecorded() throws IOException {
    assertEquals(
        0, fit(covariates, "--standardise", "--penalty", "0.001", "--penalty-mixing", "0.5"), err);
    JsonNode json = CxJson.mapper().readTree(out);
    JsonNode std = json.get("standardisation");
    assertEquals(0.0, std.get("purchase.income").get("centre").asDouble(), 0.1);
    assertEquals(1.0, std.get("purchase.income").get("scale").asDouble(), 0.1);
    assertEquals(0.5, std.get("dropout.web").get("centre").asDouble(), 0.05);
    assertEquals(0.001, json.get("penalty").get("lambda").asDouble());
    assertEquals(0.5, json.get("penalty").get("mixing").asDouble());
    // standardised effect = effect * scale, shrunk a little by the penalty
    double income = json.get("effects").get("purchase.income").asDouble();
    assertTrue(income > 0.35 && income < 0.6, out);
  }

  @Test
  void badCovariateFilesNameFileLineColumnAndValue() throws IOException {
    Path missing = dir.resolve("missing.csv");
    Files.writeString(missing, "customer,income,web\nc0,1.0,1\n");
    assertEquals(1, fit(missing));
    assertEquals(
        "cx4j: " + summary + ":3: column customer (1): no row in " + missing + ", was \"c1\"\n",
        err);
    Path twice = dir.resolve("twice.csv");
    Files.writeString(twice, "customer,income,web\nc0,1.0,1\nc0,2.0,0\n");
    assertEquals(1, fit(twice));
    assertEquals(
        "cx4j: "
            + twice
            + ":3: column customer (1): a second row for this customer (the first is on line 2),"
            + " was \"c0\"\n",
        err);
    Path text = dir.resolve("text.csv");
    Files.writeString(text, "customer,income,web\nc0,high,1\n");
    assertEquals(1, fit(text));
    assertTrue(err.startsWith("cx4j: " + text + ":2: column income (2): "), err);
    assertTrue(err.endsWith(", was \"high\"\n"), err);
  }

  @Test
  void badCombinationsAreRefused() {
    assertEquals(1, fit(covariates, "--penalty-mixing", "0.5"));
    assertEquals("cx4j: --penalty-mixing needs a positive --penalty\n", err);
    assertEquals(1, fit(covariates, "--penalty", "1", "--penalty-mixing", "2"));
    assertEquals("cx4j: --penalty-mixing must be within 0..1, was 2.0\n", err);
    assertEquals(
        1,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "mbgnbd",
            "--covariates",
            covariates.toString(),
            "--purchase-covariates",
            "income"));
    assertEquals("cx4j: --covariates applies to --model bgnbd and paretonbd, not mbgnbd\n", err);
    assertEquals(
        1,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "bgnbd",
            "--purchase-covariates",
            "income"));
    assertEquals(
        "cx4j: --purchase-covariates, --dropout-covariates, --standardise and --penalty-mixing"
            + " need --covariates FILE\n",
        err);
    assertEquals(
        1,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "bgnbd",
            "--covariates",
            covariates.toString()));
    assertEquals(
        "cx4j: --covariates needs --purchase-covariates or --dropout-covariates (the columns to"
            + " use)\n",
        err);
  }

  @Test
  void bgNbdTakesCovariatesOnBothDropoutParameters() throws IOException {
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "bgnbd",
            "--covariates",
            covariates.toString(),
            "--purchase-covariates",
            "income",
            "--dropout-covariates",
            "web"),
        err);
    JsonNode effects = CxJson.mapper().readTree(out).get("effects");
    assertTrue(effects.has("a.web") && effects.has("b.web"), out);
    assertTrue(effects.get("purchase.income").asDouble() > 0.3, out);
  }

  @Test
  void predictScoresEachCustomerWithItsOwnCovariates() throws IOException {
    assertEquals(0, fit(covariates, "--standardise"), err);
    Path fitFile = dir.resolve("covariate-fit.json");
    Files.writeString(fitFile, out, StandardCharsets.UTF_8);
    // the commands that read plain fits (report clv) say what to do with it
    CliException plainOnly = assertThrows(CliException.class, () -> FitFile.read(fitFile));
    assertEquals(
        fitFile
            + ": a fit with covariates (paretonbd): give it to 'clv predict' with --covariates FILE;"
            + " this command takes a fit without covariates",
        plainOnly.getMessage());
    // the covariate rows in reverse order: joined by id, not by position
    List<String> rows = new ArrayList<>(Files.readAllLines(covariates, StandardCharsets.UTF_8));
    List<String> body = new ArrayList<>(rows.subList(1, rows.size()));
    Collections.reverse(body);
    body.add(0, rows.get(0));
    Path reversed = dir.resolve("covariates-reversed.csv");
    Files.write(reversed, body, StandardCharsets.UTF_8);
    String[] predict = {
      "clv",
      "predict",
      "--summary",
      summary.toString(),
      "--model-file",
      fitFile.toString(),
      "--horizon",
      "52",
      "--covariates",
      reversed.toString()
    };
    assertEquals(0, run(predict), err);
    String[] lines = out.split("\n");
    assertEquals("id,frequency,recency,T,p_alive,expected_purchases", lines[0]);
    assertEquals(3001, lines.length);
    CovariateFit fit = CovariateFitFile.read(fitFile).fit();
    String[] summaryRows =
        Files.readAllLines(summary, StandardCharsets.UTF_8).toArray(new String[0]);
    for (int i : new int[] {0, 1, 17, 2999}) {
      String[] cov = rows.get(1 + i).split(",");
      String[] sum = summaryRows[1 + i].split(",");
      String[] got = lines[1 + i].split(",");
      assertEquals("c" + i, got[0]);
      PurchaseModel m =
          fit.modelFor(
              new double[] {Double.parseDouble(cov[1])}, new double[] {Double.parseDouble(cov[2])});
      int x = Integer.parseInt(sum[1]);
      double tx = Double.parseDouble(sum[2]);
      double age = Double.parseDouble(sum[3]);
      assertEquals(m.probabilityAlive(x, tx, age), Double.parseDouble(got[4]), 1e-6, lines[1 + i]);
      assertEquals(
          m.conditionalExpectedPurchases(52, x, tx, age),
          Double.parseDouble(got[5]),
          1e-6,
          lines[1 + i]);
    }
    // customers with other covariates get other predictions from the same history
    assertNotEquals(
        lines[1].substring(lines[1].indexOf(',')), lines[2].substring(lines[2].indexOf(',')));

    String[] without = java.util.Arrays.copyOf(predict, predict.length - 2);
    assertEquals(1, run(without));
    assertEquals(
        "cx4j: "
            + fitFile
            + " is a fit with covariates: give --covariates FILE with the covariates of the"
            + " summary's customers\n",
        err);
    String[] withInterval = java.util.Arrays.copyOf(predict, predict.length + 2);
    withInterval[predict.length] = "--interval";
    withInterval[predict.length + 1] = "0.9";
    assertEquals(0, run(withInterval), err);
    String[] ranged = out.split("\n");
    assertEquals(
        "id,frequency,recency,T,p_alive,expected_purchases,purchases_low,purchases_high",
        ranged[0]);
    for (int i : new int[] {0, 1, 17, 2999}) {
      String[] cov = rows.get(1 + i).split(",");
      String[] sum = summaryRows[1 + i].split(",");
      String[] got = ranged[1 + i].split(",");
      PurchaseModel m =
          fit.modelFor(
              new double[] {Double.parseDouble(cov[1])}, new double[] {Double.parseDouble(cov[2])});
      io.github.cx4j.scoring.value.Intervals one =
          io.github.cx4j.scoring.value.PredictionIntervals.purchases(
              m,
              52,
              0.9,
              new int[] {Integer.parseInt(sum[1])},
              new double[] {Double.parseDouble(sum[2])},
              new double[] {Double.parseDouble(sum[3])});
      assertEquals((long) one.low()[0], Long.parseLong(got[6]), ranged[1 + i]);
      assertEquals((long) one.high()[0], Long.parseLong(got[7]), ranged[1 + i]);
    }
    // parameter uncertainty: the library's draws over the fitted Hessian, effects included
    String[] withDraws = java.util.Arrays.copyOf(withInterval, withInterval.length + 2);
    withDraws[withInterval.length] = "--parameter-draws";
    withDraws[withInterval.length + 1] = "10";
    assertEquals(0, run(withDraws), err);
    String[] drawn = out.split("\n");
    assertEquals(ranged[0], drawn[0]);
    int n = summaryRows.length - 1;
    int[] xs = new int[n];
    double[] txs = new double[n];
    double[] ages = new double[n];
    double[][] income = new double[n][1];
    double[][] web = new double[n][1];
    for (int i = 0; i < n; i++) {
      String[] sum = summaryRows[1 + i].split(",");
      String[] cov = rows.get(1 + i).split(",");
      xs[i] = Integer.parseInt(sum[1]);
      txs[i] = Double.parseDouble(sum[2]);
      ages[i] = Double.parseDouble(sum[3]);
      income[i][0] = Double.parseDouble(cov[1]);
      web[i][0] = Double.parseDouble(cov[2]);
    }
    io.github.cx4j.scoring.value.Covariates zp =
        new io.github.cx4j.scoring.value.Covariates(List.of("income"), income);
    io.github.cx4j.scoring.value.Covariates zd =
        new io.github.cx4j.scoring.value.Covariates(List.of("web"), web);
    io.github.cx4j.scoring.value.Intervals lib =
        CovariateFit.purchaseIntervals(
            fit.parameterDraws(xs, txs, ages, zp, zd, 10, 1), 52, 0.9, xs, txs, ages, zp, zd);
    for (int i = 0; i < n; i++) {
      String[] got = drawn[1 + i].split(",");
      assertEquals((long) lib.low()[i], Long.parseLong(got[6]), drawn[1 + i]);
      assertEquals((long) lib.high()[i], Long.parseLong(got[7]), drawn[1 + i]);
    }
    // DERT of each customer's own Pareto/NBD
    String[] withDert = java.util.Arrays.copyOf(predict, predict.length + 3);
    withDert[predict.length] = "--dert";
    withDert[predict.length + 1] = "--discount";
    withDert[predict.length + 2] = "0.01";
    assertEquals(0, run(withDert), err);
    String[] derts = out.split("\n");
    assertEquals("id,frequency,recency,T,p_alive,expected_purchases,dert", derts[0]);
    for (int i : new int[] {0, 1, 17, 2999}) {
      String[] got = derts[1 + i].split(",");
      ParetoNbdModel m =
          (ParetoNbdModel) fit.modelFor(new double[] {income[i][0]}, new double[] {web[i][0]});
      assertEquals(
          m.discountedExpectedResidualTransactions(Math.log1p(0.01), xs[i], txs[i], ages[i]),
          Double.parseDouble(got[6]),
          1e-6,
          derts[1 + i]);
    }
    // CLV with a gammagamma file: each customer's own model, and its simulated interval
    StringBuilder withMonetary = new StringBuilder("customer,frequency,recency,T,monetary\n");
    double[] monetary = new double[n];
    for (int i = 0; i < n; i++) {
      monetary[i] = xs[i] > 0 ? 20 + i % 7 : 0;
      withMonetary.append(summaryRows[1 + i]).append(',').append((int) monetary[i]).append('\n');
    }
    Path valued = dir.resolve("summary-monetary.csv");
    Files.writeString(valued, withMonetary.toString(), StandardCharsets.UTF_8);
    Path gg = dir.resolve("gg.json");
    Files.writeString(
        gg,
        new FitFile(
                new io.github.cx4j.scoring.value.ValueFit(
                    io.github.cx4j.scoring.value.ValueModelKind.GAMMAGAMMA,
                    new java.util.LinkedHashMap<>(
                        java.util.Map.of("p", 6.25, "q", 3.74, "gamma", 15.44)),
                    java.util.Map.of(),
                    -1,
                    true,
                    0,
                    1,
                    1,
                    "given"),
                java.util.Optional.empty(),
                java.util.Optional.empty())
            .json());
    String[] valuedArgs = java.util.Arrays.copyOf(predict, predict.length + 10);
    valuedArgs[3] = valued.toString();
    System.arraycopy(
        new String[] {
          "--model-file",
          gg.toString(),
          "--monetary-column",
          "monetary",
          "--interval",
          "0.9",
          "--interval-draws",
          "200",
          "--discount",
          "0.01"
        },
        0,
        valuedArgs,
        predict.length,
        10);
    assertEquals(0, run(valuedArgs), err);
    String[] valuedLines = out.split("\n");
    assertEquals(
        "id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv,purchases_low,"
            + "purchases_high,clv_low,clv_high",
        valuedLines[0]);
    io.github.cx4j.scoring.value.GammaGammaModel spend =
        new io.github.cx4j.scoring.value.GammaGammaModel(6.25, 3.74, 15.44);
    io.github.cx4j.scoring.value.ClvHorizon horizon =
        new io.github.cx4j.scoring.value.ClvHorizon(52, 1, 0.01);
    double[] clv = fit.clv(spend, xs, txs, ages, monetary, horizon, 1, zp, zd);
    io.github.cx4j.scoring.value.Intervals clvRange =
        CovariateFit.clvIntervals(
            List.of(fit),
            io.github.cx4j.scoring.value.SpendDraws.of(spend),
            xs,
            txs,
            ages,
            monetary,
            horizon,
            1,
            new io.github.cx4j.scoring.value.IntervalOptions(0.9, 200, 1),
            zp,
            zd);
    for (int i : new int[] {0, 1, 17, 2999}) {
      String[] got = valuedLines[1 + i].split(",");
      assertEquals(clv[i], Double.parseDouble(got[7]), 1e-6 * (1 + clv[i]), valuedLines[1 + i]);
      assertEquals(clvRange.low()[i], Double.parseDouble(got[10]), 1e-6, valuedLines[1 + i]);
      assertEquals(clvRange.high()[i], Double.parseDouble(got[11]), 1e-6, valuedLines[1 + i]);
    }
    // a BG/NBD covariate fit has no closed-form DERT, as without covariates
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "bgnbd",
            "--covariates",
            covariates.toString(),
            "--purchase-covariates",
            "income",
            "--dropout-covariates",
            "web"),
        err);
    Path bgFit = dir.resolve("bg-covariates.json");
    Files.writeString(bgFit, out, StandardCharsets.UTF_8);
    String[] bgDert = withDert.clone();
    bgDert[5] = bgFit.toString();
    assertEquals(1, run(bgDert));
    assertEquals(
        "cx4j: --dert needs a paretonbd or bgbb model (closed-form DERT), not bgnbd\n", err);

    assertEquals(
        0, run("clv", "fit", "--summary", summary.toString(), "--model", "paretonbd"), err);
    Path plain = dir.resolve("plain-fit.json");
    Files.writeString(plain, out, StandardCharsets.UTF_8);
    String[] onPlain = predict.clone();
    onPlain[5] = plain.toString();
    assertEquals(1, run(onPlain));
    assertEquals(
        "cx4j: --covariates needs a fit with covariates ('clv fit --covariates'); "
            + plain
            + " has none\n",
        err);
  }
}
