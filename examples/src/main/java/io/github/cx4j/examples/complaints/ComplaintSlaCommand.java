/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.ComingBreach;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.workflow.ReplayResult;
import io.github.cx4j.complaints.workflow.ReplayedComplaint;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.OutputOption;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code cx4j complaints sla}: every complaint's SLA clocks and the breaches coming soon. */
@Command(
    name = "sla",
    mixinStandardHelpOptions = true,
    description =
        "SLA clocks of complaints (a JSON-lines file or a database) under a policy on a business"
            + " calendar: each target's status (RUNNING, PAUSED, BREACHED, MET), due instant and"
            + " remaining business time, then the running clocks that breach within --within."
            + " Incomplete complaints are reported and left out.")
public final class ComplaintSlaCommand implements Callable<Integer> {

  @Mixin ComplaintInput input = new ComplaintInput();

  @ArgGroup(exclusive = false, multiplicity = "1")
  SlaOptions sla = new SlaOptions();

  @Option(
      names = "--within",
      defaultValue = "PT1H",
      paramLabel = "DURATION",
      description = "How far ahead to look for breaches, ISO-8601 (PT1H, PT30M, P1D).")
  String within = "PT1H";

  @Option(
      names = "--target",
      paramLabel = "TARGET",
      description = "Only these targets (FIRST_RESPONSE, RESOLUTION, ...); may be repeated.")
  List<String> targets = new ArrayList<>();

  @Option(names = "--breaches-only", description = "Print only the coming breaches.")
  boolean breachesOnly;

  @Mixin OutputOption output = new OutputOption();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli. */
  public ComplaintSlaCommand() {}

  @Override
  public Integer call() {
    Duration ahead;
    try {
      ahead = Duration.parse(within);
    } catch (DateTimeParseException e) {
      throw new CliException(
          "--within must be an ISO-8601 duration such as PT1H, was \"" + within + "\"", e);
    }
    if (ahead.isNegative()) {
      throw new CliException("--within must not be negative, was " + within);
    }
    PrintWriter err = spec.commandLine().getErr();
    SlaMonitor monitor = sla.monitor();
    Instant now = sla.now();
    ReplayResult replay = input.read(err);
    List<ComplaintClocks> clocks = new ArrayList<>();
    for (ReplayedComplaint c : replay.complaints()) {
      if (!c.incomplete()) {
        clocks.add(sla.clocks(monitor, c, now));
      }
    }
    Set<String> only = new HashSet<>(targets);
    List<ComingBreach> coming = SlaMonitor.breachingWithin(clocks, ahead, only);
    output.write(
        spec.commandLine().getOut(),
        out -> {
          if (!breachesOnly) {
            out.println(
                f(
                    "%-14s %-16s %-9s %-21s %s",
                    "complaint", "target", "status", "due", "remaining"));
            for (ComplaintClocks c : clocks) {
              for (ClockStatus s : c.clocks()) {
                if (!only.isEmpty() && !only.contains(s.target())) {
                  continue;
                }
                out.println(
                    f(
                        "%-14s %-16s %-9s %-21s %s",
                        c.complaintId(),
                        s.target(),
                        s.status(),
                        s.due().map(Instant::toString).orElse("-"),
                        s.remaining()));
              }
            }
            out.println();
          }
          out.println(f("breaching within %s of %s: %d", ahead, now, coming.size()));
          for (ComingBreach b : coming) {
            out.println(
                f(
                    "%-14s %-16s due %s in %s (%s left)",
                    b.complaintId(), b.target(), b.due(), b.untilDue(), b.remaining()));
          }
        });
    err.println("clocks of " + clocks.size() + " complaints" + ComplaintInput.problems(replay));
    err.flush();
    return replay.hasProblems() ? 2 : 0;
  }

  private static String f(String format, Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
