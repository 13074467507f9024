package io.github.cx4j.io;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The distinct values of a category column, in order of first appearance in the file: code {@code
 * c} of the column stands for {@code get(c)}. Strings are made once per distinct value, on first
 * use. While a file is streamed the dictionary only grows, so codes seen in earlier chunks keep
 * their meaning. Not safe for use by several threads while a read is under way.
 */
final class Dictionary extends AbstractList<String> implements RandomAccess {
  private final ByteDictionary bytes;
  private final List<String> strings = new ArrayList<>();
  private final int frozenSize;

  Dictionary(ByteDictionary bytes, int size) {
    this.bytes = bytes;
    this.frozenSize = size;
  }

  @Override
  public String get(int code) {
    if (code < 0 || code >= frozenSize) {
      throw new IndexOutOfBoundsException("code " + code + " of " + frozenSize);
    }
    synchronized (strings) {
      while (strings.size() <= code) {
        strings.add(bytes.string(strings.size()));
      }
      return strings.get(code);
    }
  }

  @Override
  public int size() {
    return frozenSize;
  }
}
