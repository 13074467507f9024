/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import io.github.cx4j.core.CustomerId;
import java.util.List;

/**
 * The distinctness check of a customer table, with an open-addressing table of row numbers and
 * their hash codes instead of a {@code HashMap<CustomerId, Integer>}: no node or boxed integer per
 * customer, which matters for the million-customer tables that a purchase file gives.
 */
final class DistinctIds {
  private DistinctIds() {}

  /**
   * The first repeated customer of a table, in row order.
   *
   * @param ids the table
   * @return {@code -1} if every customer is distinct; otherwise {@code (earlier << 32) | later},
   *     the rows of the first customer met a second time
   */
  static long firstRepeat(List<CustomerId> ids) {
    int n = ids.size();
    if (n < 2) {
      return -1;
    }
    int capacity = Integer.highestOneBit(n - 1) << 2; // a power of two, at least 2n
    int mask = capacity - 1;
    int[] rows = new int[capacity]; // row + 1, 0 for an empty slot
    int[] hashes = new int[capacity];
    for (int i = 0; i < n; i++) {
      String value = ids.get(i).value();
      int h = value.hashCode();
      int slot = spread(h) & mask;
      while (rows[slot] != 0) {
        int other = rows[slot] - 1;
        if (hashes[slot] == h && ids.get(other).value().equals(value)) {
          return ((long) other << 32) | i;
        }
        slot = (slot + 1) & mask;
      }
      rows[slot] = i + 1;
      hashes[slot] = h;
    }
    return -1;
  }

  private static int spread(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }
}
