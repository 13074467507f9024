/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An insert-or-get table from byte strings to dense codes 0, 1, 2, ... in order of first insertion.
 * Keys live in one growing byte arena, so a lookup of a key already present allocates nothing. Open
 * addressing with linear probing, load factor at most one half; a slot holds the key's hash and
 * code, and each code's first eight bytes, length and offset sit side by side, so that a lookup of
 * a short key (customer ids) touches two cache lines.
 */
final class ByteDictionary {
  private byte[] arena;
  private int arenaSize;

  /** Per code: [2c] the first 8 key bytes, little-endian; [2c+1] offset << 32 | length. */
  private long[] entries;

  private int size;

  /** Slots hold hash << 32 | (code + 1), 0 when free. */
  private long[] slots;

  private int mask;

  ByteDictionary(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    slots = new long[capacity];
    mask = capacity - 1;
    int n = Math.max(16, expected);
    entries = new long[2 * n];
    arena = new byte[n * 8];
  }

  static int hash(byte[] bytes, int from, int to) {
    int h = 0x811C9DC5;
    int i = from;
    for (; i + 4 <= to; i += 4) {
      int word =
          (bytes[i] & 0xFF)
              | (bytes[i + 1] & 0xFF) << 8
              | (bytes[i + 2] & 0xFF) << 16
              | (bytes[i + 3] & 0xFF) << 24;
      h = (h ^ word) * 0x01000193;
      h = Integer.rotateLeft(h, 13);
    }
    for (; i < to; i++) {
      h = (h ^ (bytes[i] & 0xFF)) * 0x01000193;
    }
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    return h;
  }

  private static long prefix(byte[] bytes, int from, int to) {
    long p = 0;
    int n = Math.min(8, to - from);
    for (int i = 0; i < n; i++) {
      p |= (bytes[from + i] & 0xFFL) << (8 * i);
    }
    return p;
  }

  /** The code of the key, inserting it if new. */
  int code(byte[] bytes, int from, int to) {
    return code(bytes, from, to, hash(bytes, from, to));
  }

  int code(byte[] bytes, int from, int to, int hash) {
    int length = to - from;
    long prefix = prefix(bytes, from, to);
    int slot = hash & mask;
    while (true) {
      long entry = slots[slot];
      if (entry == 0) {
        return insert(bytes, from, length, hash, prefix, slot);
      }
      if ((int) (entry >>> 32) == hash) {
        int code = (int) entry - 1;
        long meta = entries[2 * code + 1];
        if (entries[2 * code] == prefix && (int) meta == length) {
          if (length <= 8) {
            return code;
          }
          int off = (int) (meta >>> 32);
          if (Arrays.equals(arena, off + 8, off + length, bytes, from + 8, to)) {
            return code;
          }
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  private int insert(byte[] bytes, int from, int length, int hash, long prefix, int slot) {
    if (2 * size == entries.length) {
      entries = Arrays.copyOf(entries, entries.length * 2);
    }
    if (arenaSize + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
    }
    System.arraycopy(bytes, from, arena, arenaSize, length);
    int code = size++;
    entries[2 * code] = prefix;
    entries[2 * code + 1] = (long) arenaSize << 32 | length;
    arenaSize += length;
    slots[slot] = (long) hash << 32 | (code + 1L);
    if (size * 2 > slots.length) {
      rehash();
    }
    return code;
  }

  private void rehash() {
    long[] grown = new long[slots.length * 2];
    int newMask = grown.length - 1;
    for (long entry : slots) {
      if (entry != 0) {
        int slot = (int) (entry >>> 32) & newMask;
        while (grown[slot] != 0) {
          slot = (slot + 1) & newMask;
        }
        grown[slot] = entry;
      }
    }
    slots = grown;
    mask = newMask;
  }

  int size() {
    return size;
  }

  String string(int code) {
    long meta = entries[2 * code + 1];
    return new String(arena, (int) (meta >>> 32), (int) meta, StandardCharsets.UTF_8);
  }
}
