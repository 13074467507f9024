/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.io.Writer;
import java.util.List;

/**
 * Writes JSON Lines (one JSON object per line, RFC 8259 strings): {@code {"customer":"A","n":3}}. A
 * missing cell is {@code null}; control characters, quotes and backslashes in text are escaped.
 */
public final class JsonLinesWriter extends RowWriter {
  private final String[] keys;

  private JsonLinesWriter(Writer out, List<String> names) {
    super(out, names);
    keys = new String[names.size()];
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < keys.length; i++) {
      b.setLength(0);
      b.append(i == 0 ? "{" : ",");
      quote(b, names.get(i));
      b.append(':');
      keys[i] = b.toString();
    }
  }

  @Override
  JsonLinesWriter fork(Writer out) {
    return new JsonLinesWriter(out, names);
  }

  /**
   * A writer of objects with these keys, in this order.
   *
   * @param out where to write (not closed until {@link #close()})
   * @param names the keys
   * @return the writer
   */
  public static JsonLinesWriter of(Writer out, List<String> names) {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("a JSON Lines writer needs at least one key");
    }
    return new JsonLinesWriter(out, names);
  }

  private static void quote(StringBuilder b, CharSequence s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      escape(b, c);
    }
    b.append('"');
  }

  private static void escape(StringBuilder b, char c) {
    if (c == '"' || c == '\\') {
      b.append('\\').append(c);
    } else if (c < 0x20) {
      b.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
    } else {
      b.append(c);
    }
  }

  @Override
  void beginCell() {
    if (cell >= keys.length) {
      throw new IllegalStateException(
          "a row must have " + keys.length + " cells (" + String.join(", ", names) + ")");
    }
    append(keys[cell]);
    cell++;
  }

  @Override
  public JsonLinesWriter text(CharSequence text) {
    beginCell();
    append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        append('\\');
        append(c);
      } else if (c < 0x20) {
        append("\\u00");
        append(Character.forDigit(c >> 4, 16));
        append(Character.forDigit(c & 15, 16));
      } else {
        append(c);
      }
    }
    append('"');
    return this;
  }

  @Override
  public JsonLinesWriter missing() {
    beginCell();
    append("null");
    return this;
  }

  @Override
  public JsonLinesWriter endRow() {
    checkRow();
    append("}\n");
    return this;
  }
}
