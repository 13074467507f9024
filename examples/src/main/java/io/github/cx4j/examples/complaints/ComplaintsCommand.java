/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.complaints;

import io.github.cx4j.examples.cli.CxCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cx4j complaints}: replay complaint event streams, compute KPIs, generate sample data. */
@Command(
    name = "complaints",
    mixinStandardHelpOptions = true,
    description =
        "Complaint workflow after ISO 10002: replay event streams (files or a database), KPIs,"
            + " SLA clocks and coming breaches, import into a database, generate sample histories.",
    subcommands = {
      ReplayCommand.class,
      KpiCommand.class,
      ComplaintSlaCommand.class,
      AutomateCommand.class,
      ImportCommand.class,
      GenerateCommand.class
    })
public final class ComplaintsCommand implements CxCommand {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** For picocli and the service loader. */
  public ComplaintsCommand() {}

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return 0;
  }
}
