/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.report;

import io.github.cx4j.examples.cli.CxCommand;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code cx4j report clv|rfm|survey|pls|complaints}: HTML reports with charts. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one self-contained HTML file of charts per analysis (no network needed to view it;"
          + " every chart can be saved as SVG or PNG).",
      "Example (CDNOW): cx4j report clv --input CDNOW_sample.txt --customer-column 2 --date-column"
          + " 3 --date-format yyyyMMdd --amount-column 5 --separator whitespace --no-header"
          + " --calibration-end 1997-09-30 --holdout-end 1998-06-30 --output clv.html"
    },
    subcommands = {
      ReportSubcommands.Clv.class,
      ReportSubcommands.Rfm.class,
      ReportSubcommands.Survey.class,
      ReportSubcommands.Pls.class,
      ReportSubcommands.Complaints.class
    })
public final class ReportCommand implements CxCommand {
  @CommandLine.Spec CommandLine.Model.@Nullable CommandSpec spec;

  /** For {@link java.util.ServiceLoader}. */
  public ReportCommand() {}

  @Override
  public Integer call() {
    CommandLine cli = spec == null ? new CommandLine(this) : spec.commandLine();
    cli.usage(cli.getErr());
    return 2;
  }
}
