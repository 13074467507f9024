/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.OutputOption;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.scoring.value.BgCnbd;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.MbgCnbd;
import io.github.cx4j.scoring.value.PoissonRate;
import io.github.cx4j.scoring.value.ScreenedFit;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j clv fit}: fits a model by maximum likelihood and writes {@code {"model", "params",
 * "standardErrors", "logLikelihood", "converged", ..., "timeUnit", "calibrationEnd"}} as JSON,
 * parameters named as in the papers, the time unit and calibration end as the summary file records
 * them. A BG/NBD or MBG/NBD fit that converged at the boundary, the Poisson limit ({@link
 * PoissonRate}) is reported as such on standard error, with the rate and its standard error, and
 * its JSON carries {@code "poissonLimit": {"rate": ..., "standardError": ...}}.
 */
@Command(
    name = "fit",
    mixinStandardHelpOptions = true,
    description =
        "Fit bgnbd, mbgnbd, paretonbd, bgbb, gammagamma, bgcnbd, mbgcnbd or ggomnbd to a summary"
            + " file by maximum likelihood, or draw the posterior of pggg by MCMC; JSON out.")
public final class ClvFitCommand implements Callable<Integer> {
  /** The models the command fits. */
  enum Model {
    bgnbd,
    mbgnbd,
    paretonbd,
    bgbb,
    gammagamma,
    bgcnbd,
    mbgcnbd,
    ggomnbd,
    pggg
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

  @Option(
      names = "--penalty",
      defaultValue = "0",
      description = "L2 penalty (default 0); with --covariates, lambda on the effects.")
  double penalty;

  @Option(names = "--constrain-q", description = "Gamma-Gamma: keep q > 1.")
  boolean constrainQ;

  @Option(
      names = "--litt-column",
      description =
          "bgcnbd/mbgcnbd/pggg: the column of each customer's sum of log inter-purchase times"
              + " (name or 1-based index; 'cx4j summarize --litt' writes it); needed to choose k"
              + " by likelihood, and by pggg.")
  Optional<String> littColumn = Optional.empty();

  @Option(
      names = "--k",
      description = "bgcnbd/mbgcnbd: fix the regularity k (1..1000) instead of choosing it.")
  Optional<Integer> regularity = Optional.empty();

  @Option(
      names = "--max-k",
      defaultValue = "5",
      description = "bgcnbd/mbgcnbd: the largest k tried when choosing it (default 5).")
  int maxK = 5;

  @Mixin CovariateOptions covariates = new CovariateOptions();

  @Mixin McmcMixin mcmc = new McmcMixin();

  @Mixin OutputOption output = new OutputOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public ClvFitCommand() {}

  @Override
  public Integer call() {
    if (model == Model.pggg) {
      if (covariates.requested()) {
        throw new CliException("--covariates applies to --model bgnbd and paretonbd, not pggg");
      }
      return PgggCommands.fit(this);
    }
    if (mcmc.changed()) {
      throw new CliException(
          "--draws, --burn-in, --thinning, --chains and --seed apply to pggg only");
    }
    boolean cnbd = model == Model.bgcnbd || model == Model.mbgcnbd;
    if (!cnbd && (littColumn.isPresent() || regularity.isPresent())) {
      throw new CliException("--litt-column and --k apply to bgcnbd and mbgcnbd only");
    }
    if (cnbd && littColumn.isEmpty() && regularity.isEmpty()) {
      throw new CliException(
          "--model " + model + " needs --litt-column (to choose k) or --k (to fix it)");
    }
    littColumn.ifPresent(c -> input.extraColumns.add(ColumnSpec.decimal(c).from("--litt-column")));
    SummaryFile.Data d = input.read(covariates.requested());
    if (covariates.requested()) {
      PrintWriter out = spec.commandLine().getOut();
      return covariates.fit(
          model.name(), input, d, penalty, output, out, spec.commandLine().getErr());
    }
    FitOptions options = FitOptions.defaults().withPenalty(penalty).withConstrainQ(constrainQ);
    double[] w = d.hasWeight ? d.weight : null;
    if (model == Model.gammagamma && !d.hasMonetary) {
      throw new CliException("--model gammagamma needs --monetary-column");
    }
    ScreenedFit screened;
    if (cnbd) {
      double[] litt =
          littColumn.isPresent() ? Objects.requireNonNull(d.table).doubles(littColumn.get()) : null;
      int m = model == Model.bgcnbd ? 0 : 1;
      screened = cnbdFit(m, d, litt, w, options);
    } else {
      screened =
          ValueModelKind.fromId(model.name())
              .fitApplicable(
                  d.frequency, d.recency, d.age, d.hasMonetary ? d.monetary : null, w, options);
    }
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
    PoissonRate.of(fit)
        .ifPresent(
            rate ->
                spec.commandLine().getErr().println("cx4j: " + boundaryNote(fit, rate, d.unit)));
    FitFile file = new FitFile(fit, d.unit, d.end);
    output.write(spec.commandLine().getOut(), out -> out.println(file.json()));
    if (!fit.converged()) {
      spec.commandLine().getErr().println("cx4j: the fit did not converge: " + fit.message());
      return 1;
    }
    return 0;
  }

  /**
   * The note of a fit in the Poisson limit: {@code bgnbd converged at the boundary, the Poisson
   * limit (r and alpha -> infinity): every customer buys at rate r / alpha = 0.398644 per time unit
   * (P7D), standard error 0.0027, while alive; a = 0.81, b = 4.1; the file records r as 1e+12 and
   * alpha as r / rate}.
   */
  static String boundaryNote(ValueFit fit, PoissonRate rate, Optional<Duration> unit) {
    return String.format(
        Locale.ROOT,
        "%s converged at the boundary, the Poisson limit (r and alpha -> infinity): every customer"
            + " buys at rate r / alpha = %.6g per time unit%s, %s, while alive; a = %.4g, b = %.4g;"
            + " the fit records r as %.0e and alpha as r / rate",
        fit.model().id(),
        rate.rate(),
        unit.map(u -> " (" + TimeUnits.format(u) + ")").orElse(""),
        rate.standardError().isPresent()
            ? String.format(Locale.ROOT, "standard error %.2g", rate.standardError().getAsDouble())
            : "standard error unavailable",
        fit.param("a"),
        fit.param("b"),
        PoissonRate.REPORTED_R);
  }

  /**
   * BG/CNBD-k (m = 0) or MBG/CNBD-k (m = 1) on the rows it applies to: k fixed by --k, else chosen
   * up to --max-k.
   */
  private ScreenedFit cnbdFit(
      int m,
      SummaryFile.Data d,
      double @org.jspecify.annotations.Nullable [] litt,
      double @org.jspecify.annotations.Nullable [] w,
      FitOptions options) {
    if (regularity.isPresent()) {
      int k = regularity.get();
      return m == 0
          ? BgCnbd.fitApplicableWithK(k, d.frequency, d.recency, d.age, litt, w, options)
          : MbgCnbd.fitApplicableWithK(k, d.frequency, d.recency, d.age, litt, w, options);
    }
    double[] timings = Objects.requireNonNull(litt);
    return m == 0
        ? BgCnbd.fitApplicable(d.frequency, d.recency, d.age, timings, w, options, maxK)
        : MbgCnbd.fitApplicable(d.frequency, d.recency, d.age, timings, w, options, maxK);
  }
}
