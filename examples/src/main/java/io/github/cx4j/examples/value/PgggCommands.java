/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.CsvWriter;
import io.github.cx4j.scoring.value.Intervals;
import io.github.cx4j.scoring.value.McmcOptions;
import io.github.cx4j.scoring.value.ParetoGgg;
import io.github.cx4j.scoring.value.ParetoGggDraws;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * {@code clv fit --model pggg} and {@code clv predict} from its fit file: the Pareto/GGG of Platzer
 * and Reutterer (2016) by MCMC ({@link ParetoGgg}). The fit writes the posterior of the cohort
 * parameters ({@link PgggFitFile}); predict draws each customer of its summary again given those
 * draws and writes P(alive), the expected purchases in the horizon, the posterior mean regularity
 * and, with {@code --interval}, the purchase interval, all from the draws and seeded.
 */
final class PgggCommands {
  private PgggCommands() {}

  /** {@code clv fit --model pggg}. */
  static int fit(ClvFitCommand c) {
    if (c.regularity.isPresent()) {
      throw new CliException("--k applies to bgcnbd and mbgcnbd only");
    }
    if (c.penalty != 0 || c.constrainQ) {
      throw new CliException("--penalty and --constrain-q do not apply to pggg (fitted by MCMC)");
    }
    String littColumn =
        c.littColumn.orElseThrow(
            () ->
                new CliException(
                    "--model pggg needs --litt-column (each customer's sum of log inter-purchase"
                        + " times; 'cx4j summarize --litt' writes it)"));
    McmcOptions options = c.mcmc.options();
    c.input.extraColumns.add(ColumnSpec.decimal(littColumn).from("--litt-column"));
    SummaryFile.Data d = c.input.read(false);
    if (d.hasWeight) {
      throw new CliException(
          "--weight-column does not apply to pggg: the sampler draws each customer's own"
              + " parameters, one row per customer");
    }
    double[] litt = Objects.requireNonNull(d.table).doubles(littColumn);
    ParetoGggDraws draws = ParetoGgg.fit(d.frequency, d.recency, d.age, litt, options);
    PgggFitFile file = PgggFitFile.of(draws, options, d.unit, d.end);
    c.output.write(c.spec.commandLine().getOut(), out -> out.println(file.json()));
    return 0;
  }

  /**
   * Whether the first model file given to {@code clv predict} is a pggg fit.
   *
   * @throws CliException if a pggg fit comes with other model files
   */
  static boolean isPggg(List<Path> modelFiles) {
    boolean any = false;
    for (Path f : modelFiles) {
      any |= PgggFitFile.isPggg(f);
    }
    if (any && modelFiles.size() > 1) {
      throw new CliException(
          "--model-file: a pggg fit predicts purchases only (p_alive, expected_purchases,"
              + " regularity, purchase intervals); give it alone");
    }
    return any;
  }

  /** {@code clv predict} with a pggg fit file. */
  static int predict(ClvPredictCommand c) {
    Path file = c.modelFiles.get(0);
    PgggFitFile fit = PgggFitFile.read(file);
    if (c.dert || c.parameterDraws != 0 || c.discount != 0) {
      throw new CliException(
          "--dert, --discount and --parameter-draws do not apply to pggg: its predictions are"
              + " purchases, and its draws already carry the parameter uncertainty");
    }
    String littColumn =
        c.littColumn.orElseThrow(
            () ->
                new CliException(
                    "a pggg fit needs --litt-column: each customer's own draws are made from"
                        + " x, t_x, T and litt"));
    c.input.extraColumns.add(ColumnSpec.decimal(littColumn).from("--litt-column"));
    SummaryFile.Data d = c.input.read(true);
    Optional<Duration> known = c.unit(d, fit.unit(), file, null);
    boolean[] noted = {false};
    Supplier<Duration> unit =
        () -> {
          if (known.isPresent()) {
            return known.get();
          }
          if (!noted[0]) {
            c.spec
                .commandLine()
                .getErr()
                .println(
                    "cx4j: note: neither "
                        + c.input.summary
                        + " nor "
                        + file
                        + " records a time unit; reading durations in "
                        + TimeUnits.describe(TimeUnits.DEFAULT_UNIT));
            noted[0] = true;
          }
          return TimeUnits.DEFAULT_UNIT;
        };
    double h = c.units("--horizon", c.horizon, unit);
    if (c.interval.isPresent() && !(c.interval.get() > 0 && c.interval.get() < 1)) {
      throw new CliException("--interval must be a level within (0, 1), was " + c.interval.get());
    }
    double[] litt = Objects.requireNonNull(d.table).doubles(littColumn);
    ParetoGggDraws draws =
        ParetoGgg.drawCustomers(
            fit.cohort(), d.frequency, d.recency, d.age, litt, fit.options().burnIn(), c.seed);
    double[] alive = draws.probabilityAlive();
    double[] expected = draws.expectedPurchases(h, c.seed);
    double[] regularity = draws.meanRegularity();
    @Nullable Intervals range =
        c.interval.isPresent() ? draws.purchaseIntervals(h, c.interval.get(), c.seed) : null;
    List<String> names =
        new ArrayList<>(
            List.of(
                "id", "frequency", "recency", "T", "p_alive", "expected_purchases", "regularity"));
    if (range != null) {
      names.add("purchases_low");
      names.add("purchases_high");
    }
    c.output.write(
        c.spec.commandLine().getOut(),
        out -> {
          CsvWriter w = CsvWriter.of(out, names);
          w.rows(
              d.size,
              (o, i) -> {
                o.text(d.ids.get(i))
                    .number(d.frequency[i])
                    .decimal(d.recency[i], 6)
                    .decimal(d.age[i], 6)
                    .decimal(alive[i], 6)
                    .decimal(expected[i], 6)
                    .decimal(regularity[i], 6);
                if (range != null) {
                  o.number((long) range.low()[i]).number((long) range.high()[i]);
                }
              });
          w.flush();
        });
    return 0;
  }
}
