/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An insert-or-get table from byte strings to dense codes 0, 1, 2, ... in order of first insertion.
 * Keys live in one growing byte arena, so a lookup of a key already present allocates nothing. Open
 * addressing with linear probing, load factor at most one half. A slot is two adjacent longs: the
 * key's hash, length and code, and the key's first eight bytes; so a lookup of a key of at most
 * eight bytes (customer ids such as {@code C0000001}) touches one cache line of the table and
 * nothing else, and a longer key one more for the rest of its bytes in the arena.
 */
final class ByteDictionary {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final VarHandle INTS =
      MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

  /** Codes are stored in 24 bits of a slot. */
  static final int MAX_SIZE = (1 << 24) - 1;

  private byte[] arena;
  private int arenaSize;

  /** Per code: offset << 32 | length. */
  private long[] entries;

  private int size;

  /**
   * Per slot {@code i}: [2i] hash << 32 | min(length, 255) << 24 | (code + 1), 0 when free; [2i+1]
   * the first 8 key bytes, little-endian, zero-padded.
   */
  private long[] slots;

  private int mask;

  ByteDictionary(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    slots = new long[2 * capacity];
    mask = capacity - 1;
    int n = Math.max(16, expected);
    entries = new long[n];
    arena = new byte[n * 8];
  }

  static int hash(byte[] bytes, int from, int to) {
    int h = 0x811C9DC5 ^ (to - from);
    int i = from;
    for (; i + 4 <= to; i += 4) {
      int word = (int) INTS.get(bytes, i);
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
    if (to - from >= 8) {
      return (long) LONGS.get(bytes, from);
    }
    long p = 0;
    for (int i = to - 1; i >= from; i--) {
      p = p << 8 | (bytes[i] & 0xFFL);
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
    long tag = (long) hash << 32 | (long) Math.min(length, 255) << 24;
    long[] t = slots;
    int slot = hash & mask;
    while (true) {
      long entry = t[2 * slot];
      if (entry == 0) {
        return insert(bytes, from, length, tag, prefix, slot);
      }
      if ((entry & 0xFFFF_FFFF_FF00_0000L) == tag && t[2 * slot + 1] == prefix) {
        int code = (int) (entry & 0xFF_FFFF) - 1;
        if (length <= 8) {
          return code;
        }
        long meta = entries[code];
        int off = (int) (meta >>> 32);
        if ((int) meta == length
            && Arrays.equals(arena, off + 8, off + length, bytes, from + 8, to)) {
          return code;
        }
      }
      slot = (slot + 1) & mask;
    }
  }

  private int insert(byte[] bytes, int from, int length, long tag, long prefix, int slot) {
    if (size == MAX_SIZE) {
      throw new IllegalStateException("more than " + MAX_SIZE + " distinct values in one shard");
    }
    if (size == entries.length) {
      entries = Arrays.copyOf(entries, entries.length * 2);
    }
    if (arenaSize + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
    }
    System.arraycopy(bytes, from, arena, arenaSize, length);
    int code = size++;
    entries[code] = (long) arenaSize << 32 | length;
    arenaSize += length;
    slots[2 * slot] = tag | (code + 1L);
    slots[2 * slot + 1] = prefix;
    if (size * 2 > mask + 1) {
      rehash();
    }
    return code;
  }

  private void rehash() {
    long[] grown = new long[slots.length * 2];
    int newMask = (grown.length >> 1) - 1;
    for (int i = 0; i < slots.length; i += 2) {
      long entry = slots[i];
      if (entry != 0) {
        int slot = (int) (entry >>> 32) & newMask;
        while (grown[2 * slot] != 0) {
          slot = (slot + 1) & newMask;
        }
        grown[2 * slot] = entry;
        grown[2 * slot + 1] = slots[i + 1];
      }
    }
    slots = grown;
    mask = newMask;
  }

  int size() {
    return size;
  }

  /** The length in bytes of a key. */
  int length(int code) {
    return (int) entries[code];
  }

  /** Copies a key's bytes into {@code to} from {@code at}. */
  void copy(int code, byte[] to, int at) {
    long meta = entries[code];
    System.arraycopy(arena, (int) (meta >>> 32), to, at, (int) meta);
  }

  /** A key's text: a view of the arena where it is ASCII, else a string. */
  CharSequence text(int code) {
    long meta = entries[code];
    return Dictionary.text(arena, (int) (meta >>> 32), (int) (meta >>> 32) + (int) meta);
  }

  String string(int code) {
    long meta = entries[code];
    return new String(arena, (int) (meta >>> 32), (int) meta, StandardCharsets.UTF_8);
  }
}
