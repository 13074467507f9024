package io.github.cx4j.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An insert-or-get table from byte strings to dense codes 0, 1, 2, ... in order of first insertion.
 * Keys live in one growing byte arena, so a lookup of a key already present allocates nothing. Open
 * addressing with linear probing, load factor at most one half.
 */
final class ByteDictionary {
  private byte[] arena;
  private int arenaSize;
  private int[] offsets;
  private int[] lengths;
  private int[] hashes;
  private int size;

  /** Slots hold code + 1, 0 when free. */
  private int[] slots;

  private int mask;

  ByteDictionary(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected) * 2 - 1) << 1;
    slots = new int[capacity];
    mask = capacity - 1;
    int entries = Math.max(16, expected);
    offsets = new int[entries];
    lengths = new int[entries];
    hashes = new int[entries];
    arena = new byte[entries * 8];
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

  /** The code of the key, inserting it if new. */
  int code(byte[] bytes, int from, int to) {
    return code(bytes, from, to, hash(bytes, from, to));
  }

  int code(byte[] bytes, int from, int to, int hash) {
    int length = to - from;
    int slot = hash & mask;
    while (true) {
      int entry = slots[slot];
      if (entry == 0) {
        return insert(bytes, from, length, hash, slot);
      }
      int code = entry - 1;
      if (hashes[code] == hash
          && lengths[code] == length
          && Arrays.equals(arena, offsets[code], offsets[code] + length, bytes, from, to)) {
        return code;
      }
      slot = (slot + 1) & mask;
    }
  }

  private int insert(byte[] bytes, int from, int length, int hash, int slot) {
    if (size == offsets.length) {
      int grown = offsets.length * 2;
      offsets = Arrays.copyOf(offsets, grown);
      lengths = Arrays.copyOf(lengths, grown);
      hashes = Arrays.copyOf(hashes, grown);
    }
    if (arenaSize + length > arena.length) {
      arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
    }
    System.arraycopy(bytes, from, arena, arenaSize, length);
    int code = size++;
    offsets[code] = arenaSize;
    lengths[code] = length;
    hashes[code] = hash;
    arenaSize += length;
    slots[slot] = code + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return code;
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int newMask = grown.length - 1;
    for (int code = 0; code < size; code++) {
      int slot = hashes[code] & newMask;
      while (grown[slot] != 0) {
        slot = (slot + 1) & newMask;
      }
      grown[slot] = code + 1;
    }
    slots = grown;
    mask = newMask;
  }

  int size() {
    return size;
  }

  /**
   * Maps every key of {@code other} into this dictionary.
   *
   * @return for each code of {@code other}, its code here
   */
  int[] absorb(ByteDictionary other) {
    int[] map = new int[other.size];
    for (int c = 0; c < other.size; c++) {
      int off = other.offsets[c];
      map[c] = code(other.arena, off, off + other.lengths[c], other.hashes[c]);
    }
    return map;
  }

  String string(int code) {
    return new String(arena, offsets[code], lengths[code], StandardCharsets.UTF_8);
  }

  /** Bytes held, for memory estimates. */
  long footprint() {
    return arena.length + 12L * offsets.length + 4L * slots.length;
  }
}
