/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The {@code --output} option of the commands that write CSV, as a picocli mixin ({@code @Mixin
 * CsvOutputOption output;}), and {@link #write(PrintWriter, AtomicOutput.Body)}, which writes to
 * that file or to standard output through {@link AtomicOutput}.
 */
public final class CsvOutputOption {
  @Mixin OutputOption output = new OutputOption();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "csv",
      description =
          "Output format: csv (default) or jsonl (JSON Lines: one object per row keyed by the"
              + " header; the first column is a string, other cells numbers where they are"
              + " numbers, empty cells null).")
  String format = "csv";

  /** For picocli. */
  public CsvOutputOption() {}

  /**
   * Writes the output to the file given with {@code --output}, or to standard output without one.
   *
   * @param stdout standard output
   * @param body writes the output
   * @throws CliException if the file cannot be written
   */
  public void write(PrintWriter stdout, AtomicOutput.Body body) {
    if (format.equals("csv")) {
      output.write(stdout, body);
      return;
    }
    if (!format.equals("jsonl")) {
      throw new CliException("--format must be csv or jsonl, was \"" + format + "\"");
    }
    output.write(
        stdout,
        out -> {
          JsonLinesFromCsv json = new JsonLinesFromCsv(out);
          PrintWriter csv = new PrintWriter(json);
          body.write(csv);
          csv.flush();
          json.finish();
        });
  }
}
