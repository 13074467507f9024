/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.util.AbstractList;
import java.util.RandomAccess;
import org.jspecify.annotations.Nullable;

/**
 * The distinct values of a category column, in order of first appearance in the file: code {@code
 * c} of the column stands for {@code get(c)}. Strings are made once per distinct value, on first
 * use. While a file is streamed the dictionary only grows, so codes seen in earlier chunks keep
 * their meaning.
 */
final class Dictionary extends AbstractList<String> implements RandomAccess {
  private final SharedDictionary shared;
  private final int[] provisionalOf;
  private final @Nullable String[] strings;

  Dictionary(SharedDictionary.Order order) {
    this.shared = order.dictionary;
    this.provisionalOf = order.provisionalOf;
    this.strings = new String[order.size];
  }

  @Override
  public String get(int code) {
    if (code < 0 || code >= strings.length) {
      throw new IndexOutOfBoundsException("code " + code + " of " + strings.length);
    }
    String s = strings[code];
    if (s == null) {
      s = shared.string(provisionalOf[code]);
      strings[code] = s;
    }
    return s;
  }

  @Override
  public int size() {
    return strings.length;
  }
}
