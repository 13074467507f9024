/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.survey;

import io.github.cx4j.examples.cli.AtomicOutput;
import io.github.cx4j.examples.cli.Delimited;
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
  @Option(names = "--input", required = true, description = "Delimited input file with a header.")
  Path input;

  @Option(names = "--separator", defaultValue = ",", description = "Field separator (default: ,).")
  String separator = ",";

  @Option(
      names = {"-o", "--output"},
      description = "Write to this file instead of standard output.")
  Optional<Path> output = Optional.empty();

  /** Opens the input file and reads its header. */
  Delimited open() {
    return Delimited.open(input, separator, true);
  }

  /** Writes to the {@code --output} file, or to standard output without one. */
  void write(PrintWriter stdout, AtomicOutput.Body body) {
    AtomicOutput.write(output, stdout, body);
  }
}
