/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.io.Writer;
import java.util.List;

/**
 * Writes RFC 4180 CSV: a header line, then one line per row, LF line ends, cells quoted only when
 * they hold the separator, a quote, a line break or surrounding spaces (which a reader would drop),
 * quotes doubled. A missing cell is empty; so is an empty text, which reads back as missing.
 */
public final class CsvWriter extends RowWriter {
  private final char separator;

  private CsvWriter(Writer out, char separator, List<String> names, boolean header) {
    super(out, names);
    this.separator = separator;
    if (header) {
      for (String name : names) {
        text(name);
      }
      endRow();
    }
  }

  @Override
  CsvWriter fork(Writer out) {
    return new CsvWriter(out, separator, names, false);
  }

  /**
   * A comma-separated writer; writes the header line at once.
   *
   * @param out where to write (not closed until {@link #close()})
   * @param names the column names
   * @return the writer
   */
  public static CsvWriter of(Writer out, List<String> names) {
    return new CsvWriter(out, ',', names, true);
  }

  /**
   * A writer with another separator; writes the header line at once.
   *
   * @param out where to write
   * @param separator one ASCII character other than a quote or a line break
   * @param names the column names
   * @return the writer
   * @throws IllegalArgumentException on a bad separator
   */
  public static CsvWriter of(Writer out, char separator, List<String> names) {
    if (separator > 127 || separator == '"' || separator == '\n' || separator == '\r') {
      throw new IllegalArgumentException(
          "separator must be one ASCII character other than a quote or a line break, was '"
              + separator
              + "'");
    }
    return new CsvWriter(out, separator, names, true);
  }

  @Override
  void beginCell() {
    if (cell > 0) {
      append(separator);
    }
    cell++;
  }

  /**
   * One cell as this writer writes it, for code that builds its own lines: quoted (RFC 4180, inner
   * quotes doubled) when it holds the separator, a quote or a line break, or starts or ends with a
   * space or tab; otherwise as it is.
   *
   * @param text the cell's text
   * @param separator the field separator
   * @return the cell
   */
  public static String cell(CharSequence text, char separator) {
    if (!needsQuotes(text, separator)) {
      return text.toString();
    }
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        b.append('"');
      }
      b.append(c);
    }
    return b.append('"').toString();
  }

  /**
   * Appends one cell as {@link #cell(CharSequence, char)} makes it, without a string when it needs
   * no quotes.
   *
   * @param line the line being built
   * @param text the cell's text
   * @param separator the field separator
   * @return {@code line}
   */
  public static StringBuilder appendCell(StringBuilder line, CharSequence text, char separator) {
    if (!needsQuotes(text, separator)) {
      return line.append(text);
    }
    return line.append(cell(text, separator));
  }

  private static boolean needsQuotes(CharSequence text, char separator) {
    int n = text.length();
    boolean quote =
        n > 0
            && (text.charAt(0) == ' '
                || text.charAt(0) == '\t'
                || text.charAt(n - 1) == ' '
                || text.charAt(n - 1) == '\t');
    for (int i = 0; i < n && !quote; i++) {
      char c = text.charAt(i);
      quote = c == separator || c == '"' || c == '\n' || c == '\r';
    }
    return quote;
  }

  @Override
  public CsvWriter text(CharSequence text) {
    beginCell();
    int n = text.length();
    if (!needsQuotes(text, separator)) {
      append(text);
      return this;
    }
    append('"');
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        append('"');
      }
      append(c);
    }
    append('"');
    return this;
  }

  @Override
  public CsvWriter missing() {
    beginCell();
    return this;
  }

  @Override
  public CsvWriter endRow() {
    checkRow();
    append('\n');
    return this;
  }
}
