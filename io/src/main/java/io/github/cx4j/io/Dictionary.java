/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The distinct values of a category column, in order of first appearance in the file: code {@code
 * c} of the column stands for {@code get(c)}. Strings are made once per distinct value, on first
 * use. While a file is streamed the dictionary only grows, so codes seen in earlier chunks keep
 * their meaning; a whole file read into a table gets a compact dictionary instead (all values'
 * bytes end to end in code order, and their offsets: about 4 bytes a value beyond the text), so the
 * hash tables of the reading are not kept.
 */
final class Dictionary extends AbstractList<String> implements RandomAccess {
  private final @Nullable SharedDictionary shared;
  private final int @Nullable [] provisionalOf;
  private final byte @Nullable [] bytes;
  private final int @Nullable [] offsets;
  private final int size;
  private @Nullable String @Nullable [] strings;

  /** The dictionary of a stream: values looked up in the shared dictionary, which may grow. */
  Dictionary(SharedDictionary.Order order) {
    this.shared = order.dictionary;
    this.provisionalOf = order.provisionalOf;
    this.bytes = null;
    this.offsets = null;
    this.size = order.size;
  }

  private Dictionary(byte[] bytes, int[] offsets, int size) {
    this.shared = null;
    this.provisionalOf = null;
    this.bytes = bytes;
    this.offsets = offsets;
    this.size = size;
  }

  /**
   * The dictionary of a whole file once no value is added any more: compact where the values fit in
   * one array, else as {@link #Dictionary(SharedDictionary.Order)}.
   */
  static Dictionary complete(SharedDictionary.Order order) {
    Object[] compact = SharedDictionary.compact(order);
    if (compact == null) {
      return new Dictionary(order);
    }
    return new Dictionary((byte[]) compact[0], (int[]) compact[1], order.size);
  }

  @Override
  public String get(int code) {
    check(code);
    @Nullable String[] cache = strings;
    if (cache == null) {
      cache = new String[size];
      strings = cache;
    }
    String s = cache[code];
    if (s == null) {
      byte[] b = bytes;
      int[] o = offsets;
      if (b != null && o != null) {
        s = new String(b, o[code], o[code + 1] - o[code], StandardCharsets.UTF_8);
      } else {
        s = text(code).toString();
      }
      cache[code] = s;
    }
    return s;
  }

  /** A value's text without a string where it is ASCII (see {@link CategoryColumn#text(int)}). */
  CharSequence text(int code) {
    check(code);
    byte[] b = bytes;
    int[] o = offsets;
    if (b != null && o != null) {
      return text(b, o[code], o[code + 1]);
    }
    return requireShared().text(requireProvisional()[code]);
  }

  private SharedDictionary requireShared() {
    SharedDictionary s = shared;
    if (s == null) {
      throw new IllegalStateException("no shared dictionary");
    }
    return s;
  }

  private int[] requireProvisional() {
    int[] p = provisionalOf;
    if (p == null) {
      throw new IllegalStateException("no provisional codes");
    }
    return p;
  }

  private void check(int code) {
    if (code < 0 || code >= size) {
      throw new IndexOutOfBoundsException("code " + code + " of " + size);
    }
  }

  @Override
  public int size() {
    return size;
  }

  /** The text of UTF-8 bytes: a view when they are ASCII, else a decoded string. */
  static CharSequence text(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] < 0) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8);
      }
    }
    return new Ascii(bytes, from, to);
  }

  /** ASCII bytes as characters, without a copy; the bytes never change once written. */
  private static final class Ascii implements CharSequence {
    private final byte[] bytes;
    private final int from;
    private final int to;

    Ascii(byte[] bytes, int from, int to) {
      this.bytes = bytes;
      this.from = from;
      this.to = to;
    }

    @Override
    public int length() {
      return to - from;
    }

    @Override
    public char charAt(int index) {
      if (index < 0 || index >= to - from) {
        throw new IndexOutOfBoundsException("index " + index + " of " + (to - from));
      }
      return (char) bytes[from + index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      if (start < 0 || end > to - from || start > end) {
        throw new IndexOutOfBoundsException("range " + start + ".." + end + " of " + (to - from));
      }
      return new Ascii(bytes, from + start, from + end);
    }

    @Override
    public String toString() {
      return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }
  }
}
