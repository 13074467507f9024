/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.scoring.value.CovariateFit;
import io.github.cx4j.scoring.value.CovariatePenalty;
import io.github.cx4j.scoring.value.Covariates;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.TimeVaryingFit;
import io.github.cx4j.scoring.value.ValueModelKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON file of {@code clv fit} with covariates: the base parameters, the effects and their
 * standard errors, the covariates of each process, the standardisation used and the penalty:
 *
 * <pre>
 * {"model": "paretonbd", "params": {"r": ..}, "effects": {"purchase.income": ..},
 *  "standardErrors": {..}, "covariates": {"purchase": ["income"], "dropout": ["web"]},
 *  "standardisation": {"purchase.income": {"centre": 3.0, "scale": 2.0}, ..} (or null),
 *  "penalty": {"lambda": 0.0, "mixing": 0.0}, "logLikelihood": .., "converged": true,
 *  "iterations": 21, "customers": 1000, "message": "..", "timeUnit": "P7D",
 *  "calibrationEnd": "1997-09-30"}
 * </pre>
 *
 * <p>A fit with time-varying covariates ({@link io.github.cx4j.scoring.value.TimeVaryingParetoNbd})
 * has the same fields and {@code "timeVarying": true}; its effects act on the rates in the same
 * direction as the static ones (constant paths give the static model), so it is held as the static
 * Pareto/NBD fit of the same numbers and turned back by {@link #timeVaryingFit()}.
 *
 * @param fit the fit
 * @param standardised whether the covariates were standardised
 * @param timeVarying whether the fit is one with time-varying covariates
 * @param unit the time unit of the summary, if recorded
 * @param calibrationEnd the end of calibration, if recorded
 */
record CovariateFitFile(
    CovariateFit fit,
    boolean standardised,
    boolean timeVarying,
    Optional<Duration> unit,
    Optional<LocalDate> calibrationEnd) {
  private static final String EFFECTS = "effects";

  private static final String TIME_VARYING = "timeVarying";

  /**
   * The file of a fit with time-varying covariates.
   *
   * @param fit the fit
   * @param standardised whether the covariates were standardised
   * @param unit the time unit of the summary
   * @param calibrationEnd the end of calibration
   * @return the file's content
   */
  static CovariateFitFile of(
      TimeVaryingFit fit,
      boolean standardised,
      Optional<Duration> unit,
      Optional<LocalDate> calibrationEnd) {
    CovariateFit same =
        new CovariateFit(
            ValueModelKind.PARETONBD,
            fit.params(),
            fit.effects(),
            fit.standardErrors(),
            fit.purchaseCovariates(),
            fit.dropoutCovariates(),
            fit.centres(),
            fit.scales(),
            fit.penalty(),
            fit.logLikelihood(),
            fit.converged(),
            fit.iterations(),
            fit.customers(),
            fit.message());
    return new CovariateFitFile(same, standardised, true, unit, calibrationEnd);
  }

  /**
   * The fit with time-varying covariates this file holds.
   *
   * @return the fit
   */
  TimeVaryingFit timeVaryingFit() {
    return new TimeVaryingFit(
        fit.params(),
        fit.effects(),
        fit.standardErrors(),
        fit.purchaseCovariates(),
        fit.dropoutCovariates(),
        fit.centres(),
        fit.scales(),
        fit.penalty(),
        fit.logLikelihood(),
        fit.converged(),
        fit.iterations(),
        fit.customers(),
        fit.message());
  }

  /** The JSON text, pretty-printed. */
  String json() throws JsonProcessingException {
    ObjectMapper mapper = CxJson.mapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("model", fit.model().id());
    if (timeVarying) {
      node.put(TIME_VARYING, true);
    }
    ObjectNode params = node.putObject("params");
    fit.params().forEach(params::put);
    ObjectNode effects = node.putObject(EFFECTS);
    fit.effects().forEach(effects::put);
    ObjectNode ses = node.putObject("standardErrors");
    fit.standardErrors().forEach(ses::put);
    ObjectNode covariates = node.putObject("covariates");
    ArrayNode purchase = covariates.putArray("purchase");
    fit.purchaseCovariates().forEach(purchase::add);
    ArrayNode dropout = covariates.putArray("dropout");
    fit.dropoutCovariates().forEach(dropout::add);
    if (standardised) {
      ObjectNode std = node.putObject("standardisation");
      List<String> names = columnNames();
      for (int j = 0; j < names.size(); j++) {
        ObjectNode one = std.putObject(names.get(j));
        one.put("centre", fit.centres()[j]);
        one.put("scale", fit.scales()[j]);
      }
    } else {
      node.putNull("standardisation");
    }
    ObjectNode penalty = node.putObject("penalty");
    penalty.put("lambda", fit.penalty().lambda());
    penalty.put("mixing", fit.penalty().mixing());
    node.put("logLikelihood", fit.logLikelihood());
    node.put("converged", fit.converged());
    node.put("iterations", fit.iterations());
    node.put("customers", fit.customers());
    node.put("message", fit.message());
    unit.ifPresent(u -> node.put(FitFile.UNIT, TimeUnits.format(u)));
    calibrationEnd.ifPresent(e -> node.put(FitFile.END, e.toString()));
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }

  /** {@code purchase.<name>} then {@code dropout.<name>}: the order of centres and scales. */
  private List<String> columnNames() {
    List<String> names = new ArrayList<>();
    fit.purchaseCovariates().forEach(n -> names.add("purchase." + n));
    fit.dropoutCovariates().forEach(n -> names.add("dropout." + n));
    return names;
  }

  /**
   * Whether a fit file holds a fit with covariates (an object with {@code "effects"}).
   *
   * @param file the file
   * @return true for a covariate fit
   */
  static boolean holds(Path file) {
    return tree(file).has(EFFECTS);
  }

  /**
   * The model at covariates zero, for the checks that depend on the model's kind only.
   *
   * @return the model of a customer whose covariates are all zero
   */
  PurchaseModel reference() {
    return fit.modelFor(
        new double[fit.purchaseCovariates().size()], new double[fit.dropoutCovariates().size()]);
  }

  /**
   * The covariates of the summary's customers, read from the covariate file.
   *
   * @param file the {@code --covariates} option of the command
   * @param input the summary options
   * @param d the summary
   * @return the purchase and the dropout covariates, one row per summary customer
   */
  Covariates[] join(CovariateFile file, SummaryFile input, SummaryFile.Data d) {
    String idLabel =
        CovariateFile.summaryIdLabel(
            java.util.Objects.requireNonNull(d.table).header(), input.idColumn);
    return new Covariates[] {
      file.covariates(fit.purchaseCovariates(), input, d, idLabel),
      file.covariates(fit.dropoutCovariates(), input, d, idLabel)
    };
  }

  private static JsonNode tree(Path file) {
    try {
      return CxJson.mapper().readTree(Files.readString(file));
    } catch (JsonProcessingException e) {
      throw new CliException(file + ": not a 'clv fit' result: " + e.getOriginalMessage(), e);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file", e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads a covariate fit file.
   *
   * @param file the file
   * @return the fit with what it records
   */
  static CovariateFitFile read(Path file) {
    JsonNode node = tree(file);
    try {
      ValueModelKind kind = ValueModelKind.fromId(text(file, node, "model"));
      Map<String, Double> params = numbers(file, node, "params");
      Map<String, Double> effects = numbers(file, node, EFFECTS);
      Map<String, Double> ses = numbers(file, node, "standardErrors");
      JsonNode covariates = field(file, node, "covariates");
      List<String> purchase = names(file, covariates, "purchase");
      List<String> dropout = names(file, covariates, "dropout");
      int k = purchase.size() + dropout.size();
      double[] centres = new double[k];
      double[] scales = new double[k];
      java.util.Arrays.fill(scales, 1.0);
      JsonNode std = node.get("standardisation");
      boolean standardised = std != null && !std.isNull();
      if (standardised) {
        List<String> columns = new ArrayList<>();
        purchase.forEach(n -> columns.add("purchase." + n));
        dropout.forEach(n -> columns.add("dropout." + n));
        for (int j = 0; j < k; j++) {
          JsonNode one = field(file, std, columns.get(j));
          centres[j] = number(file, one, "centre");
          scales[j] = number(file, one, "scale");
        }
      }
      JsonNode penalty = field(file, node, "penalty");
      CovariateFit fit =
          new CovariateFit(
              kind,
              params,
              effects,
              ses,
              purchase,
              dropout,
              centres,
              scales,
              new CovariatePenalty(
                  number(file, penalty, "lambda"), number(file, penalty, "mixing")),
              number(file, node, "logLikelihood"),
              field(file, node, "converged").asBoolean(),
              field(file, node, "iterations").asInt(),
              field(file, node, "customers").asInt(),
              text(file, node, "message"));
      Optional<Duration> unit = Optional.empty();
      JsonNode u = node.get(FitFile.UNIT);
      if (u != null) {
        unit = Optional.of(TimeUnits.recordedUnit(file.toString(), FitFile.UNIT, u.asText()));
      }
      Optional<LocalDate> end = Optional.empty();
      JsonNode e = node.get(FitFile.END);
      if (e != null) {
        end = Optional.of(TimeUnits.recordedEnd(file.toString(), FitFile.END, e.asText()));
      }
      // the effects and parameters the model needs must all be there
      fit.modelFor(new double[purchase.size()], new double[dropout.size()]);
      JsonNode tv = node.get(TIME_VARYING);
      boolean timeVarying = tv != null && tv.asBoolean();
      if (timeVarying && kind != ValueModelKind.PARETONBD) {
        throw new CliException(
            file
                + ": not a 'clv fit' result: time-varying covariates are for paretonbd, not "
                + kind.id());
      }
      return new CovariateFitFile(fit, standardised, timeVarying, unit, end);
    } catch (IllegalArgumentException e) {
      throw new CliException(file + ": not a 'clv fit' result: " + e.getMessage(), e);
    }
  }

  private static JsonNode field(Path file, JsonNode node, String name) {
    JsonNode v = node.get(name);
    if (v == null || v.isNull()) {
      throw new CliException(file + ": not a 'clv fit' result: no \"" + name + "\"");
    }
    return v;
  }

  private static String text(Path file, JsonNode node, String name) {
    return field(file, node, name).asText();
  }

  private static double number(Path file, JsonNode node, String name) {
    JsonNode v = field(file, node, name);
    if (!v.isNumber()) {
      throw new CliException(
          file + ": not a 'clv fit' result: \"" + name + "\" is not a number, was " + v);
    }
    return v.asDouble();
  }

  private static Map<String, Double> numbers(Path file, JsonNode node, String name) {
    JsonNode object = field(file, node, name);
    Map<String, Double> out = new LinkedHashMap<>();
    var fields = object.fields();
    while (fields.hasNext()) {
      var f = fields.next();
      out.put(f.getKey(), number(file, object, f.getKey()));
    }
    return out;
  }

  private static List<String> names(Path file, JsonNode node, String name) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : field(file, node, name)) {
      out.add(n.asText());
    }
    return out;
  }
}
