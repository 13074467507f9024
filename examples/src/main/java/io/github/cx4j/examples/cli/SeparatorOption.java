/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --separator} option of every command that reads a delimited file, as a picocli mixin
 * ({@code @Mixin SeparatorOption separator;}); {@link DelimitedOptions} adds the header and charset
 * options to it.
 */
public final class SeparatorOption {
  @Option(
      names = "--separator",
      paramLabel = "CHAR|whitespace",
      defaultValue = ",",
      description =
          "Field separator: one character, 'tab' or 'whitespace' (default: ${DEFAULT-VALUE}).")
  String separator = ",";

  /** For picocli. */
  public SeparatorOption() {}

  /**
   * The separator as given.
   *
   * @return {@code ","} by default, any single character, {@code "tab"} or {@code "whitespace"}
   */
  public String value() {
    return separator;
  }
}
