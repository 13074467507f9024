/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.OutputOption;
import io.github.cx4j.scoring.value.CovariateFit;
import io.github.cx4j.scoring.value.CovariateModels;
import io.github.cx4j.scoring.value.CovariatePenalty;
import io.github.cx4j.scoring.value.Covariates;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.TimeVaryingFit;
import io.github.cx4j.scoring.value.TimeVaryingParetoNbd;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The covariate options of {@code clv fit} (static covariates for bgnbd and paretonbd, after Fader
 * and Hardie 2007 and CLVTools, see {@link CovariateModels}): the covariate file, which of its
 * columns act on the purchase and on the dropout (attrition) process, standardisation and the
 * elastic-net mixing of {@code --penalty}, which with covariates is the penalty lambda on the
 * effects.
 */
final class CovariateOptions {
  @Mixin CovariateFile file = new CovariateFile();

  @Option(
      names = "--purchase-covariates",
      split = ",",
      paramLabel = "NAME",
      description = "Columns of --covariates that act on the purchase rate (comma-separated).")
  List<String> purchase = new ArrayList<>();

  @Option(
      names = "--dropout-covariates",
      split = ",",
      paramLabel = "NAME",
      description =
          "Columns of --covariates that act on the dropout (attrition) process: beta for"
              + " paretonbd, a and b for bgnbd.")
  List<String> dropout = new ArrayList<>();

  @Option(
      names = "--standardise",
      description =
          "Centre and scale each covariate by its mean and standard deviation (recorded in the"
              + " fit); the effects become comparable and the penalty fair between them.")
  boolean standardise;

  @Option(
      names = "--penalty-mixing",
      defaultValue = "0",
      description =
          "With covariates: the L1 share of the elastic-net --penalty on the effects (0: L2, the"
              + " default; 1: lasso).")
  double mixing;

  /** For picocli. */
  CovariateOptions() {}

  /**
   * Whether any covariate option was given.
   *
   * @return true if the fit is one with covariates
   */
  boolean requested() {
    return file.present()
        || !purchase.isEmpty()
        || !dropout.isEmpty()
        || standardise
        || mixing != 0;
  }

  /**
   * Fits the model with covariates and writes its JSON.
   *
   * @param model the model's id
   * @param input the summary options
   * @param d the summary, read with ids
   * @param penalty {@code --penalty}: lambda on the effects
   * @param output where the JSON goes
   * @param out standard output
   * @param err standard error, for notes
   * @return the exit code: 0, or 1 if the fit did not converge
   */
  int fit(
      String model,
      SummaryFile input,
      SummaryFile.Data d,
      double penalty,
      OutputOption output,
      PrintWriter out,
      PrintWriter err) {
    if (!file.present()) {
      throw new CliException(
          "--purchase-covariates, --dropout-covariates, --standardise and --penalty-mixing need"
              + " --covariates FILE");
    }
    if (purchase.isEmpty() && dropout.isEmpty()) {
      throw new CliException(
          "--covariates needs --purchase-covariates or --dropout-covariates (the columns to use)");
    }
    if (!model.equals("bgnbd") && !model.equals("paretonbd")) {
      throw new CliException("--covariates applies to --model bgnbd and paretonbd, not " + model);
    }
    if (d.hasWeight) {
      throw new CliException(
          "--weight-column cannot be combined with --covariates (each row is one customer)");
    }
    if (!(penalty >= 0) || !Double.isFinite(penalty)) {
      throw new CliException("--penalty must be non-negative and finite, was " + penalty);
    }
    if (!(mixing >= 0 && mixing <= 1)) {
      throw new CliException("--penalty-mixing must be within 0..1, was " + mixing);
    }
    if (mixing > 0 && penalty == 0) {
      throw new CliException("--penalty-mixing needs a positive --penalty");
    }
    if (TimeVaryingInput.isTimeVarying(file, input)) {
      return fitTimeVarying(model, input, d, penalty, output, out, err);
    }
    if (file.purchases.isPresent()) {
      throw new CliException(
          "--purchases applies to a time-varying --covariates file (with a "
              + file.periodColumn()
              + " column) only");
    }
    String idLabel =
        CovariateFile.summaryIdLabel(Objects.requireNonNull(d.table).header(), input.idColumn);
    Covariates p = file.covariates(purchase, input, d, idLabel);
    Covariates w = file.covariates(dropout, input, d, idLabel);
    if (standardise) {
      requireVarying(p);
      requireVarying(w);
    }
    CovariateFit fit =
        CovariateModels.fit(
            ValueModelKind.fromId(model),
            d.frequency,
            d.recency,
            d.age,
            p,
            w,
            CovariatePenalty.elasticNet(penalty, mixing),
            standardise,
            FitOptions.defaults());
    if (d.unit.isEmpty()) {
      err.println(
          "cx4j: note: "
              + input.summary
              + " records no time unit (no '# cx4j summarize:' line); the fit records none either,"
              + " and 'clv predict' will read it in "
              + TimeUnits.describe(TimeUnits.DEFAULT_UNIT)
              + " unless told --time-unit");
    }
    CovariateFitFile json = new CovariateFitFile(fit, standardise, false, d.unit, d.end);
    return write(json, output, out, err);
  }

  private static int write(
      CovariateFitFile json, OutputOption output, PrintWriter out, PrintWriter err) {
    output.write(out, o -> o.println(json.json()));
    if (!json.fit().converged()) {
      err.println("cx4j: the fit did not converge: " + json.fit().message());
      return 1;
    }
    return 0;
  }

  /** The Pareto/NBD with time-varying covariates, from the long file and the purchases. */
  private int fitTimeVarying(
      String model,
      SummaryFile input,
      SummaryFile.Data d,
      double penalty,
      OutputOption output,
      PrintWriter out,
      PrintWriter err) {
    if (!model.equals("paretonbd")) {
      throw new CliException(
          file.file.orElseThrow()
              + " holds time-varying covariates (a "
              + file.periodColumn()
              + " column): they apply to --model paretonbd only, not "
              + model);
    }
    TimeVaryingInput.Joined joined = TimeVaryingInput.read(file, purchase, dropout, input, d, 0.0);
    TimeVaryingFit fit =
        TimeVaryingParetoNbd.fit(
            joined.histories(),
            joined.purchase(),
            joined.dropout(),
            CovariatePenalty.elasticNet(penalty, mixing),
            standardise,
            FitOptions.defaults());
    return write(CovariateFitFile.of(fit, standardise, d.unit, d.end), output, out, err);
  }

  private void requireVarying(Covariates c) {
    for (int j = 0; j < c.count(); j++) {
      double first = c.values()[0][j];
      boolean varies = false;
      for (double[] row : c.values()) {
        if (row[j] != first) {
          varies = true;
          break;
        }
      }
      if (!varies) {
        throw new CliException(
            "--standardise: covariate "
                + c.names().get(j)
                + " has the same value ("
                + first
                + ") for every customer");
      }
    }
  }
}
