/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Columns read from a delimited file, one per {@link ColumnSpec}, in the order the specs were
 * given, each as the primitive array the kernels take. A column is looked up by its spec's
 * reference or by its header name. Arrays are returned as they are, not copied: they belong to the
 * caller.
 *
 * <p>Missing cells (only possible in {@linkplain ColumnSpec#optional() optional} columns) are
 * marked in {@link #missing(String)}; the array slot then holds the sentinel of {@link ColumnType}.
 */
public final class Table {
  private final List<String> header;
  private final ColumnSpec[] specs;
  private final String[] names;
  private final Object[] columns;
  private final BitSet[] missing;
  private final int rows;
  private final InvalidLines invalid;
  private final long @Nullable [] lines;

  Table(
      List<String> header,
      ColumnSpec[] specs,
      String[] names,
      Object[] columns,
      BitSet[] missing,
      int rows,
      InvalidLines invalid,
      long @Nullable [] lines) {
    this.header = header;
    this.specs = specs;
    this.names = names;
    this.columns = columns;
    this.missing = missing;
    this.rows = rows;
    this.invalid = invalid;
    this.lines = lines;
  }

  /**
   * The 1-based line of the input where a row's record starts, when the reader was built with
   * {@link DelimitedReader.Builder#lineNumbers(boolean) lineNumbers(true)}; for error messages of
   * checks made after reading.
   *
   * @param row the 0-based row
   * @return the line
   * @throws IllegalStateException if line numbers were not kept
   */
  public long line(int row) {
    long[] l = lines;
    if (l == null) {
      throw new IllegalStateException(
          "line numbers were not kept: build the reader with lineNumbers(true)");
    }
    return l[row];
  }

  /**
   * The number of rows (records read, blank lines and skipped records not counted).
   *
   * @return the rows
   */
  public int rows() {
    return rows;
  }

  /**
   * The file's header names, or an empty list when it has none.
   *
   * @return the header
   */
  public List<String> header() {
    return header;
  }

  /**
   * The records skipped in {@link DelimitedReader.Builder#skipInvalid(int) skip-invalid} mode.
   *
   * @return the count and the first few errors; empty when none
   */
  public InvalidLines invalid() {
    return invalid;
  }

  private int index(String column, ColumnType type) {
    int found = -1;
    for (int s = 0; s < specs.length; s++) {
      if (specs[s].ref.equals(column) || names[s].equals(column)) {
        found = s;
        break;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException(
          "no column " + column + " was read; read: " + String.join(", ", names));
    }
    if (specs[found].type != type) {
      throw new IllegalArgumentException(
          "column " + column + " was read as " + specs[found].type + ", not " + type);
    }
    return found;
  }

  /**
   * A DOUBLE column.
   *
   * @param column the spec's reference or the header name
   * @return the values
   * @throws IllegalArgumentException if no such column was read or it has another type
   */
  public double[] doubles(String column) {
    return (double[]) columns[index(column, ColumnType.DOUBLE)];
  }

  /**
   * An INT column.
   *
   * @param column the spec's reference or the header name
   * @return the values
   */
  public int[] ints(String column) {
    return (int[]) columns[index(column, ColumnType.INT)];
  }

  /**
   * A LONG column.
   *
   * @param column the spec's reference or the header name
   * @return the values
   */
  public long[] longs(String column) {
    return (long[]) columns[index(column, ColumnType.LONG)];
  }

  /**
   * A DATE column as epoch days.
   *
   * @param column the spec's reference or the header name
   * @return days since 1970-01-01
   */
  public int[] epochDays(String column) {
    return (int[]) columns[index(column, ColumnType.DATE)];
  }

  /**
   * An INSTANT column as epoch milliseconds.
   *
   * @param column the spec's reference or the header name
   * @return milliseconds since 1970-01-01T00:00Z
   */
  public long[] epochMillis(String column) {
    return (long[]) columns[index(column, ColumnType.INSTANT)];
  }

  /**
   * A CATEGORY column.
   *
   * @param column the spec's reference or the header name
   * @return codes and distinct values
   */
  public CategoryColumn categories(String column) {
    int s = index(column, ColumnType.CATEGORY);
    return (CategoryColumn) columns[s];
  }

  /**
   * A TEXT column.
   *
   * @param column the spec's reference or the header name
   * @return the texts, null where missing
   */
  public @Nullable String[] texts(String column) {
    return (String[]) columns[index(column, ColumnType.TEXT)];
  }

  /**
   * The rows whose cell in a column was empty.
   *
   * @param column the spec's reference or the header name
   * @return a copy of the mask; empty for a column without missing cells
   */
  public BitSet missing(String column) {
    for (int s = 0; s < specs.length; s++) {
      if (specs[s].ref.equals(column) || names[s].equals(column)) {
        return (BitSet) missing[s].clone();
      }
    }
    throw new IllegalArgumentException(
        "no column " + column + " was read; read: " + String.join(", ", names));
  }
}
