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
import io.github.cx4j.examples.cli.InvalidRows;
import io.github.cx4j.scoring.quality.Kano;
import io.github.cx4j.scoring.quality.KanoAccumulator;
import io.github.cx4j.scoring.quality.KanoAnswer;
import io.github.cx4j.scoring.quality.KanoCategory;
import io.github.cx4j.scoring.quality.KanoFeatureResult;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cx4j kano}: Kano categories, Better/Worse and Fong's test per feature. */
@Command(
    name = "kano",
    mixinStandardHelpOptions = true,
    description = {
      "Kano evaluation per feature from one row per respondent and feature with the functional and"
          + " dysfunctional answers (1-5 or like, must-be, neutral, live-with, dislike).",
      "Reports counts A/O/M/I/R/Q, the dominant category (ties M > O > A > I), Better, Worse,"
          + " total and category strength, and Fong's test (level 0.90 by default)."
    })
public final class KanoCommand implements CxCommand {

  @Mixin SurveyFiles files = new SurveyFiles();

  @Option(
      names = "--skip-invalid",
      description =
          "Skip invalid lines (bad answers, missing feature names, field counts) instead of"
              + " stopping; their count and the first "
              + InvalidRows.LISTED
              + " go to standard error.")
  boolean skipInvalid;

  @Option(
      names = "--feature-column",
      defaultValue = "feature",
      description = "Feature column (default: feature).")
  String featureColumn = "feature";

  @Option(
      names = "--functional-column",
      defaultValue = "functional",
      description = "Functional answer column (default: functional).")
  String functionalColumn = "functional";

  @Option(
      names = "--dysfunctional-column",
      defaultValue = "dysfunctional",
      description = "Dysfunctional answer column (default: dysfunctional).")
  String dysfunctionalColumn = "dysfunctional";

  @Option(
      names = "--level",
      defaultValue = "0.90",
      description = "Level of Fong's test (default: 0.90, z = 1.645).")
  double level = 0.90;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public KanoCommand() {}

  static KanoAnswer answer(Delimited.Row row, int column) {
    String text = row.text(column);
    String key = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    if (text.length() == 1 && text.charAt(0) >= '1' && text.charAt(0) <= '5') {
      return KanoAnswer.of(text.charAt(0) - '0');
    }
    for (KanoAnswer a : KanoAnswer.values()) {
      if (a.name().equals(key)) {
        return a;
      }
    }
    throw row.error(
        column, text, "expected a Kano answer 1-5 or like, must-be, neutral, live-with, dislike");
  }

  @Override
  public Integer call() {
    Output.checkLevel(level);
    Delimited file = files.open();
    int feature = file.column("--feature-column", featureColumn);
    int functional = file.column("--functional-column", functionalColumn);
    int dysfunctional = file.column("--dysfunctional-column", dysfunctionalColumn);
    SortedMap<String, KanoAccumulator> features = new TreeMap<>();
    InvalidRows invalid = new InvalidRows(skipInvalid);
    file.forEachRow(
        row -> {
          String name = row.text(feature);
          if (name.isEmpty()) {
            throw row.error(feature, name, "expected a feature name");
          }
          KanoAnswer f = answer(row, functional);
          KanoAnswer d = answer(row, dysfunctional);
          features.computeIfAbsent(name, Kano::accumulator).add(f, d);
        },
        invalid);
    invalid.report(spec.commandLine().getErr(), file.file().toString());
    if (features.isEmpty()) {
      throw new CliException(files.input + ": no data rows");
    }
    List<KanoFeatureResult> results =
        features.values().stream().map(KanoAccumulator::result).toList();
    files.write(
        spec.commandLine().getOut(),
        out -> {
          if (files.format == Output.Format.json) {
            ArrayNode array = Output.json().createArrayNode();
            for (KanoFeatureResult r : results) {
              ObjectNode o = Output.json().createObjectNode();
              o.put("feature", r.feature());
              o.put("n", r.n());
              for (KanoCategory c : KanoCategory.values()) {
                o.put(String.valueOf(c.letter()), r.count(c));
              }
              o.put("dominant", String.valueOf(r.dominant().letter()));
              o.put("second", String.valueOf(r.second().letter()));
              o.put("better", r.better());
              o.put("worse", r.worse());
              o.put("totalStrength", r.totalStrength());
              o.put("categoryStrength", r.categoryStrength());
              o.put("fongCritical", r.fongCriticalValue(level));
              o.put("fongSignificant", r.fongSignificant(level));
              array.add(o);
            }
            Output.writeJson(out, array);
          } else {
            Output.writeCsv(
                out,
                List.of(
                    "feature",
                    "n",
                    "A",
                    "O",
                    "M",
                    "I",
                    "R",
                    "Q",
                    "dominant",
                    "second",
                    "better",
                    "worse",
                    "total_strength",
                    "category_strength",
                    "fong_critical",
                    "fong_significant"),
                w -> {
                  for (KanoFeatureResult r : results) {
                    w.text(r.feature()).number(r.n());
                    for (KanoCategory c : KanoCategory.values()) {
                      w.number(r.count(c));
                    }
                    w.text(String.valueOf(r.dominant().letter()))
                        .text(String.valueOf(r.second().letter()))
                        .decimal(r.better(), Output.DECIMALS)
                        .decimal(r.worse(), Output.DECIMALS)
                        .decimal(r.totalStrength(), Output.DECIMALS)
                        .decimal(r.categoryStrength(), Output.DECIMALS)
                        .decimal(r.fongCriticalValue(level), Output.DECIMALS)
                        .text(Boolean.toString(r.fongSignificant(level)))
                        .endRow();
                  }
                });
          }
        });
    return 0;
  }
}
