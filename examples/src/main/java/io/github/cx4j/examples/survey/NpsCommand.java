/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import io.github.cx4j.examples.cli.Delimited;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.CsvWriter;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.NpsScale;
import io.github.cx4j.scoring.survey.Survey;
import io.github.cx4j.scoring.survey.SurveyAccumulator;
import io.github.cx4j.scoring.survey.WeightedNps;
import io.github.cx4j.scoring.survey.WeightedNpsAccumulator;
import io.github.cx4j.scoring.survey.WeightedNpsResult;
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
 * {@code cx4j nps}: the Net Promoter Score of a 0-10 column, overall or per group (a column and/or
 * a calendar period), with Wald, adjusted-Wald and score intervals, or the two-sample test between
 * two groups.
 */
@Command(
    name = "nps",
    mixinStandardHelpOptions = true,
    description = {
      "Net Promoter Score (0-10: detractors 0-6, passives 7-8, promoters 9-10) per group, with"
          + " Wald, adjusted-Wald (Rocks 2016) and score (Tango 1998) intervals.",
      "Blank cells are unanswered and skipped (counted in 'missing'); other values off 0-10 are"
          + " errors unless --skip-invalid."
    })
public final class NpsCommand implements CxCommand {

  @Mixin SurveyFiles files = new SurveyFiles();

  @Option(
      names = "--column",
      required = true,
      description = "The 0-10 score column (name or 1-based index).")
  String column;

  @Mixin GroupingOptions groupBy = new GroupingOptions();

  @Option(
      names = "--level",
      defaultValue = "0.95",
      description = "Confidence level (default: 0.95).")
  double level = 0.95;

  @Option(names = "--compare", description = "Test the difference between two groups A,B (A - B).")
  Optional<String> compare = Optional.empty();

  @Option(
      names = "--weight",
      description =
          "Weight column: weighted NPS with Kish's effective n (detractors, passives and promoters"
              + " then hold weight totals).")
  Optional<String> weight = Optional.empty();

  @Option(names = "--skip-invalid", description = "Skip and count values off the 0-10 scale.")
  boolean skipInvalid;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public NpsCommand() {}

  @Override
  public Integer call() {
    Output.checkLevel(level);
    InputPolicy streamPolicy = skipInvalid ? InputPolicy.SKIP : InputPolicy.REJECT_INVALID;
    if (groupBy.isNone() && weight.isEmpty()) {
      return streamed(streamPolicy);
    }
    Delimited file = files.open();
    int score = file.column("--column", column);
    Grouping grouping = groupBy.resolve(file);
    InputPolicy policy = skipInvalid ? InputPolicy.SKIP : InputPolicy.REJECT_INVALID;
    if (weight.isPresent()) {
      return weighted(file, score, grouping, policy, file.column("--weight", weight.get()));
    }
    SortedMap<String, SurveyAccumulator<NpsResult>> groups = new TreeMap<>();
    file.forEachRow(
        row -> {
          String group = grouping.group(row);
          SurveyAccumulator<NpsResult> acc =
              groups.computeIfAbsent(group, g -> Nps.accumulator(NpsScale.STANDARD, policy));
          if (row.isEmpty(score)) {
            acc.addMissing();
            return;
          }
          int value = row.integer(score);
          if (value < 0 || value > 10) {
            if (!skipInvalid) {
              throw row.error(score, row.text(score), "expected a score within 0..10");
            }
          }
          acc.add(value);
        });
    if (groups.isEmpty()) {
      throw new CliException(files.input + ": no data rows");
    }
    SortedMap<String, Group> results = new TreeMap<>();
    groups.forEach((g, acc) -> results.put(g, Group.of(acc)));
    writeResults(results);
    return 0;
  }

  /**
   * One group's row: its result, or none when no answer is valid (all blank or invalid), written as
   * n = 0 with no score and no interval rather than failing the table.
   */
  private record Group(long missing, long invalid, Optional<NpsResult> result) {
    static Group of(SurveyAccumulator<NpsResult> acc) {
      return new Group(
          acc.distribution().missing(),
          acc.distribution().invalid(),
          acc.distribution().n() == 0 ? Optional.empty() : Optional.of(acc.result()));
    }
  }

  private NpsResult scored(String group, Group g) {
    return g.result()
        .orElseThrow(
            () ->
                new CliException(
                    "--compare: group \""
                        + group
                        + "\" has no valid score ("
                        + g.missing()
                        + " blank, "
                        + g.invalid()
                        + " invalid)"));
  }

  private void writeResults(SortedMap<String, Group> results) {
    String[] pair =
        compare.isPresent() ? Output.comparePair(compare.get(), results) : new String[0];
    for (String g : pair) {
      scored(g, java.util.Objects.requireNonNull(results.get(g)));
    }
    files.write(
        spec.commandLine().getOut(),
        out ->
            Output.writeGroups(
                out,
                files.format,
                results,
                compare,
                (a, b) -> Nps.compare(scored(pair[0], a), scored(pair[1], b), level),
                this::json,
                this::csv,
                List.of(
                    "group",
                    "n",
                    "missing",
                    "invalid",
                    "detractors",
                    "passives",
                    "promoters",
                    "nps",
                    "points",
                    "se",
                    "seSample",
                    "wald_low",
                    "wald_high",
                    "adjusted_wald_low",
                    "adjusted_wald_high",
                    "score_low",
                    "score_high")));
  }

  /**
   * One score column without groups or weights: streamed through cx4j-io chunk by chunk into one
   * mergeable accumulator, so the file may be larger than memory.
   */
  private int streamed(InputPolicy policy) {
    ColumnSpec score = ColumnSpec.integer(column).from("--column").optional();
    if (!skipInvalid) {
      score = score.range(0, 10, "expected a score within 0..10");
    }
    SurveyAccumulator<NpsResult> acc = Nps.accumulator(NpsScale.STANDARD, policy);
    long[] rows = {0};
    files.reader(score).stream(
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
          rows[0] += values.length;
        });
    if (rows[0] == 0) {
      throw new CliException(files.input + ": no data rows");
    }
    SortedMap<String, Group> results = new TreeMap<>();
    results.put("all", Group.of(acc));
    writeResults(results);
    return 0;
  }

  private int weighted(
      Delimited file, int score, Grouping grouping, InputPolicy policy, int weightColumn) {
    if (compare.isPresent()) {
      throw new CliException("--compare is not available with --weight");
    }
    SortedMap<String, WeightedNpsAccumulator> groups = new TreeMap<>();
    file.forEachRow(
        row -> {
          WeightedNpsAccumulator acc =
              groups.computeIfAbsent(
                  grouping.group(row), g -> WeightedNps.accumulator(NpsScale.STANDARD, policy));
          double w = row.number(weightColumn);
          if (w < 0) {
            throw row.error(
                weightColumn, row.text(weightColumn), "expected a weight of at least 0");
          }
          if (row.isEmpty(score)) {
            acc.add(Survey.MISSING, w);
            return;
          }
          int value = row.integer(score);
          if ((value < 0 || value > 10) && !skipInvalid) {
            throw row.error(score, row.text(score), "expected a score within 0..10");
          }
          acc.add(value, w);
        });
    if (groups.isEmpty()) {
      throw new CliException(files.input + ": no data rows");
    }
    SortedMap<String, WeightedNpsResult> results = new TreeMap<>();
    groups.forEach((g, acc) -> results.put(g, acc.result()));
    files.write(
        spec.commandLine().getOut(),
        out -> {
          if (files.format == Output.Format.json) {
            ArrayNode array = Output.json().createArrayNode();
            results.forEach(
                (g, r) -> {
                  ObjectNode o = Output.json().createObjectNode();
                  o.put("group", g);
                  o.put("n", r.n());
                  o.put("missing", r.missing());
                  o.put("invalid", r.invalid());
                  o.put("detractors", r.detractorWeight());
                  o.put("passives", r.passiveWeight());
                  o.put("promoters", r.promoterWeight());
                  o.put("effectiveN", r.effectiveN());
                  o.put("designEffect", r.designEffect());
                  o.put("nps", r.nps());
                  o.put("points", r.points());
                  o.put("se", r.se());
                  if (r.seSample().isPresent()) {
                    o.put("seSample", r.seSample().getAsDouble());
                  } else {
                    o.putNull("seSample");
                  }
                  o.set("wald", Output.interval(r.wald(level)));
                  o.set("adjustedWald", Output.interval(r.adjustedWald(level)));
                  o.set("score", Output.interval(r.scoreInterval(level)));
                  o.put("level", level);
                  array.add(o);
                });
            Output.writeJson(out, array);
          } else {
            Output.writeCsv(
                out,
                List.of(
                    "group",
                    "n",
                    "missing",
                    "invalid",
                    "detractors",
                    "passives",
                    "promoters",
                    "effective_n",
                    "nps",
                    "points",
                    "se",
                    "wald_low",
                    "wald_high",
                    "adjusted_wald_low",
                    "adjusted_wald_high",
                    "score_low",
                    "score_high"),
                w ->
                    results.forEach(
                        (g, r) -> {
                          w.text(g)
                              .number(r.n())
                              .number(r.missing())
                              .number(r.invalid())
                              .decimal(r.detractorWeight(), Output.DECIMALS)
                              .decimal(r.passiveWeight(), Output.DECIMALS)
                              .decimal(r.promoterWeight(), Output.DECIMALS)
                              .decimal(r.effectiveN(), Output.DECIMALS)
                              .decimal(r.nps(), Output.DECIMALS)
                              .decimal(r.points(), Output.DECIMALS)
                              .decimal(r.se(), Output.DECIMALS);
                          Output.interval(w, r.wald(level));
                          Output.interval(w, r.adjustedWald(level));
                          Output.interval(w, r.scoreInterval(level)).endRow();
                        }));
          }
        });
    return 0;
  }

  private ObjectNode json(String group, Group g) {
    if (g.result().isEmpty()) {
      ObjectNode o = Output.json().createObjectNode();
      o.put("group", group);
      o.put("n", 0);
      o.put("missing", g.missing());
      o.put("invalid", g.invalid());
      for (String f :
          List.of("detractors", "passives", "promoters", "nps", "points", "se", "seSample")) {
        o.putNull(f);
      }
      o.putNull("wald");
      o.putNull("adjustedWald");
      o.putNull("score");
      o.put("level", level);
      return o;
    }
    NpsResult r = g.result().get();
    ObjectNode o = Output.json().createObjectNode();
    o.put("group", group);
    o.put("n", r.n());
    o.put("missing", r.missing());
    o.put("invalid", r.invalid());
    o.put("detractors", r.detractors());
    o.put("passives", r.passives());
    o.put("promoters", r.promoters());
    o.put("nps", r.nps());
    o.put("points", r.points());
    o.put("se", r.se());
    if (r.seSample().isPresent()) {
      o.put("seSample", r.seSample().getAsDouble());
    } else {
      o.putNull("seSample");
    }
    o.set("wald", Output.interval(r.wald(level)));
    o.set("adjustedWald", Output.interval(r.adjustedWald(level)));
    o.set("score", Output.interval(r.scoreInterval(level)));
    o.put("level", level);
    return o;
  }

  private void csv(CsvWriter w, String group, Group g) {
    if (g.result().isEmpty()) {
      w.text(group).number(0).number(g.missing()).number(g.invalid());
      for (int k = 0; k < 13; k++) {
        w.missing();
      }
      return;
    }
    NpsResult r = g.result().get();
    w.text(group)
        .number(r.n())
        .number(r.missing())
        .number(r.invalid())
        .number(r.detractors())
        .number(r.passives())
        .number(r.promoters())
        .decimal(r.nps(), Output.DECIMALS)
        .decimal(r.points(), Output.DECIMALS)
        .decimal(r.se(), Output.DECIMALS);
    Output.decimal(w, r.seSample());
    Output.interval(w, r.wald(level));
    Output.interval(w, r.adjustedWald(level));
    Output.interval(w, r.scoreInterval(level));
  }
}
