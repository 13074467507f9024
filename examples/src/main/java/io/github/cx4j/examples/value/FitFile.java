/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.activity.TimeUnits;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.scoring.value.PoissonRate;
import io.github.cx4j.scoring.value.ValueFit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The JSON file of {@code clv fit}: the {@link ValueFit} with the time unit of the summary it was
 * fitted to ({@code "timeUnit": "P7D"}) and its calibration end ({@code "calibrationEnd":
 * "1997-09-30"}), when the summary recorded them, and, for a BG/NBD or MBG/NBD fit that converged
 * at the boundary, the Poisson limit ({@link PoissonRate}): {@code "poissonLimit": {"rate":
 * 0.398644, "standardError": 0.0027}}, checked against the fit on reading. Files without them are
 * still read.
 *
 * @param fit the fit
 * @param unit the time unit of recency, T and the rates, if recorded
 * @param calibrationEnd the end of the calibration period, if recorded
 */
public record FitFile(ValueFit fit, Optional<Duration> unit, Optional<LocalDate> calibrationEnd) {
  static final String UNIT = "timeUnit";
  static final String END = "calibrationEnd";
  static final String LIMIT = "poissonLimit";

  /**
   * The JSON text, pretty-printed.
   *
   * @return the JSON
   * @throws JsonProcessingException if Jackson fails
   */
  String json() throws JsonProcessingException {
    ObjectMapper mapper = CxJson.mapper();
    ObjectNode node = mapper.valueToTree(fit);
    unit.ifPresent(u -> node.put(UNIT, TimeUnits.format(u)));
    calibrationEnd.ifPresent(e -> node.put(END, e.toString()));
    PoissonRate.of(fit)
        .ifPresent(
            rate -> {
              ObjectNode limit = node.putObject(LIMIT);
              limit.put("rate", rate.rate());
              rate.standardError().ifPresent(se -> limit.put("standardError", se));
            });
    return mapper.writerWithDefaultPrettyPrinter().writeValueAsString(node);
  }

  /**
   * Reads a fit file.
   *
   * @param file the file
   * @return the fit with what it records
   * @throws CliException naming the file and the problem
   */
  public static FitFile read(Path file) {
    ObjectMapper mapper = CxJson.mapper();
    try {
      JsonNode tree = mapper.readTree(Files.readString(file));
      if (!(tree instanceof ObjectNode node)) {
        throw new CliException(file + ": not a 'clv fit' result: expected a JSON object");
      }
      if (node.has("effects")) {
        throw new CliException(
            file
                + ": a fit with covariates ("
                + node.path("model").asText("?")
                + "): give it to 'clv predict' with --covariates FILE; this command takes a fit"
                + " without covariates");
      }
      Optional<Duration> unit = Optional.empty();
      Optional<LocalDate> end = Optional.empty();
      JsonNode u = node.remove(UNIT);
      if (u != null) {
        unit = Optional.of(TimeUnits.recordedUnit(file.toString(), UNIT, u.asText()));
      }
      JsonNode e = node.remove(END);
      if (e != null) {
        end = Optional.of(TimeUnits.recordedEnd(file.toString(), END, e.asText()));
      }
      JsonNode limit = node.remove(LIMIT);
      ValueFit fit = mapper.treeToValue(node, ValueFit.class);
      if (limit != null) {
        checkLimit(file, fit, limit);
      }
      return new FitFile(fit, unit, end);
    } catch (JsonProcessingException e) {
      throw new CliException(file + ": not a 'clv fit' result: " + e.getOriginalMessage(), e);
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file", e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new CliException(file + ": not a 'clv fit' result: " + e.getMessage(), e);
    }
  }

  /**
   * The recorded Poisson limit must be the fit's: a BG/NBD or MBG/NBD fit in the limit whose r /
   * alpha is the recorded rate (to 1e-12 relative, the JSON's round trip of doubles is exact).
   */
  private static void checkLimit(Path file, ValueFit fit, JsonNode limit) {
    JsonNode recorded = limit.path("rate");
    if (!recorded.isNumber()) {
      throw new CliException(
          file + ": " + LIMIT + ".rate must be a number, was " + limit.path("rate"));
    }
    PoissonRate rate =
        PoissonRate.of(fit)
            .orElseThrow(
                () ->
                    new CliException(
                        file
                            + ": "
                            + LIMIT
                            + " is recorded, but the fit is not in the Poisson limit (r = "
                            + fit.params().get("r")
                            + ", message \""
                            + fit.message()
                            + "\")"));
    double value = recorded.asDouble();
    if (!(Math.abs(value - rate.rate()) <= 1e-12 * rate.rate())) {
      throw new CliException(
          file
              + ": "
              + LIMIT
              + ".rate must be the fit's r / alpha = "
              + rate.rate()
              + ", was "
              + value);
    }
  }
}
