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
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.scoring.value.McmcOptions;
import io.github.cx4j.scoring.value.ParetoGggDraws;
import io.github.cx4j.scoring.value.ParetoGggParameters;
import io.github.cx4j.scoring.value.PosteriorSummary;
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
 * The JSON file of {@code clv fit --model pggg}: a Pareto/GGG posterior (Platzer and Reutterer
 * 2016) in the shape of the other fits ({@code "model"}, {@code "params"} as posterior means,
 * {@code "customers"}, {@code "message"}, {@code "timeUnit"}, {@code "calibrationEnd"}), with
 * {@code "posterior"} (mean, sd, 2.5%, 50% and 97.5% quantiles of each cohort parameter), {@code
 * "mcmc"} (the run's options) and {@code "cohortDraws"}, the kept draws of the six cohort
 * parameters, one array per parameter, chain after chain.
 *
 * <p>The file holds the cohort draws and not the customers' own draws: those are customers x draws
 * x 4 values (2,357 x 100 x 4 for CDNOW with BTYDplus' defaults, growing with the customer base),
 * and given the cohort parameters customers are independent, so {@code clv predict} draws each
 * customer's regularity, rates and lifetime again from its own summary ({@code
 * ParetoGgg.drawCustomers}), for the customers of the summary it is given, which need not be those
 * of the fit.
 *
 * @param customers the customers the posterior was drawn from
 * @param options the sampler's options
 * @param cohort the kept draws of the cohort parameters
 * @param unit the time unit of the summary, if recorded
 * @param calibrationEnd the end of the calibration period, if recorded
 */
record PgggFitFile(
    int customers,
    McmcOptions options,
    List<ParetoGggParameters> cohort,
    Optional<Duration> unit,
    Optional<LocalDate> calibrationEnd) {
  static final String MODEL = "pggg";

  /** A fit file from the sampler's draws. */
  static PgggFitFile of(
      ParetoGggDraws draws,
      McmcOptions options,
      Optional<Duration> unit,
      Optional<LocalDate> calibrationEnd) {
    return new PgggFitFile(draws.size(), options, draws.hyperparameters(), unit, calibrationEnd);
  }

  /** The posterior summaries of the cohort draws, in the order of the parameter names. */
  Map<String, PosteriorSummary> summary() {
    Map<String, PosteriorSummary> out = new LinkedHashMap<>();
    double[][] columns = columns();
    for (int p = 0; p < columns.length; p++) {
      out.put(ParetoGggParameters.NAMES.get(p), PosteriorSummary.of(columns[p]));
    }
    return out;
  }

  private double[][] columns() {
    double[][] out = new double[ParetoGggParameters.NAMES.size()][cohort.size()];
    for (int j = 0; j < cohort.size(); j++) {
      double[] v = cohort.get(j).values();
      for (int p = 0; p < v.length; p++) {
        out[p][j] = v[p];
      }
    }
    return out;
  }

  /** The JSON text, pretty-printed; the same fit gives the same bytes. */
  String json() throws JsonProcessingException {
    ObjectMapper mapper = CxJson.mapper();
    ObjectNode node = mapper.createObjectNode();
    node.put("model", MODEL);
    node.put("customers", customers);
    Map<String, PosteriorSummary> summary = summary();
    ObjectNode params = node.putObject("params");
    summary.forEach((name, s) -> params.put(name, s.mean()));
    ObjectNode posterior = node.putObject("posterior");
    summary.forEach((name, s) -> posterior.set(name, mapper.valueToTree(s)));
    ObjectNode mcmc = node.putObject("mcmc");
    mcmc.put("draws", options.draws());
    mcmc.put("burnIn", options.burnIn());
    mcmc.put("thinning", options.thinning());
    mcmc.put("chains", options.chains());
    mcmc.put("seed", options.seed());
    mcmc.put("kept", cohort.size());
    node.put(
        "message",
        "posterior of the cohort parameters by MCMC ("
            + options.chains()
            + " chains, "
            + options.burnIn()
            + " burn-in, "
            + options.draws()
            + " draws, every "
            + options.thinning()
            + ". kept); params are posterior means");
    ObjectNode draws = node.putObject("cohortDraws");
    double[][] columns = columns();
    for (int p = 0; p < columns.length; p++) {
      ArrayNode a = draws.putArray(ParetoGggParameters.NAMES.get(p));
      for (double v : columns[p]) {
        a.add(v);
      }
    }
    unit.ifPresent(u -> node.put(FitFile.UNIT, TimeUnits.format(u)));
    calibrationEnd.ifPresent(e -> node.put(FitFile.END, e.toString()));
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }

  /**
   * Whether a fit file holds a Pareto/GGG posterior ({@code "model": "pggg"}).
   *
   * @throws CliException if the file cannot be read or is not JSON
   */
  static boolean isPggg(Path file) {
    JsonNode tree = tree(file);
    return MODEL.equals(tree.path("model").asText());
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
   * Reads a Pareto/GGG fit file.
   *
   * @throws CliException naming the file and what is wrong with it
   */
  static PgggFitFile read(Path file) {
    JsonNode tree = tree(file);
    try {
      JsonNode mcmc = tree.path("mcmc");
      McmcOptions options =
          new McmcOptions(
              required(file, mcmc, "mcmc.draws").asInt(),
              required(file, mcmc, "mcmc.burnIn").asInt(),
              required(file, mcmc, "mcmc.thinning").asInt(),
              required(file, mcmc, "mcmc.chains").asInt(),
              required(file, mcmc, "mcmc.seed").asLong());
      JsonNode draws = tree.path("cohortDraws");
      List<double[]> columns = new ArrayList<>();
      int count = -1;
      for (String name : ParetoGggParameters.NAMES) {
        JsonNode a = required(file, draws, "cohortDraws." + name);
        if (!a.isArray() || a.isEmpty() || (count >= 0 && a.size() != count)) {
          throw new CliException(
              file
                  + ": cohortDraws."
                  + name
                  + " must be a non-empty array of numbers, as long as the others");
        }
        count = a.size();
        double[] v = new double[count];
        for (int j = 0; j < count; j++) {
          if (!a.get(j).isNumber()) {
            throw new CliException(
                file + ": cohortDraws." + name + "[" + j + "] must be a number, was " + a.get(j));
          }
          v[j] = a.get(j).asDouble();
        }
        columns.add(v);
      }
      List<ParetoGggParameters> cohort = new ArrayList<>(count);
      for (int j = 0; j < count; j++) {
        cohort.add(
            new ParetoGggParameters(
                columns.get(0)[j],
                columns.get(1)[j],
                columns.get(2)[j],
                columns.get(3)[j],
                columns.get(4)[j],
                columns.get(5)[j]));
      }
      Optional<Duration> unit = Optional.empty();
      Optional<LocalDate> end = Optional.empty();
      if (tree.has(FitFile.UNIT)) {
        unit =
            Optional.of(
                TimeUnits.recordedUnit(
                    file.toString(), FitFile.UNIT, tree.get(FitFile.UNIT).asText()));
      }
      if (tree.has(FitFile.END)) {
        end =
            Optional.of(
                TimeUnits.recordedEnd(
                    file.toString(), FitFile.END, tree.get(FitFile.END).asText()));
      }
      return new PgggFitFile(
          required(file, tree, "customers").asInt(), options, List.copyOf(cohort), unit, end);
    } catch (CxValidationException e) {
      throw new CliException(file + ": not a pggg fit: " + e.getMessage(), e);
    }
  }

  private static JsonNode required(Path file, JsonNode parent, String path) {
    String name = path.substring(path.lastIndexOf('.') + 1);
    JsonNode v = parent.get(name);
    if (v == null || v.isNull()) {
      throw new CliException(file + ": a pggg fit needs " + path);
    }
    return v;
  }
}
