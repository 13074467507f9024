/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.OutputOption;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.scoring.value.FitOptions;
import io.github.cx4j.scoring.value.HoldoutComparison;
import io.github.cx4j.scoring.value.ModelComparison;
import io.github.cx4j.scoring.value.PoissonRate;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j clv compare}: fits the NBD baseline and several purchase models to one summary file
 * and prints the comparison of {@link ModelComparison}: log-likelihood, AIC, BIC, likelihood-ratio
 * tests against the NBD and, with a holdout column, the holdout errors overall and by calibration
 * frequency (the tables of Fader, Hardie and Lee 2005, "Counting your customers the easy way"). A
 * BG/NBD or MBG/NBD fit that converged at the boundary, the Poisson limit ({@link PoissonRate}), is
 * named under the table with its one purchase rate.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description =
        "Fit several purchase models to a summary file and compare them: LL, AIC, BIC,"
            + " likelihood-ratio tests against the NBD, holdout errors.")
public final class ClvCompareCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    json
  }

  @Mixin SummaryFile input = new SummaryFile();

  @Option(
      names = "--models",
      split = ",",
      defaultValue = "bgnbd,mbgnbd,paretonbd",
      description = "Purchase models besides the NBD baseline (default bgnbd,mbgnbd,paretonbd).")
  List<String> models = new ArrayList<>();

  @Option(
      names = "--holdout-column",
      description = "Purchases of each customer in the holdout period (name or 1-based index).")
  Optional<String> holdoutColumn = Optional.empty();

  @Option(
      names = "--holdout-length",
      description = "Length of the holdout period in the summary's time unit.")
  Optional<Double> holdoutLength = Optional.empty();

  @Option(
      names = "--max-frequency",
      defaultValue = "7",
      description = "Last calibration frequency of the by-frequency table (higher ones pooled).")
  int maxFrequency = 7;

  @Option(
      names = "--litt-column",
      description =
          "Each customer's sum of log inter-purchase times (name or 1-based index); needed by"
              + " bgcnbd and mbgcnbd.")
  Optional<String> littColumn = Optional.empty();

  @Option(names = "--format", defaultValue = "text", description = "text or json.")
  Format format = Format.text;

  @Mixin OutputOption output = new OutputOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public ClvCompareCommand() {}

  @Override
  public Integer call() {
    if (holdoutColumn.isPresent() != holdoutLength.isPresent()) {
      throw new CliException("--holdout-column and --holdout-length go together");
    }
    List<ValueModelKind> kinds = new ArrayList<>();
    for (String m : models) {
      ValueModelKind kind;
      try {
        kind = ValueModelKind.fromId(m.trim());
      } catch (io.github.cx4j.core.CxValidationException e) {
        throw new CliException("--models: " + e.getMessage(), e);
      }
      if (kind == ValueModelKind.SBG || kind == ValueModelKind.GAMMAGAMMA) {
        throw new CliException(
            "--models: \""
                + m
                + "\" is not a purchase model (bgnbd, mbgnbd, paretonbd, bgbb, bgcnbd, mbgcnbd,"
                + " ggomnbd)");
      }
      kinds.add(kind);
    }
    holdoutColumn.ifPresent(
        c ->
            input.extraColumns.add(
                ColumnSpec.integer(c)
                    .from("--holdout-column")
                    .range(0, Integer.MAX_VALUE, "expected a non-negative purchase count")));
    littColumn.ifPresent(c -> input.extraColumns.add(ColumnSpec.decimal(c).from("--litt-column")));
    SummaryFile.Data d = input.read(false);
    double[] litt =
        littColumn.isPresent() ? Objects.requireNonNull(d.table).doubles(littColumn.get()) : null;
    int[] holdout =
        holdoutColumn.isPresent()
            ? Objects.requireNonNull(d.table).ints(holdoutColumn.get())
            : null;
    ModelComparison c =
        ModelComparison.of(
            kinds,
            d.frequency,
            d.recency,
            d.age,
            litt,
            d.hasWeight ? d.weight : null,
            holdout,
            holdoutLength.orElse(0.0),
            maxFrequency,
            FitOptions.defaults());
    output.write(
        spec.commandLine().getOut(),
        out -> {
          if (format == Format.json) {
            out.println(CxJson.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(c));
          } else {
            print(c, out);
          }
        });
    boolean converged = c.rows().stream().allMatch(ModelComparison.Row::converged);
    if (!converged) {
      spec.commandLine().getErr().println("cx4j: a fit did not converge (column converged)");
    }
    return converged ? 0 : 1;
  }

  static void print(ModelComparison c, PrintWriter out) {
    boolean holdout = c.holdoutLength() > 0;
    out.println(
        String.format(
            Locale.ROOT,
            "%-10s %2s %12s %12s %12s %-9s%s",
            "model",
            "k",
            "log-lik",
            "AIC",
            "BIC",
            "converged",
            holdout ? "       MAE      RMSE  predicted     actual   error" : ""));
    for (ModelComparison.Row r : c.rows()) {
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-10s %2d %12.2f %12.2f %12.2f %-9s",
                  r.model(),
                  r.parameters(),
                  r.logLikelihood(),
                  r.aic(),
                  r.bic(),
                  r.converged() ? "yes" : "no"));
      ModelComparison.HoldoutError h = r.holdout();
      if (h != null) {
        line.append(
            String.format(
                Locale.ROOT,
                " %9.4f %9.4f %10.1f %10.0f %+6.1f%%",
                h.mae(),
                h.rmse(),
                h.predicted(),
                h.actual(),
                100 * h.aggregateError()));
      }
      out.println(line);
    }
    for (ModelComparison.Row r : c.rows()) {
      if (r.model().equals(ModelComparison.NBD)) {
        continue;
      }
      PoissonRate.of(ValueModelKind.fromId(r.model()), r.params())
          .ifPresent(
              rate ->
                  out.println(
                      String.format(
                          Locale.ROOT,
                          "%s converged at the boundary, the Poisson limit (r and alpha ->"
                              + " infinity): one purchase rate r / alpha = %.6g per time unit for"
                              + " every customer while alive",
                          r.model(),
                          rate.rate())));
    }
    out.println();
    out.println(
        "Likelihood-ratio tests against the NBD (no dropout), chi-square; the NBD lies on the"
            + " boundary, so the p-values are conservative:");
    for (ModelComparison.LikelihoodRatio t : c.tests()) {
      out.println(
          String.format(
              Locale.ROOT,
              "  %-10s LR %10.2f  df %d  p %.3g",
              t.general(),
              t.statistic(),
              t.degreesOfFreedom(),
              t.pValue()));
    }
    if (!holdout) {
      return;
    }
    out.println();
    out.println(
        String.format(
            Locale.ROOT,
            "Mean holdout purchases per customer by calibration frequency (holdout %s):",
            num(c.holdoutLength())));
    StringBuilder head =
        new StringBuilder(String.format(Locale.ROOT, "%-4s %9s %8s", "x", "customers", "actual"));
    for (ModelComparison.Row r : c.rows()) {
      head.append(String.format(Locale.ROOT, " %9s", r.model()));
    }
    out.println(head);
    List<HoldoutComparison.Row> base =
        Objects.requireNonNull(c.rows().get(0).holdout()).byFrequency();
    for (int i = 0; i < base.size(); i++) {
      HoldoutComparison.Row b = base.get(i);
      StringBuilder line =
          new StringBuilder(
              String.format(
                  Locale.ROOT,
                  "%-4s %9d %8.3f",
                  b.frequency() + (b.pooled() ? "+" : ""),
                  b.customers(),
                  b.actual()));
      for (ModelComparison.Row r : c.rows()) {
        line.append(
            String.format(
                Locale.ROOT,
                " %9.3f",
                Objects.requireNonNull(r.holdout()).byFrequency().get(i).predicted()));
      }
      out.println(line);
    }
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
