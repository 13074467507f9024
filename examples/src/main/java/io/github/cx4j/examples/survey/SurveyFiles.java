/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import io.github.cx4j.examples.cli.AtomicOutput;
import io.github.cx4j.examples.cli.Delimited;
import io.github.cx4j.examples.cli.DelimitedOptions;
import io.github.cx4j.examples.cli.OutputOption;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The input and output options that every survey command has, as a picocli mixin ({@code @Mixin
 * SurveyFiles files;}): {@code --input} of a delimited file with its layout ({@link
 * DelimitedOptions}: {@code --separator}, {@code --no-header}, {@code --charset}), {@code --format}
 * and {@code -o}/{@code --output} ({@link OutputOption}).
 */
final class SurveyFiles {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE|-",
      description = "Delimited input file with a header; .gz is decompressed, - is standard input.")
  Path input;

  @Mixin DelimitedOptions layout = new DelimitedOptions();

  @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: csv).")
  Output.Format format = Output.Format.csv;

  @Mixin OutputOption output = new OutputOption();

  /** Opens the input file and reads its header. */
  Delimited open() {
    return layout.open(input);
  }

  /** A columnar reader of the input with these options. */
  DelimitedReader reader(ColumnSpec... columns) {
    return layout.builder().columns(columns).build();
  }

  /** Writes to the {@code --output} file, or to standard output without one. */
  void write(PrintWriter stdout, AtomicOutput.Body body) {
    output.write(stdout, body);
  }
}
