/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code -o}/{@code --output FILE} option every command that writes a result has, as a picocli
 * mixin ({@code @Mixin OutputOption output;}): the result goes to the file, written atomically, or
 * to standard output without one.
 */
public final class OutputOption {
  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write to this file instead of standard output.")
  Optional<Path> file = Optional.empty();

  /** For picocli. */
  public OutputOption() {}

  /**
   * The file given with {@code --output}.
   *
   * @return the file, or empty for standard output
   */
  public Optional<Path> file() {
    return file;
  }

  /**
   * Writes the output to the file given with {@code --output} (atomically), or to standard output
   * without one.
   *
   * @param stdout standard output
   * @param body writes the output
   * @throws CliException if the file cannot be written
   */
  public void write(PrintWriter stdout, AtomicOutput.Body body) {
    AtomicOutput.write(file, stdout, body);
  }
}
