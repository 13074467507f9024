/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cx4j.complaints.kpi.SyntheticHistory;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.OutputOption;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx4j complaints generate}: a seeded synthetic complaint history as JSON lines. */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description =
        "Generate a seeded synthetic complaint history (a restaurant chain) as JSON-lines"
            + " events, by running the real workflow.")
public final class GenerateCommand implements Callable<Integer> {

  @Option(names = "--complaints", defaultValue = "1000", description = "How many complaints.")
  int complaints = 1000;

  @Option(names = "--customers", defaultValue = "400", description = "How many customers.")
  int customers = 400;

  @Option(names = "--seed", defaultValue = "1", description = "The random seed.")
  long seed = 1;

  @Option(
      names = "--start",
      defaultValue = "2026-01-01T00:00:00Z",
      description = "Start of the 90-day period (ISO-8601 instant).")
  String start = "2026-01-01T00:00:00Z";

  @Mixin OutputOption output = new OutputOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public GenerateCommand() {}

  @Override
  public Integer call() {
    Instant from;
    try {
      from = Instant.parse(start);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CliException(
          "--start must be an ISO-8601 instant such as 2026-01-01T00:00:00Z, was \"" + start + "\"",
          e);
    }
    List<ComplaintEvent> events = SyntheticHistory.generate(complaints, customers, from, seed);
    ObjectMapper json = CxJson.mapper();
    output.write(
        spec.commandLine().getOut(),
        out -> {
          for (ComplaintEvent e : events) {
            out.println(json.writeValueAsString(e));
          }
        });
    return 0;
  }
}
