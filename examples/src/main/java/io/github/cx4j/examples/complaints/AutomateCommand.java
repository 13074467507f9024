/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cx4j.complaints.automation.Automation;
import io.github.cx4j.complaints.automation.AutomationEngine;
import io.github.cx4j.complaints.automation.CaseState;
import io.github.cx4j.complaints.automation.Due;
import io.github.cx4j.complaints.automation.DueCommand;
import io.github.cx4j.complaints.automation.TimeCounter;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.complaints.workflow.ReplayedComplaint;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.OutputOption;
import io.github.cx4j.examples.cli.ScaleOption;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cx4j complaints automate}: the commands the helpdesk automations say are due now, and the
 * next instant a scheduler should wake up (library: {@code complaints.automation}).
 */
@Command(
    name = "automate",
    mixinStandardHelpOptions = true,
    description =
        "Evaluate the helpdesk automations over complaints (a JSON-lines file or a database) at"
            + " --now: auto-close after 7 days solved, a reminder after 3 business days pending,"
            + " escalation at 75%% of an SLA target and at the breach (or the automations of"
            + " --automations). Prints the due commands and the next wake-up instant; nothing is"
            + " written to the events.")
public final class AutomateCommand implements Callable<Integer> {

  @Mixin ComplaintInput input = new ComplaintInput();

  @ArgGroup(exclusive = false, multiplicity = "1")
  SlaOptions sla = new SlaOptions();

  @Option(
      names = "--automations",
      paramLabel = "AUTOMATIONS.json",
      description = "A JSON array of automations instead of the standard three.")
  Optional<Path> automations = Optional.empty();

  @Option(
      names = "--survey-after",
      paramLabel = "DURATION",
      description =
          "Also send a satisfaction survey this long after solving, ISO-8601 (P1D); its scale is"
              + " --survey-scale.")
  Optional<String> surveyAfter = Optional.empty();

  @Option(
      names = "--survey-scale",
      defaultValue = "1..5",
      paramLabel = "MIN..MAX",
      description =
          "The survey's rating scale (default 1..5, CSAT; for example 0..10 or 1..7); needs"
              + " --survey-after.")
  String surveyScale = "1..5";

  @Option(
      names = "--as",
      defaultValue = "automation",
      paramLabel = "EMPLOYEE",
      description = "The employee id the automations act as (default: automation).")
  String actor = "automation";

  @Option(names = "--json", description = "Print JSON lines instead of a table.")
  boolean asJson;

  @Mixin OutputOption output = new OutputOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public AutomateCommand() {}

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    List<Automation> list = new ArrayList<>(automationList());
    RatingScale scale = ScaleOption.parse("--survey-scale", surveyScale, "1..5");
    if (surveyAfter.isPresent()) {
      list.add(Automation.surveyAfterResolution(duration(surveyAfter.get()), scale));
    } else if (!surveyScale.equals("1..5")) {
      throw new CliException("--survey-scale " + surveyScale + " needs --survey-after");
    }
    AutomationEngine engine;
    try {
      engine =
          AutomationEngine.of(
              list, TimeCounter.of(sla.calendar()), Employee.of(actor, "automation"));
    } catch (CxValidationException e) {
      throw new CliException(e.getMessage(), e);
    }
    SlaMonitor monitor = sla.monitor();
    Instant now = sla.now();
    ReplayResult replay = input.read(err);
    List<DueCommand> due = new ArrayList<>();
    Instant wake = null;
    String wakeFor = "";
    int evaluated = 0;
    for (ReplayedComplaint c : replay.complaints()) {
      if (c.incomplete()) {
        continue;
      }
      evaluated++;
      Due d = engine.due(CaseState.of(c.state(), sla.clocks(monitor, c, now)), now);
      due.addAll(d.commands());
      if (d.nextWakeUp().isPresent() && (wake == null || d.nextWakeUp().get().isBefore(wake))) {
        wake = d.nextWakeUp().get();
        wakeFor = c.state().id().value();
      }
    }
    Optional<Instant> next = Optional.ofNullable(wake);
    String nextFor = wakeFor;
    output.write(
        spec.commandLine().getOut(),
        out -> {
          if (asJson) {
            ObjectMapper json = CxJson.mapper();
            for (DueCommand d : due) {
              out.println(json.writeValueAsString(d));
            }
            ObjectNode wakeNode = json.createObjectNode();
            wakeNode.put("nextWakeUp", next.map(Instant::toString).orElse(null));
            wakeNode.put("complaint", next.isPresent() ? nextFor : null);
            out.println(json.writeValueAsString(wakeNode));
            return;
          }
          out.println(f("due at %s: %d command(s)", now, due.size()));
          for (DueCommand d : due) {
            out.println(
                f(
                    "%-14s %-24s %-18s since %s  %s",
                    d.command().complaintId().value(),
                    d.automation(),
                    d.command().getClass().getSimpleName(),
                    d.dueSince(),
                    d.reason()));
          }
          out.println(
              next.map(w -> f("next wake-up: %s (complaint %s)", w, nextFor))
                  .orElse("next wake-up: none (nothing will be due unless the complaints change)"));
        });
    err.println(
        "evaluated "
            + list.size()
            + " automation(s) over "
            + evaluated
            + " complaint(s)"
            + ComplaintInput.problems(replay));
    err.flush();
    return replay.hasProblems() ? 2 : 0;
  }

  private List<Automation> automationList() {
    if (automations.isEmpty()) {
      return Automation.standard();
    }
    Path file = automations.get();
    try {
      return Arrays.asList(CxJson.mapper().readValue(Files.readString(file), Automation[].class));
    } catch (NoSuchFileException e) {
      throw new CliException(file + ": no such file", e);
    } catch (IOException | IllegalArgumentException e) {
      String m = String.valueOf(e.getMessage());
      int nl = m.indexOf('\n');
      throw new CliException(
          file + ": not a list of automations: " + (nl < 0 ? m : m.substring(0, nl)), e);
    }
  }

  private static Duration duration(String text) {
    try {
      Duration d = Duration.parse(text);
      if (d.isNegative()) {
        throw new CliException("--survey-after must not be negative, was " + text);
      }
      return d;
    } catch (DateTimeParseException e) {
      throw new CliException(
          "--survey-after must be an ISO-8601 duration such as P1D, was \"" + text + "\"", e);
    }
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
