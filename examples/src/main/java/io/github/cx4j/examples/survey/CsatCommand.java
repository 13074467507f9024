/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.examples.cli.Delimited;
import io.github.cx4j.examples.cli.ScaleOption;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.CsvWriter;
import io.github.cx4j.scoring.survey.Csat;
import io.github.cx4j.scoring.survey.CsatResult;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.SurveyAccumulator;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code cx4j csat}: top-box CSAT with Wilson intervals and the mean with t intervals, per group.
 */
@Command(
    name = "csat",
    mixinStandardHelpOptions = true,
    description = {
      "CSAT: the share of answers in the top box(es) of a declared scale with Wilson intervals, and"
          + " the mean with t intervals, per group.",
      "Blank cells are unanswered: skipped and counted, never in a denominator."
    })
public final class CsatCommand implements CxCommand {

  @Mixin SurveyFiles files = new SurveyFiles();

  @Option(names = "--column", required = true, description = "The rating column.")
  String column;

  @Option(
      names = "--scale",
      defaultValue = "1..5",
      description = "The scale MIN..MAX (default: 1..5).")
  String scale = "1..5";

  @Option(
      names = "--top",
      defaultValue = "2",
      description = "Top boxes counted as satisfied (default: 2).")
  int top = 2;

  @Mixin GroupingOptions groupBy = new GroupingOptions();

  @Option(
      names = "--level",
      defaultValue = "0.95",
      description = "Confidence level (default: 0.95).")
  double level = 0.95;

  @Option(names = "--compare", description = "Test the difference of CSAT shares of groups A,B.")
  Optional<String> compare = Optional.empty();

  @Option(names = "--skip-invalid", description = "Skip and count values off the scale.")
  boolean skipInvalid;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public CsatCommand() {}

  @Override
  public Integer call() {
    Output.checkLevel(level);
    RatingScale ratingScale = ScaleOption.parse("--scale", scale, "1..5");
    InputPolicy policy = skipInvalid ? InputPolicy.SKIP : InputPolicy.REJECT_INVALID;
    Csat.accumulator(ratingScale, top, policy);
    SortedMap<String, SurveyAccumulator<CsatResult>> groups = new TreeMap<>();
    if (groupBy.isNone()) {
      // one rating column: streamed chunk by chunk into one mergeable accumulator
      ColumnSpec rating = ColumnSpec.integer(column).from("--column").optional();
      if (!skipInvalid) {
        rating =
            rating.range(
                ratingScale.min(), ratingScale.max(), "expected a rating within " + ratingScale);
      }
      SurveyAccumulator<CsatResult> acc = Csat.accumulator(ratingScale, top, policy);
      files.reader(rating).stream(
          files.input.toString(),
          chunk -> {
            int[] values = chunk.ints(column);
            BitSet missing = chunk.missing(column);
            for (int r = 0; r < values.length; r++) {
              if (missing.get(r)) {
                acc.addMissing();
              } else {
                acc.add(values[r]);
              }
            }
            if (values.length > 0) {
              groups.put("all", acc);
            }
          });
      return finish(groups);
    }
    Delimited file = files.open();
    int col = file.column("--column", column);
    Grouping grouping = groupBy.resolve(file);
    file.forEachRow(
        row -> {
          SurveyAccumulator<CsatResult> acc =
              groups.computeIfAbsent(
                  grouping.group(row), g -> Csat.accumulator(ratingScale, top, policy));
          if (row.isEmpty(col)) {
            acc.addMissing();
            return;
          }
          int value = row.integer(col);
          if (!ratingScale.contains(value) && !skipInvalid) {
            throw row.error(col, row.text(col), "expected a rating within " + ratingScale);
          }
          acc.add(value);
        });
    return finish(groups);
  }

  private int finish(SortedMap<String, SurveyAccumulator<CsatResult>> groups) {
    if (groups.isEmpty()) {
      throw new CliException(files.input + ": no data rows");
    }
    SortedMap<String, CsatResult> results = new TreeMap<>();
    groups.forEach(
        (g, acc) -> {
          if (acc.distribution().n() == 0) {
            throw new CliException(files.input + ": group \"" + g + "\" has no valid rating");
          }
          results.put(g, acc.result());
        });
    files.write(
        spec.commandLine().getOut(),
        out ->
            Output.writeGroups(
                out,
                files.format,
                results,
                compare,
                (a, b) -> Csat.compare(a, b, level),
                this::json,
                this::csv,
                List.of(
                    "group",
                    "n",
                    "missing",
                    "invalid",
                    "satisfied",
                    "csat",
                    "wilson_low",
                    "wilson_high",
                    "mean",
                    "sd",
                    "mean_low",
                    "mean_high")));
    return 0;
  }

  private ObjectNode json(String group, CsatResult r) {
    ObjectNode o = Output.json().createObjectNode();
    o.put("group", group);
    o.put("n", r.n());
    o.put("missing", r.distribution().missing());
    o.put("invalid", r.distribution().invalid());
    o.put("satisfied", r.satisfied());
    o.put("csat", r.share());
    o.set("wilson", Output.interval(r.wilson(level)));
    o.put("mean", r.mean());
    o.put("sd", r.sd());
    if (r.n() >= 2) {
      o.set("meanInterval", Output.interval(r.meanInterval(level)));
    } else {
      o.putNull("meanInterval");
    }
    ArrayNode dist = Output.json().createArrayNode();
    for (long c : r.distribution().counts()) {
      dist.add(c);
    }
    o.set("distribution", dist);
    o.put("level", level);
    return o;
  }

  private void csv(CsvWriter w, String group, CsatResult r) {
    w.text(group)
        .number(r.n())
        .number(r.distribution().missing())
        .number(r.distribution().invalid())
        .number(r.satisfied())
        .decimal(r.share(), Output.DECIMALS);
    Output.interval(w, r.wilson(level))
        .decimal(r.mean(), Output.DECIMALS)
        .decimal(r.sd(), Output.DECIMALS);
    if (r.n() >= 2) {
      Output.interval(w, r.meanInterval(level));
    } else {
      w.missing().missing();
    }
  }
}
