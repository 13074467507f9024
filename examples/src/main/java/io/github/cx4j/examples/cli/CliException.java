/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

/**
 * A problem with the command line's input that the user must fix: a missing file, a bad row (with
 * file, line, column and value), an unknown column. The CLI prints the message and exits with 1.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * An error with a complete message.
   *
   * @param message what is wrong and where
   */
  public CliException(String message) {
    super(message);
  }

  /**
   * An error with a complete message and its cause.
   *
   * @param message what is wrong and where
   * @param cause the underlying exception
   */
  public CliException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * An error about one cell of a delimited file.
   *
   * @param file the file name
   * @param line the 1-based line number
   * @param column the column's name or 1-based index
   * @param value the offending text
   * @param problem what is wrong with it
   * @return the exception
   */
  public static CliException badCell(
      String file, long line, String column, String value, String problem) {
    return new CliException(
        file + ":" + line + ": column " + column + ": " + problem + ", was \"" + value + "\"");
  }
}
