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
 * nothing else, and a longer key one more for the rest of its bytes in the arena (and the entry
 * that locates them) — except a key of nine ASCII bytes ({@code C10000000}, the ids of a file with
 * ten million customers or more), which fits the eight bytes packed seven bits a byte.
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
   * Per slot {@code i}: [2i] hash << 32 | inline flag << 31 | min(length, 127) << 24 | (code + 1),
   * 0 when free; [2i+1] the first 8 key bytes, little-endian, zero-padded, or for a key of nine
   * ASCII bytes all nine packed seven bits a byte (see {@link #INLINE}).
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

  /**
   * The flag of a slot whose second long holds the whole key (with the length in the tag), so that
   * a match needs no look at the arena: keys of at most eight bytes, and keys of nine ASCII bytes
   * packed seven bits a byte ({@code C10000000}, nine-digit numbers). Whether a key is inline
   * depends only on its bytes, so an inline key and a key that is not are never the same key.
   */
  private static final long INLINE = 1L << 31;

  /** The tag's length field: 7 bits, {@code min(length, 127)}. */
  private static final int LENGTH_CAP = 127;

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

  /** Nine bytes, seven bits each (bit 7 of every byte must be clear), little end first. */
  static long packNine(byte[] bytes, int from) {
    long p = 0;
    for (int i = 8; i >= 0; i--) {
      p = p << 7 | bytes[from + i];
    }
    return p;
  }

  /** Whether nine bytes are ASCII (every byte's high bit clear). */
  static boolean asciiNine(byte[] bytes, int from) {
    return ((long) LONGS.get(bytes, from) & 0x8080_8080_8080_8080L) == 0 && bytes[from + 8] >= 0;
  }

  /** The code of the key, inserting it if new. */
  int code(byte[] bytes, int from, int to) {
    return code(bytes, from, to, hash(bytes, from, to));
  }

  int code(byte[] bytes, int from, int to, int hash) {
    if (slots.length == 0) {
      throw new IllegalStateException("the dictionary's table was freed");
    }
    int length = to - from;
    long prefix;
    long tag = (long) hash << 32 | (long) Math.min(length, LENGTH_CAP) << 24;
    if (length <= 8) {
      prefix = prefix(bytes, from, to);
      tag |= INLINE;
    } else if (length == 9 && asciiNine(bytes, from)) {
      prefix = packNine(bytes, from);
      tag |= INLINE;
    } else {
      prefix = prefix(bytes, from, to);
    }
    long[] t = slots;
    int slot = hash & mask;
    while (true) {
      long entry = t[2 * slot];
      if (entry == 0) {
        return insert(bytes, from, length, tag, prefix, slot);
      }
      if ((entry & 0xFFFF_FFFF_FF00_0000L) == tag && t[2 * slot + 1] == prefix) {
        int code = (int) (entry & 0xFF_FFFF) - 1;
        if ((tag & INLINE) != 0) {
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

  /**
   * Frees the hash table once no key is looked up any more: the keys and their codes stay (in the
   * arena and the entries), so {@link #length}, {@link #copy}, {@link #text} and {@link #string}
   * still work. The table is most of a large dictionary's memory (16 bytes a slot at a load of a
   * quarter to a half), so freeing it before the dictionary is compacted keeps the two from being
   * held at once. A lookup afterwards is a programming error.
   */
  void freeTable() {
    slots = new long[0];
    mask = 0;
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
