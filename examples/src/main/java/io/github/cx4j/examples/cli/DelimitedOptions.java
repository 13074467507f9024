/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options with which a command says how its delimited input file is laid out, as a picocli
 * mixin ({@code @Mixin DelimitedOptions layout;}): {@code --separator}, {@code --no-header} and
 * {@code --charset}, and {@link #open(Path)}, which opens the file with them.
 */
public final class DelimitedOptions {
  @Mixin SeparatorOption separator = new SeparatorOption();

  @Option(
      names = "--no-header",
      description = "The file has no header line (name columns by 1-based index).")
  boolean noHeader;

  @Option(
      names = "--charset",
      paramLabel = "NAME",
      defaultValue = "UTF-8",
      description = "Charset of the input (default: ${DEFAULT-VALUE}); others are transcoded.")
  String charset = "UTF-8";

  /** For picocli. */
  public DelimitedOptions() {}

  /**
   * Whether the file has a header line.
   *
   * @return false with {@code --no-header}
   */
  public boolean header() {
    return !noHeader;
  }

  /**
   * The charset of the input.
   *
   * @return the charset given with {@code --charset}
   * @throws CliException if the JVM does not know it
   */
  public java.nio.charset.Charset charset() {
    return Inputs.charset(charset);
  }

  /**
   * Opens a file with the separator and header given.
   *
   * @param file the file
   * @return the opened file, its header read
   * @throws CliException if the file cannot be read or the separator is invalid
   */
  public Delimited open(Path file) {
    return Delimited.open(file, separator.value(), !noHeader, Inputs.charset(charset));
  }

  /**
   * A reader builder with these options.
   *
   * @return the builder, without columns
   */
  public io.github.cx4j.io.DelimitedReader.Builder builder() {
    return Inputs.builder(separator.value()).header(!noHeader).charset(Inputs.charset(charset));
  }
}
