/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.OutputOption;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.ScreenedFit;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j clv fit}: fits a model by maximum likelihood and writes {@code {"model", "params",
 * "standardErrors", "logLikelihood", "converged", ..., "timeUnit", "calibrationEnd"}} as JSON,
 * parameters named as in the papers, the time unit and calibration end as the summary file records
 * them.
 */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description = "Fit bgnbd, mbgnbd, paretonbd, bgbb or gammagamma to a summary file; JSON out.")
public final class ClvFitCommand implements Callable<Integer> {
  /** The models the command fits. */
  enum Model {
    bgnbd,
    mbgnbd,
    paretonbd,
    bgbb,
    gammagamma
  }

  /** Output formats. */
  enum Format {
    json
  }

  @Mixin SummaryFile input = new SummaryFile();

  @Option(names = "--model", required = true, description = "${COMPLETION-CANDIDATES}")
  Model model = Model.bgnbd;

  @Option(names = "--format", defaultValue = "json", description = "Output format: json.")
  Format format = Format.json;

  @Option(names = "--penalty", defaultValue = "0", description = "L2 penalty (default 0).")
  double penalty;

  @Option(names = "--constrain-q", description = "Gamma-Gamma: keep q > 1.")
  boolean constrainQ;

  @Mixin OutputOption output = new OutputOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public ClvFitCommand() {}

  @Override
  public Integer call() {
    SummaryFile.Data d = input.read(false);
    FitOptions options = FitOptions.defaults().withPenalty(penalty).withConstrainQ(constrainQ);
    double[] w = d.hasWeight ? d.weight : null;
    if (model == Model.gammagamma && !d.hasMonetary) {
      throw new CliException("--model gammagamma needs --monetary-column");
    }
    ScreenedFit screened =
        ValueModelKind.fromId(model.name())
            .fitApplicable(
                d.frequency, d.recency, d.age, d.hasMonetary ? d.monetary : null, w, options);
    ValueFit fit = screened.fit();
    if (!screened.leftOut().isEmpty()) {
      spec.commandLine().getErr().println("cx4j: " + screened.summary());
    }
    if (d.unit.isEmpty()) {
      spec.commandLine()
          .getErr()
          .println(
              "cx4j: note: "
                  + input.summary
                  + " records no time unit (no '# cx4j summarize:' line); the fit records none"
                  + " either, and 'clv predict' will read it in "
                  + TimeUnits.describe(TimeUnits.DEFAULT_UNIT)
                  + " unless told --time-unit");
    }
    FitFile file = new FitFile(fit, d.unit, d.end);
    output.write(spec.commandLine().getOut(), out -> out.println(file.json()));
    if (!fit.converged()) {
      spec.commandLine().getErr().println("cx4j: the fit did not converge: " + fit.message());
      return 1;
    }
    return 0;
  }
}
