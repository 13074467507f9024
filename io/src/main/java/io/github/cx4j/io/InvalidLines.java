/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.util.List;

/**
 * What skip-invalid mode left out: how many records, and the errors of the first few, in file
 * order, each naming its line, column and value.
 */
public final class InvalidLines {
  private final long count;
  private final List<DelimitedInputException> first;

  InvalidLines(long count, List<DelimitedInputException> first) {
    this.count = count;
    this.first = List.copyOf(first);
  }

  /**
   * The number of records skipped.
   *
   * @return the count
   */
  public long count() {
    return count;
  }

  /**
   * The errors of the first skipped records, at most as many as the reader was told to list.
   *
   * @return the errors in file order
   */
  public List<DelimitedInputException> first() {
    return first;
  }
}
