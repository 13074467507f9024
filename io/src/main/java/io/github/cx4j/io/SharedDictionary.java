/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * One category column's dictionary, shared by all parser threads: 64 shards chosen by the key's
 * hash, each a {@link ByteDictionary} under its own lock, so that threads rarely wait for each
 * other and every key is looked up once. A key's provisional code is its code in the shard times 64
 * plus the shard; {@link Order} turns provisional codes into codes in order of first appearance in
 * the file while chunks are joined in file order.
 */
final class SharedDictionary {
  private static final int SHARD_BITS = 6;
  private static final int SHARDS = 1 << SHARD_BITS;
  private final ByteDictionary[] shards = new ByteDictionary[SHARDS];

  SharedDictionary() {
    for (int s = 0; s < SHARDS; s++) {
      shards[s] = new ByteDictionary(256);
    }
  }

  int code(byte[] bytes, int from, int to) {
    int hash = ByteDictionary.hash(bytes, from, to);
    int s = hash >>> (32 - SHARD_BITS);
    ByteDictionary shard = shards[s];
    int local;
    synchronized (shard) {
      local = shard.code(bytes, from, to, hash);
    }
    return local << SHARD_BITS | s;
  }

  /** The code of a category value whose lookup waits for the chunk's batched pass. */
  static final int PENDING = -2;

  /**
   * Replaces every {@link #PENDING} code of {@code codes[0, rows)} by the code of the bytes {@code
   * buf[from[r], to[r])}. The lookups are grouped by shard: one lock per shard and chunk instead of
   * one per value, and a tight loop of independent lookups whose cache misses the processor can
   * overlap (a dictionary of a million customers does not fit in any cache).
   */
  void codePending(byte[] buf, int[] codes, int[] from, int[] to, int rows) {
    int[] hashes = new int[rows];
    int[] bounds = new int[SHARDS + 1];
    int pending = 0;
    for (int r = 0; r < rows; r++) {
      if (codes[r] == PENDING) {
        int h = ByteDictionary.hash(buf, from[r], to[r]);
        hashes[r] = h;
        bounds[(h >>> (32 - SHARD_BITS)) + 1]++;
        pending++;
      }
    }
    if (pending == 0) {
      return;
    }
    for (int s = 0; s < SHARDS; s++) {
      bounds[s + 1] += bounds[s];
    }
    int[] next = Arrays.copyOf(bounds, SHARDS);
    int[] order = new int[pending];
    for (int r = 0; r < rows; r++) {
      if (codes[r] == PENDING) {
        order[next[hashes[r] >>> (32 - SHARD_BITS)]++] = r;
      }
    }
    for (int s = 0; s < SHARDS; s++) {
      int lo = bounds[s];
      int hi = bounds[s + 1];
      if (lo == hi) {
        continue;
      }
      ByteDictionary shard = shards[s];
      synchronized (shard) {
        for (int k = lo; k < hi; k++) {
          int r = order[k];
          codes[r] = shard.code(buf, from[r], to[r], hashes[r]) << SHARD_BITS | s;
        }
      }
    }
  }

  CharSequence text(int provisional) {
    ByteDictionary shard = shards[provisional & (SHARDS - 1)];
    synchronized (shard) {
      return shard.text(provisional >>> SHARD_BITS);
    }
  }

  /**
   * The values of codes {@code 0..size-1} of an order, their bytes laid end to end in code order:
   * {@code offsets[c]..offsets[c + 1]} are value {@code c}'s. Called when no thread inserts any
   * more (the reading has ended); the shards' hash tables are freed first, so no value can be added
   * afterwards (their keys stay readable).
   *
   * @return {@code {bytes, offsets}}, or null if the values hold more bytes than an array can
   */
  static Object @Nullable [] compact(Order order) {
    ByteDictionary[] shards = order.dictionary.shards;
    // no lookups follow: the hash tables go first, so that they and the compact copy are never
    // held at once (for 14M distinct ids: about 500 MB of tables against 170 MB of copy)
    for (ByteDictionary shard : shards) {
      synchronized (shard) {
        shard.freeTable();
      }
    }
    int[] provisionalOf = order.provisionalOf;
    int size = order.size;
    int[] offsets = new int[size + 1];
    long total = 0;
    for (int c = 0; c < size; c++) {
      int p = provisionalOf[c];
      total += shards[p & (SHARDS - 1)].length(p >>> SHARD_BITS);
      if (total > Integer.MAX_VALUE - 16) {
        return null;
      }
      offsets[c + 1] = (int) total;
    }
    byte[] bytes = new byte[(int) total];
    for (int c = 0; c < size; c++) {
      int p = provisionalOf[c];
      shards[p & (SHARDS - 1)].copy(p >>> SHARD_BITS, bytes, offsets[c]);
    }
    return new Object[] {bytes, offsets};
  }

  String string(int provisional) {
    ByteDictionary shard = shards[provisional & (SHARDS - 1)];
    synchronized (shard) {
      return shard.string(provisional >>> SHARD_BITS);
    }
  }

  /**
   * Final codes in order of first appearance: owned by the thread that joins chunks in file order.
   */
  static final class Order {
    final SharedDictionary dictionary;
    private int[] finalOf = new int[1024];
    int[] provisionalOf = new int[1024];
    int size;

    Order(SharedDictionary dictionary) {
      this.dictionary = dictionary;
      Arrays.fill(finalOf, -1);
    }

    /** Replaces the provisional codes of one chunk, in place, by final ones. */
    void apply(int[] codes, int rows) {
      int[] f = finalOf;
      for (int r = 0; r < rows; r++) {
        int p = codes[r];
        if (p < 0) {
          continue;
        }
        if (p >= f.length) {
          int old = f.length;
          f = Arrays.copyOf(f, Math.max(p + 1, old * 2));
          Arrays.fill(f, old, f.length, -1);
          finalOf = f;
        }
        int c = f[p];
        if (c < 0) {
          c = size++;
          f[p] = c;
          if (c == provisionalOf.length) {
            provisionalOf = Arrays.copyOf(provisionalOf, c * 2);
          }
          provisionalOf[c] = p;
        }
        codes[r] = c;
      }
    }
  }
}
