/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.cli.CliException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a JSON-lines file of complaint events and folds them into final states, one line at a time:
 * a line that is not a valid event, or that does not fit its complaint's stream (a skipped version,
 * a first event that is not "received"), is reported on the error stream with its file and line
 * number and skipped; every other line is still applied.
 */
final class EventLines {
  private final Map<ComplaintId, Complaint> states = new LinkedHashMap<>();
  private long events;
  private long badLines;

  private EventLines() {}

  /**
   * Reads and folds a file.
   *
   * @param file the JSON-lines file
   * @param err where bad lines are reported
   * @return the folded result
   * @throws CliException if the file cannot be read
   */
  static EventLines read(Path file, PrintWriter err) {
    EventLines result = new EventLines();
    ObjectMapper json = CxJson.mapper();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (number == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        try {
          ComplaintEvent event = json.readValue(line, ComplaintEvent.class);
          Complaint current = result.states.get(event.complaintId());
          Complaint next =
              current == null
                  ? ComplaintWorkflow.evolve(Optional.empty(), event)
                  : ComplaintWorkflow.evolve(current, event);
          result.states.put(event.complaintId(), next);
          result.events++;
        } catch (IOException | IllegalArgumentException e) {
          result.badLines++;
          err.println(
              file + ":" + number + ": skipped: " + firstLine(String.valueOf(e.getMessage())));
        }
      }
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file", e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    }
    err.flush();
    return result;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "invalid event";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  Map<ComplaintId, Complaint> states() {
    return states;
  }

  long events() {
    return events;
  }

  long badLines() {
    return badLines;
  }
}
