/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.report;

import io.github.cx4j.examples.cli.CliException;
import io.github.cx4j.report.Report;
import io.github.cx4j.report.ReportText;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/** The output options of every {@code cx4j report} subcommand, as a picocli mixin. */
final class PageOptions {
  /** The report languages. */
  enum Lang {
    en,
    zh
  }

  @Option(
      names = {"-o", "--output"},
      required = true,
      paramLabel = "FILE",
      description = "The HTML file to write.")
  Path output = Path.of("report.html");

  @Option(
      names = "--lang",
      defaultValue = "en",
      description = "Language of the labels: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Lang lang = Lang.en;

  @Option(names = "--large", description = "Open in the projector layout (large type).")
  boolean large;

  ReportText text() {
    return ReportText.of(lang == Lang.zh ? Locale.CHINESE : Locale.ENGLISH);
  }

  /** Writes the report and prints its path. */
  int write(Report report, PrintWriter out) {
    try {
      Path file = report.write(output, large);
      out.println(file.toAbsolutePath());
      out.flush();
      return 0;
    } catch (UncheckedIOException e) {
      throw new CliException(String.valueOf(e.getMessage()), e);
    }
  }
}
