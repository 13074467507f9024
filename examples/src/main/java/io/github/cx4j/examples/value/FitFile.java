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
 * "1997-09-30"}), when the summary recorded them. Files without them are still read.
 *
 * @param fit the fit
 * @param unit the time unit of recency, T and the rates, if recorded
 * @param calibrationEnd the end of the calibration period, if recorded
 */
public record FitFile(ValueFit fit, Optional<Duration> unit, Optional<LocalDate> calibrationEnd) {
  static final String UNIT = "timeUnit";
  static final String END = "calibrationEnd";

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
      return new FitFile(mapper.treeToValue(node, ValueFit.class), unit, end);
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
}
