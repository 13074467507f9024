/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.Redaction;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.complaints.workflow.ReplayedComplaint;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.cli.OutputOption;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx4j complaints replay}: fold an event stream into the final state of each complaint. */
@Command(
    name = "replay",
    mixinStandardHelpOptions = true,
    description =
        "Fold complaint events (a JSON-lines file or a database) into each complaint's state,"
            + " printed as JSON lines. Events are ordered by version; exact repeats are dropped"
            + " with a note; corrupt events are reported with their line (or position), complaint"
            + " and version and skipped; a complaint whose stream is cut is written with"
            + " \"incomplete\": true. Exit code 2 if anything was skipped or cut.")
public final class ReplayCommand implements Callable<Integer> {

  @Mixin ComplaintInput input = new ComplaintInput();

  @Mixin OutputOption output = new OutputOption();

  @Option(names = "--redact", description = "Redact personal fields (names, contacts, texts).")
  boolean redact;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public ReplayCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    ReplayResult result = input.read(err);
    ObjectMapper json = CxJson.mapper();
    output.write(
        spec.commandLine().getOut(),
        out -> {
          for (ReplayedComplaint r : result.complaints()) {
            Complaint shown = redact ? Redaction.redact(r.state()) : r.state();
            ObjectNode node = json.valueToTree(shown);
            node.put("status", shown.status().name());
            node.put("trackingStatus", shown.trackingStatus().name());
            if (r.incomplete()) {
              node.put("incomplete", true);
            }
            out.println(json.writeValueAsString(node));
          }
        });
    err.println(
        "replayed "
            + result.applied()
            + " events of "
            + result.complaints().size()
            + " complaints"
            + ComplaintInput.problems(result));
    err.flush();
    return result.hasProblems() ? 2 : 0;
  }
}
