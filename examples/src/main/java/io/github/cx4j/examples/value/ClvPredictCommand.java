/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.cli.AtomicOutput;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.io.CsvWriter;
import io.github.cx4j.scoring.value.BgBbModel;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j clv predict}: per customer P(alive), expected purchases over the horizon, expected
 * spend (with a Gamma-Gamma model file) and CLV, as CSV; with {@code --dert}, also the discounted
 * expected residual transactions of a Pareto/NBD or BG/BB model (closed forms of Fader, Hardie and
 * Lee 2005 and Fader, Hardie and Shang 2010).
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description =
        "Per customer P(alive), expected purchases, expected spend and CLV over a horizon (CSV).")
public final class ClvPredictCommand implements Callable<Integer> {
  /** Time units of the summary file. */
  enum Unit {
    days(1),
    weeks(7);

    final double length;

    Unit(double length) {
      this.length = length;
    }
  }

  @Mixin SummaryFile input = new SummaryFile();

  @Option(
      names = "--model-file",
      required = true,
      description =
          "A fit from 'clv fit': a purchase model, optionally repeated with a gammagamma fit for"
              + " spend and CLV.")
  List<Path> modelFiles = new ArrayList<>();

  @Option(
      names = "--horizon",
      required = true,
      description = "Horizon in the summary's time unit (or an ISO-8601 duration such as P52W).")
  String horizon = "";

  @Option(
      names = "--discount",
      defaultValue = "0",
      description = "Discount rate per period (default 0).")
  double discount;

  @Option(
      names = "--period",
      defaultValue = "1",
      description =
          "Discounting period: a number of time units or an ISO-8601 duration (P30D, P1W);"
              + " default 1 unit.")
  String period = "1";

  @Option(
      names = "--time-unit",
      defaultValue = "weeks",
      description = "Time unit of the summary file, for ISO-8601 durations: days or weeks.")
  Unit unit = Unit.weeks;

  @Option(
      names = "--dert",
      description =
          "Add a dert column: discounted expected residual transactions over the whole remaining"
              + " lifetime, at the --discount rate per --period (a purchase t time units after T"
              + " is discounted by (1 + discount)^(-t / period)); paretonbd and bgbb only.")
  boolean dert;

  @Option(names = "--margin", defaultValue = "1", description = "Share of spend that is margin.")
  double margin = 1;

  @Option(
      names = {"-o", "--output"},
      description = "Write to this file instead of standard output.")
  Optional<Path> output = Optional.empty();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public ClvPredictCommand() {}

  private double units(String option, String text) {
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // try a duration
    }
    try {
      String iso = text.toUpperCase(Locale.ROOT);
      Duration d;
      if (iso.matches("P\\d+W")) {
        d = Duration.ofDays(7L * Long.parseLong(iso.substring(1, iso.length() - 1)));
      } else {
        d = Duration.parse(iso);
      }
      return d.toSeconds() / 86400.0 / unit.length;
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new CliException(
          option + " must be a number of time units or an ISO-8601 duration, was \"" + text + "\"");
    }
  }

  @Override
  public Integer call() {
    PurchaseModel purchases = null;
    GammaGammaModel spend = null;
    for (Path file : modelFiles) {
      ValueModel m = readModel(file);
      if (m instanceof GammaGammaModel gg) {
        spend = gg;
      } else if (m instanceof PurchaseModel pm) {
        if (purchases != null) {
          throw new CliException(file + ": a second purchase model; give one");
        }
        purchases = pm;
      } else {
        throw new CliException(file + ": " + m.kind().id() + " cannot predict purchases");
      }
    }
    if (purchases == null) {
      throw new CliException("--model-file: no purchase model (bgnbd, mbgnbd, paretonbd, bgbb)");
    }
    double h = units("--horizon", horizon);
    double p = units("--period", period);
    ClvHorizon clvHorizon = new ClvHorizon(h, p, discount);
    if (dert && !(purchases instanceof ParetoNbdModel || purchases instanceof BgBbModel)) {
      throw new CliException(
          "--dert needs a paretonbd or bgbb model (closed-form DERT), not "
              + purchases.kind().id());
    }
    if (dert && !(discount > 0)) {
      throw new CliException("--dert needs a positive --discount, was " + discount);
    }
    SummaryFile.Data d = input.read();
    if (spend != null && !d.hasMonetary) {
      throw new CliException("a gammagamma model needs --monetary-column");
    }
    double[] alive = Clv.probabilityAlive(purchases, d.frequency, d.recency, d.age);
    double[] expected =
        Clv.conditionalExpectedPurchases(purchases, h, d.frequency, d.recency, d.age);
    double[] spendPer =
        spend == null ? null : spend.conditionalExpectedSpend(d.frequency, d.monetary);
    double[] clv =
        spend == null
            ? null
            : Clv.of(
                purchases, spend, d.frequency, d.recency, d.age, d.monetary, clvHorizon, margin);
    double[] residual =
        dert
            ? Clv.discountedExpectedResidualTransactions(
                purchases, discount, p, d.frequency, d.recency, d.age)
            : null;
    List<String> names = new ArrayList<>(List.of("id", "frequency", "recency", "T", "p_alive"));
    names.add("expected_purchases");
    if (spendPer != null) {
      names.add("expected_spend");
      names.add("clv");
    }
    if (residual != null) {
      names.add("dert");
    }
    // the cx4j-io writer: six decimals as before (trailing zeros dropped), no String per value
    AtomicOutput.write(
        output,
        spec.commandLine().getOut(),
        out -> {
          CsvWriter w = CsvWriter.of(out, names);
          for (int i = 0; i < d.size; i++) {
            w.text(d.ids.get(i))
                .number(d.frequency[i])
                .decimal(d.recency[i], 6)
                .decimal(d.age[i], 6)
                .decimal(alive[i], 6)
                .decimal(expected[i], 6);
            if (spendPer != null && clv != null) {
              w.decimal(spendPer[i], 6).decimal(clv[i], 6);
            }
            if (residual != null) {
              w.decimal(residual[i], 6);
            }
            w.endRow();
          }
          w.flush();
        });
    return 0;
  }

  private static ValueModel readModel(Path file) {
    try {
      return CxJson.mapper().readValue(Files.readString(file), ValueFit.class).toModel();
    } catch (JsonProcessingException e) {
      throw new CliException(file + ": not a 'clv fit' result: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    }
  }
}
