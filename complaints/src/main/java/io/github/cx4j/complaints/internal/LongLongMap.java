/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.internal;

/**
 * An open-addressing hash map from long to long, for grouping millions of rows without boxing. Keys
 * may be any long; {@link #get} returns a default for absent keys.
 */
public final class LongLongMap {
  private long[] keys;
  private long[] values;
  private boolean[] used;
  private int size;
  private int mask;

  /**
   * A map sized for an expected number of keys.
   *
   * @param expected the expected number of keys
   */
  public LongLongMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new long[capacity];
    used = new boolean[capacity];
    mask = capacity - 1;
  }

  private static int hash(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32));
  }

  /**
   * The value of a key.
   *
   * @param key the key
   * @param absent what to return if the key is absent
   * @return the value or {@code absent}
   */
  public long get(long key, long absent) {
    int i = hash(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return absent;
  }

  /**
   * Sets the value of a key.
   *
   * @param key the key
   * @param value the value
   */
  public void put(long key, long value) {
    int i = hash(key) & mask;
    while (used[i]) {
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
      i = (i + 1) & mask;
    }
    used[i] = true;
    keys[i] = key;
    values[i] = value;
    if (++size * 2 > keys.length) {
      grow();
    }
  }

  /**
   * The number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    boolean[] oldUsed = used;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    used = new boolean[oldKeys.length * 2];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldUsed[i]) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
