/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

/**
 * How a column's text becomes a primitive column of a {@link Table}, and how a missing (empty) cell
 * of an {@linkplain ColumnSpec#optional() optional} column is stored. The {@link Table#missing
 * missing mask} is the truth; the stored value is only a sentinel.
 */
public enum ColumnType {
  /** A finite decimal number into {@code double[]}; missing: {@code NaN}. */
  DOUBLE,
  /** A decimal integer within the {@code long} range into {@code long[]}; missing: {@code 0}. */
  LONG,
  /** A decimal integer within the {@code int} range into {@code int[]}; missing: {@code 0}. */
  INT,
  /**
   * A calendar date into {@code int[]} epoch days ({@link java.time.LocalDate#toEpochDay()});
   * missing: {@link Integer#MIN_VALUE}.
   */
  DATE,
  /**
   * An ISO-8601 instant with offset ({@code 2024-05-01T10:15:30Z}, {@code
   * 2024-05-01T12:15:30+02:00}) into {@code long[]} milliseconds since the epoch; missing: {@link
   * Long#MIN_VALUE}.
   */
  INSTANT,
  /**
   * Categorical text (customer ids, groups) dictionary-encoded: {@code int[]} codes into one table
   * of distinct values in order of first appearance in the file; missing: code {@code -1}.
   */
  CATEGORY,
  /**
   * Free text into {@code String[]} (one {@code String} per cell: the slow path); missing: null.
   */
  TEXT
}
