/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.sla;

import io.github.cx4j.complaints.sla.BusinessCalendar;
import io.github.cx4j.complaints.sla.BusinessInterval;
import io.github.cx4j.complaints.sla.CalendarExplanation;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.examples.cli.AtomicOutput;
import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.examples.cli.CxCommand;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code cx4j sla due|between}: business-calendar arithmetic from the command line, on a calendar
 * in the JSON form of {@link BusinessCalendar}.
 */
@Command(
    name = "sla",
    mixinStandardHelpOptions = true,
    description = "SLA arithmetic on a business calendar (JSON): due instants and business time.",
    subcommands = {SlaCommand.Due.class, SlaCommand.Between.class})
public final class SlaCommand implements CxCommand {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public SlaCommand() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }

  /** Options shared by both subcommands. */
  abstract static class Base implements Callable<Integer> {
    @Option(
        names = "--calendar",
        required = true,
        paramLabel = "CAL.json",
        description = "The business calendar in JSON (zone, week, holidays, closures, ...).")
    Path calendar;

    @Option(names = "--explain", description = "Also print the business intervals used.")
    boolean explain;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    BusinessCalendar readCalendar() {
      String json;
      try {
        json = Files.readString(calendar, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        throw new CliException(calendar + ": no such file", e);
      } catch (IOException e) {
        throw new CliException(calendar + ": cannot read: " + e.getMessage(), e);
      }
      try {
        return BusinessCalendar.fromJson(json, calendar.toString());
      } catch (CxValidationException e) {
        // the message starts with the file and the line
        throw new CliException(e.getMessage(), e);
      }
    }

    static Instant instant(String option, String text) {
      try {
        return Instant.parse(text);
      } catch (DateTimeParseException e) {
        try {
          return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException again) {
          throw new CliException(
              option
                  + " must be an ISO-8601 instant such as 2026-01-09T09:00:00Z or"
                  + " 2026-01-09T17:00+08:00, was \""
                  + text
                  + "\"",
              again);
        }
      }
    }

    void print(BusinessCalendar cal, String result, CalendarExplanation why) {
      PrintWriter out = spec.commandLine().getOut();
      AtomicOutput.write(
          Optional.empty(),
          out,
          w -> {
            w.println(result);
            if (explain) {
              w.println(
                  "# "
                      + why.intervals().size()
                      + " business interval(s), total "
                      + why.total()
                      + ", zone "
                      + cal.zone());
              for (BusinessInterval interval : why.intervals()) {
                w.println(
                    interval.start()
                        + " "
                        + interval.end()
                        + " "
                        + interval.duration()
                        + " local "
                        + interval.toLocalString(cal.zone()));
              }
            }
          });
    }
  }

  /** {@code cx4j sla due}. */
  @Command(
      name = "due",
      mixinStandardHelpOptions = true,
      description =
          "Prints the due instant (ISO-8601, UTC): START plus TARGET of business time on the"
              + " calendar.")
  static final class Due extends Base {
    @Option(
        names = "--start",
        required = true,
        description = "The instant to count from, ISO-8601 (2026-01-09T09:00:00Z).")
    String start;

    @Option(
        names = "--target",
        required = true,
        description = "Business time to add, ISO-8601 duration (PT8H, PT30M, P2DT4H = 52 hours).")
    String target;

    @Override
    public Integer call() {
      BusinessCalendar cal = readCalendar();
      Instant from = instant("--start", start);
      Duration duration;
      try {
        duration = Duration.parse(target);
      } catch (DateTimeParseException e) {
        throw new CliException(
            "--target must be an ISO-8601 duration such as PT8H, was \"" + target + "\"", e);
      }
      CalendarExplanation why = cal.explainAdd(from, duration);
      print(cal, why.to().toString(), why);
      return 0;
    }
  }

  /** {@code cx4j sla between}. */
  @Command(
      name = "between",
      mixinStandardHelpOptions = true,
      description = "Prints the business time from FROM to TO as an ISO-8601 duration.")
  static final class Between extends Base {
    @Option(names = "--from", required = true, description = "Start instant, ISO-8601.")
    String from;

    @Option(names = "--to", required = true, description = "End instant, ISO-8601.")
    String to;

    @Override
    public Integer call() {
      BusinessCalendar cal = readCalendar();
      Instant a = instant("--from", from);
      Instant b = instant("--to", to);
      Duration total = cal.between(a, b);
      CalendarExplanation why = b.isBefore(a) ? cal.explainBetween(b, a) : cal.explainBetween(a, b);
      print(cal, total.toString(), why);
      return 0;
    }
  }
}
