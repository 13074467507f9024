/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.report;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.Delimited;
import io.github.cx4j.examples.value.FitFile;
import io.github.cx4j.report.survey.SurveyData;
import io.github.cx4j.scoring.quality.KanoAnswer;
import io.github.cx4j.scoring.quality.KanoResponse;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.ValueFit;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All file reading of {@code cx4j report}, in one place, on the CLI's {@link Delimited} reader
 * (purchase files go through {@code PurchaseOptions}, complaint events through {@code EventLines},
 * as in the matching commands). Every bad cell gives a {@link CliException} naming the file, the
 * line, the column and the value.
 */
final class ReportInputs {
  private ReportInputs() {}

  static LocalDate date(String option, String text) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new CliException(option + " must be a date as yyyy-MM-dd, was \"" + text + "\"", e);
    }
  }

  /** The segment rules as {@code cx4j rfm --rules} takes them. */
  static RfmSegmentation rules(String text) {
    if (text.equals("rfm")) {
      return RfmSegmentation.rfm();
    }
    if (text.equals("rfm-legacy")) {
      return RfmSegmentation.rfmLegacy();
    }
    return RfmSegmentation.fromJson(
        readText("--rules", Path.of(text), "rfm, rfm-legacy or a JSON file"));
  }

  /** The JSON of {@code cx4j clv fit}: a purchase-model fit. */
  static ValueFit fit(Path file) {
    readText("--fit", file, "the JSON file of cx4j clv fit"); // names the option if it is missing
    // the one reader of clv fit's JSON, which also takes the recorded time unit and end
    ValueFit fit = FitFile.read(file).fit();
    if (!(fit.toModel() instanceof PurchaseModel)) {
      throw new CliException(
          file + ": --fit must be a BG/NBD, MBG/NBD or Pareto/NBD fit, was " + fit.model().id());
    }
    return fit;
  }

  private static String readText(String option, Path file, String expected) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException(
          option + " must be " + expected + ", was \"" + file + "\" (no such file)", e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /** What {@code cx4j report survey} reads from its files. */
  record SurveySpec(
      Path input,
      String separator,
      Optional<String> recommend,
      Optional<String> csat,
      RatingScale csatScale,
      int topBoxes,
      Optional<String> by,
      Optional<String> dateColumn,
      ZoneId zone,
      List<String> attributes,
      String importancePrefix,
      Optional<String> overall,
      Optional<Path> kano) {}

  static SurveyData survey(SurveySpec spec) {
    Delimited file = Delimited.open(spec.input(), spec.separator(), true);
    Optional<Integer> recommend = file.optionalColumn("--recommend-column", spec.recommend());
    Optional<Integer> csat = file.optionalColumn("--csat-column", spec.csat());
    Optional<Integer> by = file.optionalColumn("--by", spec.by());
    Optional<Integer> date = file.optionalColumn("--date-column", spec.dateColumn());
    Optional<Integer> overall = file.optionalColumn("--overall-column", spec.overall());
    int[] perf = new int[spec.attributes().size()];
    int[] imp = new int[spec.attributes().size()];
    boolean hasImportance = !spec.attributes().isEmpty();
    for (int j = 0; j < perf.length; j++) {
      String a = spec.attributes().get(j);
      perf[j] = file.column("--attributes", a);
      String importance = spec.importancePrefix() + a;
      if (file.names().stream().noneMatch(importance::equalsIgnoreCase)) {
        hasImportance = false;
      } else {
        imp[j] = file.column("--importance-prefix", importance);
      }
    }
    boolean importance = hasImportance;
    List<String> groups = new ArrayList<>();
    List<Optional<Instant>> times = new ArrayList<>();
    List<Integer> rec = new ArrayList<>();
    List<Integer> sat = new ArrayList<>();
    List<double[]> perfRows = new ArrayList<>();
    List<double[]> impRows = new ArrayList<>();
    List<Double> overallRows = new ArrayList<>();
    file.forEachRow(
        row -> {
          groups.add(by.isPresent() ? row.text(by.get()) : "");
          times.add(
              date.isPresent()
                  ? Optional.of(instant(row, date.get(), spec.zone()))
                  : Optional.empty());
          if (recommend.isPresent()) {
            rec.add(score(row, recommend.get(), RatingScale.ZERO_TO_TEN));
          }
          if (csat.isPresent()) {
            sat.add(score(row, csat.get(), spec.csatScale()));
          }
          double[] p = new double[perf.length];
          double[] q = new double[perf.length];
          for (int j = 0; j < perf.length; j++) {
            p[j] = attribute(row, perf[j]);
            if (importance) {
              q[j] = attribute(row, imp[j]);
            }
          }
          perfRows.add(p);
          impRows.add(q);
          if (overall.isPresent()) {
            overallRows.add(row.number(overall.get()));
          }
        });
    if (groups.isEmpty()) {
      throw new CliException(spec.input() + ": no data rows");
    }
    int n = groups.size();
    double[][] performance = new double[perf.length][n];
    double[][] stated = new double[importance ? perf.length : 0][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < perf.length; j++) {
        performance[j][i] = perfRows.get(i)[j];
        if (importance) {
          stated[j][i] = impRows.get(i)[j];
        }
      }
    }
    List<KanoResponse> kano = spec.kano().map(ReportInputs::kano).orElse(List.of());
    return new SurveyData(
        groups,
        times,
        rec.stream().mapToInt(Integer::intValue).toArray(),
        sat.stream().mapToInt(Integer::intValue).toArray(),
        spec.csatScale(),
        spec.topBoxes(),
        spec.attributes(),
        performance,
        stated,
        RatingScale.ONE_TO_TEN,
        overallRows.stream().mapToDouble(Double::doubleValue).toArray(),
        kano);
  }

  /** An attribute's performance or stated importance, on the 1..10 scale of the map. */
  private static double attribute(Delimited.Row row, int column) {
    double v = row.number(column);
    RatingScale scale = RatingScale.ONE_TO_TEN;
    if (v < scale.min() || v > scale.max()) {
      throw row.error(column, row.text(column), "expected a rating within " + scale);
    }
    return v;
  }

  private static int score(Delimited.Row row, int column, RatingScale scale) {
    if (row.isEmpty(column)) {
      return -1;
    }
    int v = row.integer(column);
    if (v < scale.min() || v > scale.max()) {
      throw row.error(column, row.text(column), "expected a score within " + scale);
    }
    return v;
  }

  private static Instant instant(Delimited.Row row, int column, ZoneId zone) {
    String text = row.text(column);
    try {
      return Instant.parse(text);
    } catch (DateTimeException e) {
      // try the other ISO forms
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      // next
    }
    try {
      return LocalDateTime.parse(text).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      // next
    }
    try {
      return LocalDate.parse(text).atStartOfDay(zone).toInstant();
    } catch (DateTimeException e) {
      throw row.error(
          column, text, "expected an ISO-8601 date or time such as 2025-03-01T10:00:00Z");
    }
  }

  /** Kano answers as {@code cx4j kano} reads them: feature, functional, dysfunctional (1-5). */
  static List<KanoResponse> kano(Path input) {
    Delimited file = Delimited.open(input, ",", true);
    int feature = file.column("--kano-input", "feature");
    int functional = file.column("--kano-input", "functional");
    int dysfunctional = file.column("--kano-input", "dysfunctional");
    List<KanoResponse> out = new ArrayList<>();
    file.forEachRow(
        row -> {
          try {
            out.add(
                new KanoResponse(
                    row.text(feature),
                    KanoAnswer.of(row.integer(functional)),
                    KanoAnswer.of(row.integer(dysfunctional))));
          } catch (CxValidationException e) {
            throw row.error(
                functional, row.text(functional) + "/" + row.text(dysfunctional), e.getMessage());
          }
        });
    return out;
  }
}
