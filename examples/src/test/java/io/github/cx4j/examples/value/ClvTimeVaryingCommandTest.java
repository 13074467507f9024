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
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.CovariatePenalty;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.Intervals;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.PurchaseHistories;
import io.github.cx4j.scoring.value.TimeVaryingCovariates;
import io.github.cx4j.scoring.value.TimeVaryingFit;
import io.github.cx4j.scoring.value.TimeVaryingParetoNbd;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code clv fit} and {@code clv predict} with a time-varying covariate file: 2,000 customers
 * simulated in calendar time from the Pareto/NBD with a season and a campaign on the purchase rate
 * and a service problem on the dropout rate (4-week periods), summarised by {@code cx4j summarize};
 * the command's fit equals the library's on the same histories and paths and recovers the effects
 * within 3 SE; its predictions equal the library's; bad files get exact messages.
 */
class ClvTimeVaryingCommandTest extends CliTest {
  static final LocalDate ORIGIN = LocalDate.of(2025, 1, 6);

  /** Calibration: days 0..363 (52 weeks, end inclusive); holdout: the next 52 weeks. */
  static final int END_DAY = 363;

  static final int PERIODS = 26;

  static final double[] TRUTH = {0.8, 8.0, 0.9, 20.0, 0.4, 0.6, 0.8};

  static final int N = 2000;

  @TempDir static Path dir;
  static Path summary;
  static Path purchases;
  static Path covariates;
  static Path fitFile;
  static PurchaseHistories histories;
  static TimeVaryingCovariates purchase;
  static TimeVaryingCovariates dropout;
  static int[] holdout = new int[N];

  @BeforeAll
  static void simulate() throws IOException {
    SplittableRandom rng = new SplittableRandom(2026);
    StringBuilder p = new StringBuilder("customer,date,amount\n");
    StringBuilder c = new StringBuilder("customer,period_start,season,campaign,problem\n");
    double[] breaks = new double[PERIODS + 1];
    for (int k = 0; k <= PERIODS; k++) {
      breaks[k] = 4.0 * k;
    }
    double[][] zp = new double[N][2 * PERIODS];
    double[][] zd = new double[N][PERIODS];
    int[] birthDay = new int[N];
    double[] simBirth = new double[N];
    double[] simAge = new double[N];
    for (int i = 0; i < N; i++) {
      int problemFrom = rng.nextDouble() < 0.4 ? rng.nextInt(PERIODS) : PERIODS;
      for (int k = 0; k < PERIODS; k++) {
        zp[i][2 * k] = Math.round(1000 * Math.sin(2 * Math.PI * k / 13.0)) / 1000.0;
        zp[i][2 * k + 1] = rng.nextDouble() < 0.3 ? 1 : 0;
        zd[i][k] = k >= problemFrom ? 1 : 0;
        c.append(
            String.format(
                Locale.ROOT,
                "c%d,%s,%s,%d,%d%n",
                i,
                ORIGIN.plusDays(28L * k),
                zp[i][2 * k],
                (int) zp[i][2 * k + 1],
                (int) zd[i][k]));
      }
      birthDay[i] = rng.nextInt(84);
      simBirth[i] = birthDay[i] / 7.0;
      simAge[i] = (END_DAY - birthDay[i]) / 7.0;
    }
    purchase = new TimeVaryingCovariates(List.of("season", "campaign"), breaks, zp);
    dropout = new TimeVaryingCovariates(List.of("problem"), breaks, zd);
    // drawn in continuous weeks by the library's simulator, recorded as purchase days
    TimeVaryingParetoNbd.Simulation sim =
        TimeVaryingParetoNbd.simulate(
            new ParetoNbdModel(TRUTH[0], TRUTH[1], TRUTH[2], TRUTH[3]),
            new double[] {TRUTH[4], TRUTH[5]},
            new double[] {TRUTH[6]},
            simBirth,
            simAge,
            52,
            purchase,
            dropout,
            2026);
    holdout = sim.holdout();
    double[][] drawn = sim.histories().repeatTimes();
    double[] birth = new double[N];
    double[] age = new double[N];
    double[][] times = new double[N][];
    for (int i = 0; i < N; i++) {
      TreeSet<Integer> days = new TreeSet<>();
      days.add(birthDay[i]);
      for (double t : drawn[i]) {
        days.add(birthDay[i] + (int) Math.floor(t * 7));
      }
      List<Double> calibration = new ArrayList<>();
      for (int day : days) {
        p.append(String.format(Locale.ROOT, "c%d,%s,10%n", i, ORIGIN.plusDays(day)));
        if (day > birthDay[i]) {
          calibration.add((day - birthDay[i]) / 7.0);
        }
      }
      if (holdout[i] > 0) {
        // after the calibration end: left out of the fit
        p.append(
            String.format(Locale.ROOT, "c%d,%s,10%n", i, ORIGIN.plusDays(END_DAY + 1L + i % 300)));
      }
      birth[i] = simBirth[i];
      age[i] = simAge[i];
      times[i] = calibration.stream().mapToDouble(Double::doubleValue).toArray();
    }
    histories = new PurchaseHistories(birth, times, age);
    purchases = dir.resolve("purchases.csv");
    covariates = dir.resolve("tv.csv");
    Files.writeString(purchases, p.toString(), StandardCharsets.UTF_8);
    Files.writeString(covariates, c.toString(), StandardCharsets.UTF_8);
    ClvTimeVaryingCommandTest self = new ClvTimeVaryingCommandTest();
    assertEquals(
        0,
        self.run(
            "summarize",
            "--input",
            purchases.toString(),
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--end",
            ORIGIN.plusDays(END_DAY).toString(),
            "--unit",
            "weeks"),
        self.err);
    summary = dir.resolve("summary.csv");
    Files.writeString(summary, self.out, StandardCharsets.UTF_8);
    fitFile = dir.resolve("tv.json");
    assertEquals(0, self.fit(covariates, "--output", fitFile.toString()), self.err);
  }

  int fit(Path cov, String... more) {
    return fit(summary, cov, more);
  }

  int fit(Path sum, Path cov, String... more) {
    String[] base = {
      "clv",
      "fit",
      "--summary",
      sum.toString(),
      "--model",
      "paretonbd",
      "--covariates",
      cov.toString(),
      "--purchases",
      purchases.toString(),
      "--purchase-covariates",
      "season,campaign",
      "--dropout-covariates",
      "problem"
    };
    String[] args = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return run(args);
  }

  int predict(Path model, Path cov, String... more) {
    String[] base = {
      "clv",
      "predict",
      "--summary",
      summary.toString(),
      "--model-file",
      model.toString(),
      "--horizon",
      "52",
      "--covariates",
      cov.toString()
    };
    String[] args = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return run(args);
  }

  @Test
  void theFitIsTheLibrarysOnTheSameHistoriesAndRecoversTheEffects() throws IOException {
    JsonNode json = CxJson.mapper().readTree(Files.readString(fitFile));
    assertTrue(json.get("timeVarying").asBoolean(), json.toString());
    assertEquals("paretonbd", json.get("model").asText());
    assertEquals(N, json.get("customers").asInt());
    assertEquals("P7D", json.get("timeUnit").asText());
    TimeVaryingFit lib =
        TimeVaryingParetoNbd.fit(
            histories, purchase, dropout, CovariatePenalty.none(), false, FitOptions.defaults());
    // the join (union of period starts, last row holding on, days into weeks) loses nothing
    assertEquals(lib.logLikelihood(), json.get("logLikelihood").asDouble(), 1e-6, json.toString());
    JsonNode effects = json.get("effects");
    JsonNode ses = json.get("standardErrors");
    String[] names = {"purchase.season", "purchase.campaign", "dropout.problem"};
    for (int j = 0; j < names.length; j++) {
      double e = effects.get(names[j]).asDouble();
      assertEquals(lib.effect(names[j]), e, 1e-4, names[j]);
      assertEquals(TRUTH[4 + j], e, 3 * ses.get(names[j]).asDouble(), names[j]);
    }
    String[] base = {"r", "alpha", "s", "beta"};
    for (int j = 0; j < 4; j++) {
      double v = json.get("params").get(base[j]).asDouble();
      assertEquals(TRUTH[j], v, 3 * ses.get(base[j]).asDouble(), base[j]);
    }
  }

  @Test
  void predictionsAreTheLibrarysAlongTheCovariatePath() throws IOException {
    assertEquals(0, predict(fitFile, covariates, "--purchases", purchases.toString()), err);
    String[] lines = out.split("\n");
    assertEquals("id,frequency,recency,T,p_alive,expected_purchases", lines[0]);
    assertEquals(N + 1, lines.length);
    TimeVaryingFit fit = CovariateFitFile.read(fitFile).timeVaryingFit();
    double[] alive = fit.probabilityAlive(histories, purchase, dropout);
    double[] expected = fit.conditionalExpectedPurchases(52, histories, purchase, dropout);
    double predicted = 0;
    double actual = 0;
    for (int i = 0; i < N; i++) {
      String[] cells = lines[i + 1].split(",");
      assertEquals("c" + i, cells[0]);
      assertEquals(alive[i], Double.parseDouble(cells[4]), 1e-6, cells[0]);
      assertEquals(expected[i], Double.parseDouble(cells[5]), 1e-6, cells[0]);
      predicted += expected[i];
      actual += holdout[i];
    }
    // the total of 2,000 customers' holdout purchases: Poisson-like noise and the fit's error,
    // within 10% (the library test checks 3 SE on 4,000 customers)
    assertEquals(/* expected= */ actual, /* actual= */ predicted, 0.1 * actual, "holdout total");
  }

  @Test
  void intervalsClvAndDertAreTheLibrarysAlongThePath() throws IOException {
    GammaGammaModel spend = new GammaGammaModel(6.25, 3.74, 15.44);
    Path gg = dir.resolve("gg.json");
    ValueFit ggFit =
        new ValueFit(
            ValueModelKind.GAMMAGAMMA,
            new java.util.LinkedHashMap<>(Map.of("p", 6.25, "q", 3.74, "gamma", 15.44)),
            Map.of(),
            -1,
            true,
            0,
            1,
            1,
            "given");
    Files.writeString(gg, new FitFile(ggFit, Optional.empty(), Optional.empty()).json());
    assertEquals(
        0,
        predict(
            fitFile,
            covariates,
            "--purchases",
            purchases.toString(),
            "--model-file",
            gg.toString(),
            "--monetary-column",
            "monetary",
            "--interval",
            "0.9",
            "--interval-draws",
            "200",
            "--dert",
            "--discount",
            "0.01"),
        err);
    String[] lines = out.split("\n");
    assertEquals(
        "id,frequency,recency,T,p_alive,expected_purchases,expected_spend,clv,dert,purchases_low,"
            + "purchases_high,clv_low,clv_high",
        lines[0]);
    TimeVaryingFit fit = CovariateFitFile.read(fitFile).timeVaryingFit();
    int[] x = histories.frequency();
    double[] monetary = new double[N];
    for (int i = 0; i < N; i++) {
      monetary[i] = x[i] > 0 ? 10 : 0;
    }
    ClvHorizon horizon = new ClvHorizon(52, 1, 0.01);
    double[] clv = fit.clv(spend, monetary, horizon, 1, histories, purchase, dropout);
    double[] dert =
        fit.discountedExpectedResidualTransactions(0.01, 1, histories, purchase, dropout);
    Intervals counts = fit.purchaseIntervals(52, 0.9, histories, purchase, dropout);
    for (int i = 0; i < N; i++) {
      String[] cells = lines[i + 1].split(",");
      assertEquals(clv[i], Double.parseDouble(cells[7]), 1e-6 * (1 + clv[i]), lines[i + 1]);
      assertEquals(dert[i], Double.parseDouble(cells[8]), 1e-6 * (1 + dert[i]), lines[i + 1]);
      assertEquals((long) counts.low()[i], Long.parseLong(cells[9]), lines[i + 1]);
      assertEquals((long) counts.high()[i], Long.parseLong(cells[10]), lines[i + 1]);
      double low = Double.parseDouble(cells[11]);
      double high = Double.parseDouble(cells[12]);
      assertTrue(low >= 0 && low <= high, lines[i + 1]);
    }
    // parameter draws over the fitted Hessian: the library's draws on the same histories
    assertEquals(
        0,
        predict(
            fitFile,
            covariates,
            "--purchases",
            purchases.toString(),
            "--interval",
            "0.9",
            "--parameter-draws",
            "5"),
        err);
    String[] drawn = out.split("\n");
    assertEquals(
        "id,frequency,recency,T,p_alive,expected_purchases,purchases_low,purchases_high", drawn[0]);
    Intervals lib =
        TimeVaryingFit.purchaseIntervals(
            fit.parameterDraws(histories, purchase, dropout, 5, 1),
            52,
            0.9,
            histories,
            purchase,
            dropout);
    int same = 0;
    for (int i = 0; i < N; i++) {
      String[] cells = drawn[i + 1].split(",");
      if (lib.low()[i] == Long.parseLong(cells[6]) && lib.high()[i] == Long.parseLong(cells[7])) {
        same++;
      }
    }
    // the Hessian by finite differences on the command's join and on the test's paths agree to
    // about 1e-7, so at most a customer or two whose quantile sits on a boundary may differ
    assertTrue(same >= N - 2, same + " of " + N);
  }

  @Test
  void aCustomerWithoutCovariateRowsIsNamed() throws IOException {
    Path file = dir.resolve("no-c1.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(covariates));
    rows.removeIf(r -> r.startsWith("c1,"));
    Files.write(file, rows);
    assertEquals(1, fit(file));
    assertEquals(
        "cx4j: "
            + summary
            + ":"
            + lineOf("c1")
            + ": column customer (1): no row in "
            + file
            + ", was \"c1\"\n",
        err);
  }

  @Test
  void rowsThatStartAfterTheFirstPurchaseDoNotCoverTheWindow() throws IOException {
    Path file = dir.resolve("late.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(covariates));
    // the first row of a customer whose first purchase is in the first period, moved after it
    int j = 0;
    while (firstPurchaseDay("c" + j) > 26) {
      j++;
    }
    String id = "c" + j;
    int first = firstPurchaseDay(id);
    String late = ORIGIN.plusDays(first + 1L).toString();
    int line = 2 + PERIODS * j;
    rows.set(line - 1, rows.get(line - 1).replace(ORIGIN.toString(), late));
    Files.write(file, rows);
    assertEquals(1, fit(file));
    assertEquals(
        "cx4j: "
            + file
            + ":"
            + line
            + ": column period_start (2): the first row of customer \""
            + id
            + "\" starts after its first purchase on "
            + ORIGIN.plusDays(first)
            + ", which its covariates must cover, was \""
            + late
            + "\"\n",
        err);
  }

  @Test
  void nonNumericValuesDuplicatesAndDisorderAreNamed() throws IOException {
    Path text = dir.resolve("text.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(covariates));
    rows.set(3, rows.get(3).replaceFirst(",[01],([01])$", ",yes,$1"));
    Files.write(text, rows);
    assertEquals(1, fit(text));
    assertTrue(err.startsWith("cx4j: " + text + ":4: column campaign (4): "), err);
    assertTrue(err.endsWith(", was \"yes\"\n"), err);

    Path twice = dir.resolve("twice.csv");
    rows = new ArrayList<>(Files.readAllLines(covariates));
    rows.add(3, rows.get(2));
    Files.write(twice, rows);
    assertEquals(1, fit(twice));
    assertEquals(
        "cx4j: "
            + twice
            + ":4: column period_start (2): a second row for customer \"c0\" and this period start"
            + " (the first is on line 3), was \""
            + ORIGIN.plusDays(28)
            + "\"\n",
        err);

    Path disorder = dir.resolve("disorder.csv");
    rows = new ArrayList<>(Files.readAllLines(covariates));
    String second = rows.get(2);
    rows.set(2, rows.get(3));
    rows.set(3, second);
    Files.write(disorder, rows);
    assertEquals(1, fit(disorder));
    assertEquals(
        "cx4j: "
            + disorder
            + ":4: column period_start (2): rows of customer \"c0\" out of date order (line 3"
            + " starts on "
            + ORIGIN.plusDays(56)
            + "), was \""
            + ORIGIN.plusDays(28)
            + "\"\n",
        err);
  }

  @Test
  void purchasesMustAgreeWithTheSummary() throws IOException {
    Path fewer = dir.resolve("fewer.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(purchases));
    String customer = null;
    int frequency = 0;
    for (String line : Files.readAllLines(summary)) {
      String[] cells = line.split(",");
      if (cells.length > 1 && cells[0].matches("c\\d+") && Integer.parseInt(cells[1]) >= 2) {
        customer = cells[0];
        frequency = Integer.parseInt(cells[1]);
        break;
      }
    }
    String id = java.util.Objects.requireNonNull(customer);
    int last = -1;
    for (int r = 0; r < rows.size(); r++) {
      if (rows.get(r).startsWith(id + ",")) {
        last = r;
      }
    }
    // the customer's last purchase (in calibration or not) is dropped: find its last calibration
    // purchase instead, so the count of repeat days falls by one
    int lastCalibration = -1;
    for (int r = 0; r <= last; r++) {
      String row = rows.get(r);
      if (row.startsWith(id + ",")
          && !LocalDate.parse(row.split(",")[1]).isAfter(ORIGIN.plusDays(END_DAY))) {
        lastCalibration = r;
      }
    }
    rows.remove(lastCalibration);
    Files.write(fewer, rows);
    assertEquals(
        1,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "paretonbd",
            "--covariates",
            covariates.toString(),
            "--purchases",
            fewer.toString(),
            "--purchase-covariates",
            "season"));
    assertEquals(
        "cx4j: "
            + fewer
            + ": customer \""
            + id
            + "\" has "
            + (frequency - 1)
            + " repeat purchase days up to the calibration end "
            + ORIGIN.plusDays(END_DAY)
            + ", but "
            + summary
            + ":"
            + lineOf(id)
            + " has frequency "
            + frequency
            + "\n",
        err);
  }

  @Test
  void missingPiecesAndMismatchesAreRefused() throws IOException {
    assertEquals(
        1,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "paretonbd",
            "--covariates",
            covariates.toString(),
            "--purchase-covariates",
            "season"));
    assertEquals(
        "cx4j: time-varying covariates need --purchases FILE (the purchases of the summary's"
            + " customers, for the covariates at each repeat purchase)\n",
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
            covariates.toString(),
            "--purchase-covariates",
            "season"));
    assertEquals(
        "cx4j: "
            + covariates
            + " holds time-varying covariates (a period_start column): they apply to --model"
            + " paretonbd only, not bgnbd\n",
        err);
    Path bare = dir.resolve("bare.csv");
    List<String> rows = new ArrayList<>(Files.readAllLines(summary));
    rows.removeIf(r -> r.startsWith("#"));
    Files.write(bare, rows);
    assertEquals(1, fit(bare, covariates));
    assertEquals(
        "cx4j: "
            + bare
            + ": time-varying covariates need the time unit and the calibration end that 'cx4j"
            + " summarize' records (the '# cx4j summarize:' line); this summary has none\n",
        err);
    // a static covariate file: one row per customer
    Path stat = dir.resolve("static.csv");
    StringBuilder s = new StringBuilder("customer,season,campaign,problem\n");
    for (int i = 0; i < N; i++) {
      s.append("c").append(i).append(",0,1,0\n");
    }
    Files.writeString(stat, s.toString());
    assertEquals(1, predict(fitFile, stat));
    assertEquals(
        "cx4j: "
            + fitFile
            + " is a fit with time-varying covariates, but "
            + stat
            + " has no period_start column (static covariates)\n",
        err);
    assertEquals(1, predict(fitFile, covariates));
    assertEquals(
        "cx4j: "
            + fitFile
            + " is a fit with time-varying covariates: give --purchases FILE with the purchases"
            + " of the summary's customers\n",
        err);
    Path staticFit = dir.resolve("static.json");
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            summary.toString(),
            "--model",
            "paretonbd",
            "--covariates",
            stat.toString(),
            "--dropout-covariates",
            "problem",
            "--penalty",
            "1",
            "--output",
            staticFit.toString()),
        err);
    assertEquals(1, predict(staticFit, covariates, "--purchases", purchases.toString()));
    assertEquals(
        "cx4j: "
            + covariates
            + " holds time-varying covariates (a period_start column), but "
            + staticFit
            + " is a fit with static covariates\n",
        err);
    assertEquals(1, predict(staticFit, stat, "--purchases", purchases.toString()));
    assertEquals(
        "cx4j: --purchases applies to a time-varying --covariates file (with a period_start"
            + " column) only\n",
        err);
  }

  private static long lineOf(String id) throws IOException {
    List<String> lines = Files.readAllLines(summary);
    for (int r = 0; r < lines.size(); r++) {
      if (lines.get(r).startsWith(id + ",")) {
        return r + 1L;
      }
    }
    throw new AssertionError(id);
  }

  private static int firstPurchaseDay(String id) throws IOException {
    for (String line : Files.readAllLines(purchases)) {
      if (line.startsWith(id + ",")) {
        return (int) (LocalDate.parse(line.split(",")[1]).toEpochDay() - ORIGIN.toEpochDay());
      }
    }
    throw new AssertionError(id);
  }
}
