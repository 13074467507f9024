/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The parsed columns of one chunk of records, before they join the table: codes of category columns
 * are local to the chunk's own dictionaries until the ordered merge maps them.
 */
final class Chunk {
  int rows;

  /** Newlines in the chunk, quoted ones included; the next chunk's lines start after them. */
  long lines;

  /** Per row, the relative line where its record starts, when line numbers are kept. */
  long @Nullable [] rowLines;

  final Object[] columns;
  final @Nullable BitSet[] missing;
  long skipped;
  final List<DelimitedInputException> invalid = new ArrayList<>();

  /** Bytes of input in this chunk, for progress. */
  long bytes;

  Chunk(Layout layout, int capacity) {
    int n = layout.specs.length;
    columns = new Object[n];
    missing = new BitSet[n];
    rowLines = layout.lineNumbers ? new long[capacity] : null;
    for (int s = 0; s < n; s++) {
      ColumnType type = layout.specs[s].type;
      columns[s] = allocate(type, capacity);
    }
  }

  static Object allocate(ColumnType type, int capacity) {
    switch (type) {
      case DOUBLE:
        return new double[capacity];
      case LONG:
      case INSTANT:
        return new long[capacity];
      case TEXT:
        return new String[capacity];
      default:
        return new int[capacity];
    }
  }

  static int length(Object column) {
    return java.lang.reflect.Array.getLength(column);
  }

  static Object resize(Object column, int length) {
    if (column instanceof double[]) {
      return java.util.Arrays.copyOf((double[]) column, length);
    }
    if (column instanceof long[]) {
      return java.util.Arrays.copyOf((long[]) column, length);
    }
    if (column instanceof String[]) {
      return java.util.Arrays.copyOf((String[]) column, length);
    }
    return java.util.Arrays.copyOf((int[]) column, length);
  }

  BitSet missing(int spec) {
    BitSet set = missing[spec];
    if (set == null) {
      set = new BitSet();
      missing[spec] = set;
    }
    return set;
  }
}
