/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.OutputOption;
import io.github.cx4j.io.CsvWriter;
import io.github.cx4j.scoring.value.BgBbModel;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.CovariateFit;
import io.github.cx4j.scoring.value.Covariates;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.IntervalOptions;
import io.github.cx4j.scoring.value.Intervals;
import io.github.cx4j.scoring.value.ParameterDraws;
import io.github.cx4j.scoring.value.ParetoNbdModel;
import io.github.cx4j.scoring.value.PredictionIntervals;
import io.github.cx4j.scoring.value.PurchaseHistories;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.SpendDraws;
import io.github.cx4j.scoring.value.TimeVaryingFit;
import io.github.cx4j.scoring.value.ValueModel;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j clv predict}: per customer P(alive), expected purchases over the horizon, expected
 * spend (with a Gamma-Gamma model file) and CLV, as CSV; with {@code --dert}, also the discounted
 * expected residual transactions of a Pareto/NBD or BG/BB model (closed forms of Fader, Hardie and
 * Lee 2005 and Fader, Hardie and Shang 2010); with {@code --interval}, central prediction intervals
 * for the purchases (exact) and the CLV (simulated) of each customer ({@link PredictionIntervals}).
 * A fit with covariates ({@code clv fit --covariates}) gives the same columns under each customer's
 * covariates ({@link CovariateFit} for static ones, {@link TimeVaryingFit} for a time-varying path;
 * Fader and Hardie 2007, "Incorporating time-invariant covariates into the Pareto/NBD and BG/NBD
 * models"; Bachmann, Meierer and Näf 2021, the CLVTools paper).
 */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description =
        "Per customer P(alive), expected purchases, expected spend and CLV over a horizon (CSV).")
public final class ClvPredictCommand implements Callable<Integer> {
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
      description =
          "Horizon in the summary's time unit, or an ISO-8601 duration such as P52W, converted"
              + " with the unit that the summary and the fit record.")
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
      paramLabel = "days|weeks|months|DURATION",
      description =
          "Time unit of a summary and fit that record none (files of other tools): days, weeks,"
              + " months or an ISO-8601 duration; default days, with a note. It must agree with"
              + " a recorded unit.")
  Optional<String> timeUnit = Optional.empty();

  @Option(
      names = "--convert-summary",
      description =
          "Rescale the summary's recency and T into the fit's time unit when the two record"
              + " different units (otherwise an error).")
  boolean convertSummary;

  @Option(
      names = "--dert",
      description =
          "Add a dert column: discounted expected residual transactions over the whole remaining"
              + " lifetime, at the --discount rate per --period (a purchase t time units after T"
              + " is discounted by (1 + discount)^(-t / period)); paretonbd and bgbb only (with"
              + " time-varying covariates, the covariates after the file's last period are held"
              + " at their last values).")
  boolean dert;

  @Option(
      names = "--interval",
      paramLabel = "LEVEL",
      description =
          "Add central prediction intervals at this level, e.g. 0.9: purchases_low and"
              + " purchases_high (exact predictive distribution), and with a gammagamma fit"
              + " clv_low and clv_high (seeded simulation); with a covariate fit, under each"
              + " customer's covariates (a time-varying path by quadrature).")
  Optional<Double> interval = Optional.empty();

  @Option(
      names = "--interval-draws",
      defaultValue = "2000",
      description = "Simulated futures per customer for the CLV interval (default 2000).")
  int intervalDraws = 2000;

  @Option(
      names = "--parameter-draws",
      defaultValue = "0",
      description =
          "Include parameter uncertainty in the intervals: this many models drawn from the fit's"
              + " asymptotic normal distribution (inverse Hessian on the --summary, which must be"
              + " the data the model was fitted on), for the purchase model and, in the CLV"
              + " interval, the gammagamma model too (a covariate fit's draws include the"
              + " effects, on the --covariates and --purchases given); default 0, the point"
              + " estimate.")
  int parameterDraws;

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Random seed of the simulated intervals and parameter draws (default 1).")
  long seed = 1;

  @Option(names = "--margin", defaultValue = "1", description = "Share of spend that is margin.")
  double margin = 1;

  @Option(
      names = "--litt-column",
      description =
          "With a pggg fit: the column of each customer's sum of log inter-purchase times"
              + " ('cx4j summarize --litt'); its own draws are made from it.")
  Optional<String> littColumn = Optional.empty();

  @Mixin CovariateFile covariates = new CovariateFile();

  @Mixin OutputOption output = new OutputOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public ClvPredictCommand() {}

  double units(String option, String text, java.util.function.Supplier<Duration> unit) {
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // try a duration
    }
    try {
      return TimeUnits.in(TimeUnits.duration(text), unit.get());
    } catch (DateTimeParseException | ArithmeticException e) {
      throw new CliException(
          option + " must be a number of time units or an ISO-8601 duration, was \"" + text + "\"");
    }
  }

  @Override
  public Integer call() {
    if (PgggCommands.isPggg(modelFiles)) {
      if (covariates.present()) {
        throw new CliException("--covariates needs a fit with covariates, not a pggg fit");
      }
      return PgggCommands.predict(this);
    }
    if (littColumn.isPresent()) {
      throw new CliException("--litt-column applies to a pggg fit only");
    }
    PurchaseModel purchases = null;
    GammaGammaModel spend = null;
    Optional<Duration> fitUnit = Optional.empty();
    Path purchaseFile = modelFiles.get(0);
    CovariateFitFile covariateFit = null;
    for (Path file : modelFiles) {
      if (CovariateFitFile.holds(file)) {
        if (purchases != null) {
          throw new CliException(file + ": a second purchase model; give one");
        }
        covariateFit = CovariateFitFile.read(file);
        purchases = covariateFit.reference();
        purchaseFile = file;
        fitUnit = covariateFit.unit();
        continue;
      }
      FitFile fit = FitFile.read(file);
      ValueModel m = fit.fit().toModel();
      if (m instanceof GammaGammaModel gg) {
        spend = gg;
      } else if (m instanceof PurchaseModel pm) {
        if (purchases != null) {
          throw new CliException(file + ": a second purchase model; give one");
        }
        purchases = pm;
        purchaseFile = file;
        fitUnit = fit.unit();
      } else {
        throw new CliException(file + ": " + m.kind().id() + " cannot predict purchases");
      }
    }
    if (purchases == null) {
      throw new CliException("--model-file: no purchase model (bgnbd, mbgnbd, paretonbd, bgbb)");
    }
    SummaryFile.Data d = input.read(true);
    Optional<Duration> known = unit(d, fitUnit, purchaseFile, purchases);
    Path fitPath = purchaseFile;
    boolean[] noted = {false};
    java.util.function.Supplier<Duration> unit =
        () -> {
          if (known.isPresent()) {
            return known.get();
          }
          if (!noted[0]) {
            spec.commandLine()
                .getErr()
                .println(
                    "cx4j: note: neither "
                        + input.summary
                        + " nor "
                        + fitPath
                        + " records a time unit; reading durations in "
                        + TimeUnits.describe(TimeUnits.DEFAULT_UNIT)
                        + " (the default of 'cx4j summarize'); give --time-unit to say otherwise");
            noted[0] = true;
          }
          return TimeUnits.DEFAULT_UNIT;
        };
    double h = units("--horizon", horizon, unit);
    double p = units("--period", period, unit);
    ClvHorizon clvHorizon = new ClvHorizon(h, p, discount);
    if (dert && !(purchases instanceof ParetoNbdModel || purchases instanceof BgBbModel)) {
      throw new CliException(
          "--dert needs a paretonbd or bgbb model (closed-form DERT), not "
              + purchases.kind().id());
    }
    if (dert && !(discount > 0)) {
      throw new CliException("--dert needs a positive --discount, was " + discount);
    }
    if (spend != null && !d.hasMonetary) {
      throw new CliException("a gammagamma model needs --monetary-column");
    }
    if (interval.isPresent() && !(interval.get() > 0 && interval.get() < 1)) {
      throw new CliException("--interval must be a level within (0, 1), was " + interval.get());
    }
    if (parameterDraws < 0 || parameterDraws > 100_000) {
      throw new CliException("--parameter-draws must be within 0..100000, was " + parameterDraws);
    }
    double[] spendPer =
        spend == null ? null : spend.conditionalExpectedSpend(d.frequency, d.monetary);
    Predictions got =
        covariateFit != null
            ? withCovariates(covariateFit, purchaseFile, d, h, clvHorizon, spend)
            : withoutCovariates(purchases, purchaseFile, d, h, clvHorizon, spend);
    double[] alive = got.alive;
    double[] expected = got.expected;
    double[] clv = got.clv;
    double[] residual = got.residual;
    requireFinite(d, "p_alive", alive);
    requireFinite(d, "expected_purchases", expected);
    if (spendPer != null && clv != null) {
      requireFinite(d, "expected_spend", spendPer);
      requireFinite(d, "clv", clv);
    }
    if (residual != null) {
      requireFinite(d, "dert", residual);
    }
    Intervals purchaseIntervals = got.purchaseIntervals;
    Intervals clvIntervals = got.clvIntervals;
    if (clvIntervals != null) {
      requireFinite(d, "clv_high", clvIntervals.high());
    }
    List<String> names = new ArrayList<>(List.of("id", "frequency", "recency", "T", "p_alive"));
    names.add("expected_purchases");
    if (spendPer != null) {
      names.add("expected_spend");
      names.add("clv");
    }
    if (residual != null) {
      names.add("dert");
    }
    if (purchaseIntervals != null) {
      names.add("purchases_low");
      names.add("purchases_high");
    }
    if (clvIntervals != null) {
      names.add("clv_low");
      names.add("clv_high");
    }
    Intervals purchaseRange = purchaseIntervals;
    Intervals clvRange = clvIntervals;
    // the cx4j-io writer: six decimals as before (trailing zeros dropped), no String per value
    output.write(
        spec.commandLine().getOut(),
        out -> {
          CsvWriter w = CsvWriter.of(out, names);
          // rows formatted on all cores, written in order
          w.rows(
              d.size,
              (o, i) -> {
                o.text(d.ids.get(i))
                    .number(d.frequency[i])
                    .decimal(d.recency[i], 6)
                    .decimal(d.age[i], 6)
                    .decimal(alive[i], 6)
                    .decimal(expected[i], 6);
                if (spendPer != null && clv != null) {
                  o.decimal(spendPer[i], 6).decimal(clv[i], 6);
                }
                if (residual != null) {
                  o.decimal(residual[i], 6);
                }
                if (purchaseRange != null) {
                  o.number((long) purchaseRange.low()[i]).number((long) purchaseRange.high()[i]);
                }
                if (clvRange != null) {
                  o.decimal(clvRange.low()[i], 6).decimal(clvRange.high()[i], 6);
                }
              });
          w.flush();
        });
    return 0;
  }

  /** What {@code clv predict} writes beyond the summary: the columns that were asked for. */
  private static final class Predictions {
    double[] alive = new double[0];
    double[] expected = new double[0];
    double @Nullable [] clv;
    double @Nullable [] residual;
    @Nullable Intervals purchaseIntervals;
    @Nullable Intervals clvIntervals;
  }

  private IntervalOptions intervalOptions() {
    return new IntervalOptions(interval.orElseThrow(), intervalDraws, seed);
  }

  /** The spend model's own draws, on the rows gammagamma applies to, with the next seed. */
  private SpendDraws spendDraws(GammaGammaModel spend, SummaryFile.Data d) {
    return parameterDraws > 0
        ? SpendDraws.fromHessian(spend, d.frequency, d.monetary, null, parameterDraws, seed + 1)
        : SpendDraws.of(spend);
  }

  private Predictions withoutCovariates(
      PurchaseModel purchases,
      Path purchaseFile,
      SummaryFile.Data d,
      double h,
      ClvHorizon clvHorizon,
      @Nullable GammaGammaModel spend) {
    if (covariates.present()) {
      throw new CliException(
          "--covariates needs a fit with covariates ('clv fit --covariates'); "
              + purchaseFile
              + " has none");
    }
    Predictions out = new Predictions();
    out.alive = Clv.probabilityAlive(purchases, d.frequency, d.recency, d.age);
    out.expected = Clv.conditionalExpectedPurchases(purchases, h, d.frequency, d.recency, d.age);
    if (spend != null) {
      out.clv =
          Clv.of(purchases, spend, d.frequency, d.recency, d.age, d.monetary, clvHorizon, margin);
    }
    if (dert) {
      out.residual =
          Clv.discountedExpectedResidualTransactions(
              purchases, discount, clvHorizon.period(), d.frequency, d.recency, d.age);
    }
    if (interval.isPresent()) {
      ParameterDraws draws =
          parameterDraws > 0
              ? ParameterDraws.fromHessian(
                  purchases, d.frequency, d.recency, d.age, null, parameterDraws, seed)
              : ParameterDraws.of(purchases);
      out.purchaseIntervals =
          PredictionIntervals.purchases(draws, h, interval.get(), d.frequency, d.recency, d.age);
      if (spend != null) {
        out.clvIntervals =
            PredictionIntervals.clv(
                draws,
                spendDraws(spend, d),
                d.frequency,
                d.recency,
                d.age,
                d.monetary,
                clvHorizon,
                margin,
                intervalOptions());
      }
    }
    return out;
  }

  /**
   * Each customer scored with its own covariates: static ones from the covariate file, or the
   * time-varying path with the purchases file; CLV, DERT, the intervals and the parameter draws as
   * without covariates.
   */
  private Predictions withCovariates(
      CovariateFitFile covariateFit,
      Path purchaseFile,
      SummaryFile.Data d,
      double h,
      ClvHorizon clvHorizon,
      @Nullable GammaGammaModel spend) {
    if (!covariates.present()) {
      throw new CliException(
          purchaseFile
              + " is a fit with covariates: give --covariates FILE with the covariates of the"
              + " summary's customers");
    }
    boolean timeVaryingFile = TimeVaryingInput.isTimeVarying(covariates, input);
    if (covariateFit.timeVarying() && !timeVaryingFile) {
      throw new CliException(
          purchaseFile
              + " is a fit with time-varying covariates, but "
              + covariates.file.orElseThrow()
              + " has no "
              + covariates.periodColumn()
              + " column (static covariates)");
    }
    if (!covariateFit.timeVarying() && timeVaryingFile) {
      throw new CliException(
          covariates.file.orElseThrow()
              + " holds time-varying covariates (a "
              + covariates.periodColumn()
              + " column), but "
              + purchaseFile
              + " is a fit with static covariates");
    }
    Predictions out = new Predictions();
    double period = clvHorizon.period();
    if (covariateFit.timeVarying()) {
      if (covariates.purchases.isEmpty()) {
        throw new CliException(
            purchaseFile
                + " is a fit with time-varying covariates: give --purchases FILE with the"
                + " purchases of the summary's customers");
      }
      TimeVaryingFit fit = covariateFit.timeVaryingFit();
      TimeVaryingInput.Joined j =
          TimeVaryingInput.read(
              covariates, fit.purchaseCovariates(), fit.dropoutCovariates(), input, d, h);
      PurchaseHistories c = j.histories();
      out.alive = fit.probabilityAlive(c, j.purchase(), j.dropout());
      out.expected = fit.conditionalExpectedPurchases(h, c, j.purchase(), j.dropout());
      if (spend != null) {
        out.clv = fit.clv(spend, d.monetary, clvHorizon, margin, c, j.purchase(), j.dropout());
      }
      if (dert) {
        out.residual =
            fit.discountedExpectedResidualTransactions(
                discount, period, c, j.purchase(), j.dropout());
      }
      if (interval.isPresent()) {
        List<TimeVaryingFit> draws =
            parameterDraws > 0
                ? fit.parameterDraws(c, j.purchase(), j.dropout(), parameterDraws, seed)
                : List.of(fit);
        out.purchaseIntervals =
            TimeVaryingFit.purchaseIntervals(
                draws, h, interval.get(), c, j.purchase(), j.dropout());
        if (spend != null) {
          out.clvIntervals =
              TimeVaryingFit.clvIntervals(
                  draws,
                  spendDraws(spend, d),
                  d.monetary,
                  clvHorizon,
                  margin,
                  intervalOptions(),
                  c,
                  j.purchase(),
                  j.dropout());
        }
      }
      return out;
    }
    if (covariates.purchases.isPresent()) {
      throw new CliException(
          "--purchases applies to a time-varying --covariates file (with a "
              + covariates.periodColumn()
              + " column) only");
    }
    CovariateFit fit = covariateFit.fit();
    Covariates[] z = covariateFit.join(covariates, input, d);
    int[] x = d.frequency;
    out.alive = fit.probabilityAlive(x, d.recency, d.age, z[0], z[1]);
    out.expected = fit.conditionalExpectedPurchases(h, x, d.recency, d.age, z[0], z[1]);
    if (spend != null) {
      out.clv = fit.clv(spend, x, d.recency, d.age, d.monetary, clvHorizon, margin, z[0], z[1]);
    }
    if (dert) {
      out.residual =
          fit.discountedExpectedResidualTransactions(
              discount, period, x, d.recency, d.age, z[0], z[1]);
    }
    if (interval.isPresent()) {
      List<CovariateFit> draws =
          parameterDraws > 0
              ? fit.parameterDraws(x, d.recency, d.age, z[0], z[1], parameterDraws, seed)
              : List.of(fit);
      out.purchaseIntervals =
          CovariateFit.purchaseIntervals(draws, h, interval.get(), x, d.recency, d.age, z[0], z[1]);
      if (spend != null) {
        out.clvIntervals =
            CovariateFit.clvIntervals(
                draws,
                spendDraws(spend, d),
                x,
                d.recency,
                d.age,
                d.monetary,
                clvHorizon,
                margin,
                intervalOptions(),
                z[0],
                z[1]);
      }
    }
    return out;
  }

  /**
   * The one time unit of the summary, the fit and {@code --time-unit}: a unit recorded by one is
   * used; two recorded units must agree (or the summary is rescaled with {@code
   * --convert-summary}); with none recorded, {@code --time-unit}; empty if none is known (ISO
   * durations are then read in the default unit, with a note).
   */
  Optional<Duration> unit(
      SummaryFile.Data d, Optional<Duration> fitUnit, Path fitFile, @Nullable PurchaseModel model) {
    Optional<Duration> given = timeUnit.map(t -> TimeUnits.parse("--time-unit", t));
    Optional<Duration> summaryUnit = d.unit;
    if (summaryUnit.isPresent() && fitUnit.isPresent()) {
      Duration s = summaryUnit.get();
      Duration f = fitUnit.get();
      if (!s.equals(f)) {
        if (!convertSummary) {
          throw new CliException(
              input.summary
                  + " is in "
                  + TimeUnits.describe(s)
                  + " but "
                  + fitFile
                  + " was fitted in "
                  + TimeUnits.describe(f)
                  + ": summarize again with --unit "
                  + TimeUnits.format(f)
                  + ", or give --convert-summary to rescale recency and T");
        }
        if (model instanceof BgBbModel) {
          throw new CliException(
              "--convert-summary: a bgbb summary counts opportunities, it cannot be rescaled");
        }
        double factor = TimeUnits.ratio(s, f);
        for (int i = 0; i < d.size; i++) {
          d.recency[i] *= factor;
          d.age[i] *= factor;
        }
      }
    }
    Optional<Duration> recorded = fitUnit.isPresent() ? fitUnit : summaryUnit;
    if (recorded.isPresent()) {
      if (given.isPresent() && !given.get().equals(recorded.get())) {
        throw new CliException(
            "--time-unit "
                + timeUnit.orElseThrow()
                + " contradicts the unit recorded in "
                + (fitUnit.isPresent() ? fitFile : input.summary)
                + ": "
                + TimeUnits.describe(recorded.get()));
      }
      return recorded;
    }
    return given;
  }

  /** A prediction that is not a finite number is an error naming the customer, never output. */
  private void requireFinite(SummaryFile.Data d, String column, double[] values) {
    for (int i = 0; i < d.size; i++) {
      if (!Double.isFinite(values[i])) {
        throw new CliException(
            input.summary
                + ":"
                + d.lines[i]
                + ": customer "
                + d.ids.get(i)
                + ": "
                + column
                + " is not a finite number (the model's parameters are outside the range where it"
                + " can be evaluated for this customer); nothing was written");
      }
    }
  }
}
