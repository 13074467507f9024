/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.Redaction;
import io.github.cx4j.core.CxJson;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code cx4j complaints replay}: fold an event stream into the final state of each complaint. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description =
        "Fold complaint events (JSON lines) into each complaint's final state, printed as JSON"
            + " lines. Bad lines are reported with their number and skipped; exit code 2 if any.")
public final class ReplayCommand implements Callable<Integer> {

  @Option(names = "--input", required = true, description = "The events, one JSON object a line.")
  Path input;

  @Option(names = "--output", description = "Write here instead of standard output.")
  Optional<Path> output = Optional.empty();

  @Option(names = "--redact", description = "Redact personal fields (names, contacts, texts).")
  boolean redact;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public ReplayCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    EventLines lines = EventLines.read(input, err);
    ObjectMapper json = CxJson.mapper();
    io.github.cx4j.examples.cli.AtomicOutput.write(
        output,
        spec.commandLine().getOut(),
        out -> {
          for (Complaint c : lines.states().values()) {
            Complaint shown = redact ? Redaction.redact(c) : c;
            ObjectNode node = json.valueToTree(shown);
            node.put("status", shown.status().name());
            node.put("trackingStatus", shown.trackingStatus().name());
            out.println(json.writeValueAsString(node));
          }
        });
    err.println(
        "replayed "
            + lines.events()
            + " events of "
            + lines.states().size()
            + " complaints"
            + (lines.badLines() > 0 ? ", skipped " + lines.badLines() + " bad lines" : ""));
    err.flush();
    return lines.badLines() > 0 ? 2 : 0;
  }
}
