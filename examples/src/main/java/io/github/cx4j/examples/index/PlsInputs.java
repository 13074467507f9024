/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.index;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.Delimited;
import io.github.cx4j.examples.cli.InvalidRows;
import io.github.cx4j.scoring.index.PathModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What {@code cx4j pls} and {@code cx4j report pls} read: the path model of {@code --model} and the
 * indicator columns of the survey.
 */
public final class PlsInputs {
  private PlsInputs() {}

  /**
   * The path model of {@code --model}.
   *
   * @param model {@code acsi}, {@code ecsi} (any case) or the path of a JSON model file
   * @return the model
   * @throws CliException naming the file if it is missing, unreadable or not a valid model
   */
  public static PathModel model(String model) {
    String lower = model.toLowerCase(Locale.ROOT);
    if (lower.equals("acsi")) {
      return PathModel.acsi();
    }
    if (lower.equals("ecsi")) {
      return PathModel.ecsi();
    }
    Path file = Path.of(model);
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new CliException(
          "--model " + model + ": no such file (expected acsi, ecsi or a JSON model file)", e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    }
    try {
      return PathModel.fromJson(text);
    } catch (CxValidationException e) {
      throw new CliException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The answer scale of a built-in model's questionnaire: the ACSI and the ECSI ask every item on a
   * ten-point scale (Fornell et al. 1996, "The American Customer Satisfaction Index", Journal of
   * Marketing 60(4); Tenenhaus et al. 2005, "PLS path modeling", the ECSI mobile-phone data), so
   * their answers are checked against 1..10 when no {@code --scale} is given. A JSON model has no
   * known scale.
   *
   * @param model the {@code --model} argument
   * @return 1..10 for {@code acsi} and {@code ecsi}, otherwise null
   */
  public static @Nullable RatingScale questionnaireScale(String model) {
    String lower = model.toLowerCase(Locale.ROOT);
    return lower.equals("acsi") || lower.equals("ecsi") ? RatingScale.of(1, 10) : null;
  }

  /**
   * The model's indicator columns of a delimited survey with a header; empty cells and {@code NA}
   * are missing ({@link Double#NaN}, which the PLS missing-value policy handles). Answers are
   * checked as {@link #indicators(Path, String, PathModel, RatingScale, String, Double,
   * InvalidRows)} checks them with the {@link #questionnaireScale} of {@code model}.
   *
   * @param input the survey file
   * @param separator the field separator, as {@code --separator} takes it
   * @param model the {@code --model} argument
   * @param pathModel the model whose indicators are read
   * @return the columns by indicator name, in the model's order
   * @throws CliException naming the indicators that are not columns of the file, or the bad cell
   */
  public static Map<String, double[]> indicators(
      Path input, String separator, String model, PathModel pathModel) {
    RatingScale questionnaire = questionnaireScale(model);
    return indicators(
        input,
        separator,
        pathModel,
        questionnaire,
        questionnaireOrigin(model),
        null,
        new InvalidRows(false));
  }

  /** How an error names the scale of {@link #questionnaireScale}. */
  static String questionnaireOrigin(String model) {
    return "the "
        + model.toUpperCase(Locale.ROOT)
        + " questionnaire's scale; declare another with --scale";
  }

  /**
   * Reads the model's indicator columns, checking answers against a declared scale. Without a
   * scale, a negative answer or one written with nines only (99, 999, ...) is refused unless it is
   * the declared missing-value code: these are the usual missing-value codes of survey exports, and
   * read as answers they stretch the observed range that the 0-100 index is scaled by.
   *
   * @param input the survey file
   * @param separator the field separator
   * @param pathModel the model whose indicators are read
   * @param declared the declared answer scale, or null for none
   * @param origin where the scale comes from, as an error message names it
   * @param missing the declared missing-value code (read as an answer, exempt from the scale), or
   *     null
   * @param invalid where invalid rows go (skipped and reported, or an error)
   * @return the columns by indicator name, NaN where an answer is blank or NA
   * @throws CliException if a column is missing or an answer is not a number or off the scale
   */
  static Map<String, double[]> indicators(
      Path input,
      String separator,
      PathModel pathModel,
      @Nullable RatingScale declared,
      String origin,
      @Nullable Double missing,
      InvalidRows invalid) {
    Delimited file = Delimited.open(input, separator, true);
    List<String> missingColumns = new ArrayList<>();
    for (String indicator : pathModel.indicators()) {
      // header names match as Delimited.column matches them: exactly, else ignoring case
      if (file.names().stream().noneMatch(indicator::equalsIgnoreCase)) {
        missingColumns.add(indicator);
      }
    }
    if (!missingColumns.isEmpty()) {
      throw new CliException(
          input
              + ": the model's indicators "
              + missingColumns
              + " are not columns of the file (columns: "
              + String.join(", ", file.names())
              + ")");
    }
    List<String> indicators = pathModel.indicators();
    int[] columns = new int[indicators.size()];
    for (int k = 0; k < columns.length; k++) {
      columns[k] = file.column("--model", indicators.get(k));
    }
    List<double[]> rows = new ArrayList<>();
    file.forEachRow(
        row -> {
          double[] values = new double[columns.length];
          for (int k = 0; k < columns.length; k++) {
            if (row.isEmpty(columns[k]) || row.text(columns[k]).equalsIgnoreCase("NA")) {
              values[k] = Double.NaN;
            } else {
              double v = row.number(columns[k]);
              boolean code = missing != null && v == missing;
              if (declared != null && !code && (v < declared.min() || v > declared.max())) {
                throw row.error(
                    columns[k],
                    row.text(columns[k]).strip(),
                    "expected an answer within "
                        + declared.min()
                        + ".."
                        + declared.max()
                        + " ("
                        + origin
                        + "; declare a missing-value code with --missing)");
              }
              if (declared == null && !code && looksLikeMissingCode(v)) {
                throw row.error(
                    columns[k],
                    row.text(columns[k]).strip(),
                    "expected an answer, not what looks like a missing-value code (declare it"
                        + " with --missing, or the answer scale with --scale MIN..MAX)");
              }
              values[k] = v;
            }
          }
          rows.add(values);
        },
        invalid);
    Map<String, double[]> data = new LinkedHashMap<>();
    for (int k = 0; k < columns.length; k++) {
      double[] column = new double[rows.size()];
      for (int i = 0; i < column.length; i++) {
        column[i] = rows.get(i)[k];
      }
      data.put(indicators.get(k), column);
    }
    return data;
  }

  /** A negative number, or a whole number of at least two digits that are all nines. */
  static boolean looksLikeMissingCode(double v) {
    if (v < 0) {
      return true;
    }
    if (v < 99 || v != Math.rint(v) || v > 1e15) {
      return false;
    }
    return Long.toString((long) v).chars().allMatch(c -> c == '9');
  }
}
