/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.jdbc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A cursor over one stored event's JSON in UTF-8 (RFC 8259), read once from its bytes: no parser
 * object, no token objects, texts made straight from the bytes. It accepts only the strict form
 * Jackson's default parser reads the same way, and answers {@link EventDecoder.NotFast} for
 * anything else (a leading zero, a fraction or exponent where an integer is read, an unescaped
 * control character, a byte sequence that is not UTF-8, an escape in a property name, comments,
 * trailing text), so the caller hands such rows to Jackson, whose answer or error then stands.
 *
 * <p>Not thread-safe: one cursor per row.
 */
final class JsonBytes {
  private static final EventDecoder.NotFast NOT_FAST = EventDecoder.NotFast.INSTANCE;

  private final byte[] b;
  private final int end;
  private int pos;
  private final char[] scratch = new char[40];

  JsonBytes(byte[] bytes) {
    this.b = bytes;
    this.end = bytes.length;
  }

  /** Skips JSON white space and returns the next byte without consuming it, or -1 at the end. */
  int peek() {
    while (pos < end) {
      byte c = b[pos];
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        pos++;
      } else {
        return c;
      }
    }
    return -1;
  }

  /** Consumes {@code c} after white space. */
  void expect(char c) throws EventDecoder.NotFast {
    if (peek() != c) {
      throw NOT_FAST;
    }
    pos++;
  }

  /** After white space: consumes {@code c} if it is next. */
  boolean consume(char c) {
    if (peek() == c) {
      pos++;
      return true;
    }
    return false;
  }

  /** Whether only white space is left. */
  boolean atEnd() {
    return peek() == -1;
  }

  /**
   * Reads a property name and its colon, and gives the index of the matching name, or -1 for a name
   * not among them.
   */
  int name(byte[][] names) throws EventDecoder.NotFast {
    expect('"');
    int start = pos;
    while (true) {
      if (pos >= end) {
        throw NOT_FAST;
      }
      byte c = b[pos];
      if (c == '"') {
        break;
      }
      if (c == '\\' || c < 0x20) {
        throw NOT_FAST;
      }
      pos++;
    }
    int length = pos - start;
    pos++;
    expect(':');
    for (int i = 0; i < names.length; i++) {
      byte[] n = names[i];
      if (n.length == length && java.util.Arrays.equals(b, start, start + length, n, 0, length)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a {@code null} literal is next (not consumed). */
  boolean nullNext() {
    return peek() == 'n';
  }

  /** A JSON text. */
  String text() throws EventDecoder.NotFast {
    expect('"');
    int start = pos;
    while (pos < end) {
      byte c = b[pos];
      if (c == '"') {
        pos++;
        return new String(b, start, pos - 1 - start, StandardCharsets.ISO_8859_1);
      }
      if (c == '\\' || c < 0x20) { // a byte at or above 0x80 is negative
        return slowText(start);
      }
      pos++;
    }
    throw NOT_FAST;
  }

  /** A text with escapes or non-ASCII characters: strict UTF-8, then the escapes. */
  private String slowText(int start) throws EventDecoder.NotFast {
    int close = start;
    boolean escapes = false;
    while (true) {
      if (close >= end) {
        throw NOT_FAST;
      }
      byte c = b[close];
      if (c == '"') {
        break;
      }
      if (c >= 0 && c < 0x20) {
        throw NOT_FAST;
      }
      if (c == '\\') {
        escapes = true;
        close++;
        if (close >= end) {
          throw NOT_FAST;
        }
      }
      close++;
    }
    String raw;
    try {
      raw =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(b, start, close - start))
              .toString();
    } catch (CharacterCodingException e) {
      throw NOT_FAST;
    }
    pos = close + 1;
    return escapes ? unescape(raw) : raw;
  }

  private static String unescape(String raw) throws EventDecoder.NotFast {
    StringBuilder out = new StringBuilder(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = raw.charAt(++i);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (i + 4 >= raw.length()) {
            throw NOT_FAST;
          }
          int v = 0;
          for (int k = 1; k <= 4; k++) {
            int d = Character.digit(raw.charAt(i + k), 16);
            if (d < 0) {
              throw NOT_FAST;
            }
            v = v << 4 | d;
          }
          out.append((char) v);
          i += 4;
        }
        default -> throw NOT_FAST;
      }
    }
    return out.toString();
  }

  /**
   * A text of plain ASCII characters without escapes, copied into the cursor's scratch buffer
   * (valid until the next call); its length.
   */
  int asciiText() throws EventDecoder.NotFast {
    expect('"');
    int n = 0;
    while (pos < end) {
      byte c = b[pos++];
      if (c == '"') {
        return n;
      }
      if (c < 0x20 || c == '\\' || n == scratch.length) {
        throw NOT_FAST;
      }
      scratch[n++] = (char) c;
    }
    throw NOT_FAST;
  }

  /** The buffer {@link #asciiText} filled. */
  char[] scratch() {
    return scratch;
  }

  /** An integer: an optional minus, digits without a leading zero, no fraction or exponent. */
  long integer() throws EventDecoder.NotFast {
    peek();
    boolean negative = pos < end && b[pos] == '-';
    if (negative) {
      pos++;
    }
    int start = pos;
    long v = 0;
    while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
      int d = b[pos] - '0';
      // accumulate negatively so that Long.MIN_VALUE fits
      if (v < (Long.MIN_VALUE + d) / 10) {
        throw NOT_FAST;
      }
      v = v * 10 - d;
      pos++;
    }
    int digits = pos - start;
    if (digits == 0 || (digits > 1 && b[start] == '0')) {
      throw NOT_FAST;
    }
    if (pos < end && (b[pos] == '.' || b[pos] == 'e' || b[pos] == 'E')) {
      throw NOT_FAST;
    }
    if (!negative) {
      if (v == Long.MIN_VALUE) {
        throw NOT_FAST;
      }
      v = -v;
    }
    return v;
  }

  /** {@code true} or {@code false}. */
  boolean bool() throws EventDecoder.NotFast {
    if (literal("true")) {
      return true;
    }
    if (literal("false")) {
      return false;
    }
    throw NOT_FAST;
  }

  private boolean literal(String word) {
    int n = word.length();
    if (peek() < 0 || pos + n > end) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[pos + i] != word.charAt(i)) {
        return false;
      }
    }
    if (pos + n < end) {
      byte next = b[pos + n];
      if (next != ','
          && next != '}'
          && next != ']'
          && next != ' '
          && next != '\n'
          && next != '\r'
          && next != '\t') {
        return false;
      }
    }
    pos += n;
    return true;
  }
}
