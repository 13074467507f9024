/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Bad delimited input, with where it is: the file, the 1-based line where the record starts, the
 * column (header name and 1-based index) and the offending value, where these apply. The message
 * reads {@code purchases.csv:12: column amount (3): expected a finite number, was "1,5"}; a record
 * with the wrong number of fields reads {@code purchases.csv:7: expected 3 fields, found 4}; a
 * problem with the whole file reads {@code purchases.csv: no such file}.
 */
public class DelimitedInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final @Nullable String column;
  private final @Nullable String value;
  private final String problem;

  DelimitedInputException(
      String file,
      long line,
      @Nullable String column,
      @Nullable String value,
      String problem,
      @Nullable Throwable cause) {
    super(message(file, line, column, value, problem), cause);
    this.file = file;
    this.line = line;
    this.column = column;
    this.value = value;
    this.problem = problem;
  }

  static String message(
      String file, long line, @Nullable String column, @Nullable String value, String problem) {
    StringBuilder b = new StringBuilder(file);
    if (line > 0) {
      b.append(':').append(line);
    }
    b.append(": ");
    if (column != null) {
      b.append("column ").append(column).append(": ");
    }
    b.append(problem);
    if (value != null) {
      b.append(", was \"").append(value).append('"');
    }
    return b.toString();
  }

  /** The same error at a line shifted by {@code offset} (chunks count lines from their start). */
  DelimitedInputException shifted(long offset) {
    return new DelimitedInputException(file, line + offset, column, value, problem, getCause());
  }

  /**
   * The file name as given ({@code -} for standard input).
   *
   * @return the file
   */
  public String file() {
    return file;
  }

  /**
   * The 1-based line where the bad record starts, or 0 for a problem with the whole file.
   *
   * @return the line
   */
  public long line() {
    return line;
  }

  /**
   * The column, as {@code name (index)} or the 1-based index without a header.
   *
   * @return the column, if the problem is in one cell
   */
  public Optional<String> column() {
    return Optional.ofNullable(column);
  }

  /**
   * The offending cell text.
   *
   * @return the value, if the problem is in one cell
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * What is wrong, without the location.
   *
   * @return the problem
   */
  public String problem() {
    return problem;
  }
}
