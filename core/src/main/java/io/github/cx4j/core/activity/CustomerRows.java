/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The customer column that {@link RepeatSummaries} and {@link RfmSummaries} share: a customer table
 * and each row's index into it (the log's table as it is, or an identity index over a validated
 * copy), with the checks and list views of their other columns.
 */
final class CustomerRows {
  private final List<CustomerId> table;
  private final int[] index;

  /**
   * Rows over a table, neither checked nor copied: for summaries computed from a log.
   *
   * @param table the customers, distinct
   * @param index each row's index into {@code table}
   */
  CustomerRows(List<CustomerId> table, int[] index) {
    this.table = table;
    this.index = index;
  }

  /**
   * One row per customer, in order, from a copy that is checked to hold distinct customers.
   *
   * @param customers the customers of the rows
   * @param field the field that an error names, such as {@code RfmSummaries.customers}
   * @return the rows
   * @throws CxValidationException if a customer appears twice
   */
  static CustomerRows of(List<CustomerId> customers, String field) {
    List<CustomerId> copy = List.copyOf(customers);
    if (DistinctIds.firstRepeat(copy) >= 0) {
      throw CxValidationException.of(field, "hold distinct customers", copy);
    }
    int[] index = new int[copy.size()];
    Arrays.setAll(index, i -> i);
    return new CustomerRows(copy, index);
  }

  /**
   * Checks that a column has one entry per row.
   *
   * @param field the field that an error names
   * @param length the column's length
   * @param n the number of rows
   * @throws CxValidationException if they differ
   */
  static void requireLength(String field, int length, int n) {
    if (length != n) {
      throw CxValidationException.of(field, "have " + n + " rows", length);
    }
  }

  /**
   * An unmodifiable list view of rows {@code 0..size-1}.
   *
   * @param size the number of rows
   * @param row the element of a row
   * @return the view (no copy)
   */
  static <T> List<T> view(int size, IntFunction<T> row) {
    return new AbstractList<>() {
      @Override
      public T get(int i) {
        return row.apply(i);
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  /** The customer of a row. */
  CustomerId get(int row) {
    return table.get(index[row]);
  }

  /** The index of a row's customer into the table. */
  int index(int row) {
    return index[row];
  }

  /** The customers, one per row, as an unmodifiable view. */
  List<CustomerId> list() {
    return view(index.length, this::get);
  }
}
