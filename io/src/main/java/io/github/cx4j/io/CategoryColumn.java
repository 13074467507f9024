/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.util.List;

/**
 * A dictionary-encoded text column: one {@code int} code per row ({@code -1} where the cell is
 * missing) and the distinct values in order of first appearance in the file.
 */
public final class CategoryColumn {
  private final int[] codes;
  private final Dictionary values;

  CategoryColumn(int[] codes, Dictionary values) {
    this.codes = codes;
    this.values = values;
  }

  /**
   * The code of each row, the array itself (not a copy): {@code values().get(codes()[row])} is the
   * row's text.
   *
   * @return the codes, {@code -1} for missing cells
   */
  public int[] codes() {
    return codes;
  }

  /**
   * The distinct values, in order of first appearance.
   *
   * @return the values; a value's index is its code
   */
  public List<String> values() {
    return values;
  }

  /**
   * The text of a value without making a {@code String} where the value is ASCII: a view of the
   * dictionary's bytes (any other value is decoded into a string). For writing the values of
   * millions of rows or distinct values, where {@link #values()} would keep a string per value.
   *
   * @param code a code, within {@code 0..values().size() - 1}
   * @return the value's text, as {@code values().get(code)} but not kept
   * @throws IndexOutOfBoundsException if there is no such code
   */
  public CharSequence text(int code) {
    return values.text(code);
  }

  /**
   * The text of one row.
   *
   * @param row the 0-based row
   * @return the text
   * @throws IllegalStateException if the cell is missing
   */
  public String value(int row) {
    int code = codes[row];
    if (code < 0) {
      throw new IllegalStateException("row " + row + " is missing");
    }
    return values.get(code);
  }
}
