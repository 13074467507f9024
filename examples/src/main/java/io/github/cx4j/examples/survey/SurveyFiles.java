/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import io.github.cx4j.examples.cli.AtomicOutput;
import io.github.cx4j.examples.cli.Delimited;
import io.github.cx4j.examples.cli.Inputs;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The input and output options that every survey command has, as a picocli mixin ({@code @Mixin
 * SurveyFiles files;}): {@code --input} and {@code --separator} of a delimited file with a header,
 * and {@code -o}/{@code --output}.
 */
final class SurveyFiles {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE|-",
      description = "Delimited input file with a header; .gz is decompressed, - is standard input.")
  Path input;

  @Option(
      names = "--separator",
      defaultValue = ",",
      description = "Field separator: one character, 'tab' or 'whitespace' (default: ,).")
  String separator = ",";

  @Option(
      names = "--no-header",
      description = "The file has no header line (name columns by 1-based index).")
  boolean noHeader;

  @Option(
      names = "--charset",
      paramLabel = "NAME",
      defaultValue = "UTF-8",
      description = "Charset of the input (default: ${DEFAULT-VALUE}).")
  String charset = "UTF-8";

  @Option(
      names = {"-o", "--output"},
      description = "Write to this file instead of standard output.")
  Optional<Path> output = Optional.empty();

  /** Opens the input file and reads its header. */
  Delimited open() {
    return Delimited.open(input, separator, !noHeader, Inputs.charset(charset));
  }

  /** A columnar reader of the input with these options. */
  DelimitedReader reader(ColumnSpec... columns) {
    return Inputs.builder(separator)
        .header(!noHeader)
        .charset(Inputs.charset(charset))
        .columns(columns)
        .build();
  }

  /** Writes to the {@code --output} file, or to standard output without one. */
  void write(PrintWriter stdout, AtomicOutput.Body body) {
    AtomicOutput.write(output, stdout, body);
  }
}
