/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import java.io.CharArrayWriter;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes rows of cells, one call per cell and {@link #endRow()} after each row, through a buffer of
 * its own: no {@code String.format} and no {@code String} per number. Doubles are written in the
 * shortest fixed-point form that reads back to the same double when there is one with at most 17
 * significant digits and a magnitude within 1e-5..1e15 (so {@code 0.1}, {@code 12.5}, {@code
 * 1234567.891}), else as {@link Double#toString} (which reads back to the same double on every JDK,
 * though on JDK 17 it may carry one digit more than the shortest); {@link #decimal(double, int)}
 * rounds to a stated number of decimals instead. Non-finite numbers are rejected: a file must not
 * hold NaN or Infinity.
 *
 * <p>Subclasses: {@link CsvWriter}, {@link JsonLinesWriter}. {@link #rows(int, Row)} formats many
 * rows on all cores and writes them in order.
 */
public abstract class RowWriter implements Closeable, Flushable {
  private static final double[] POWERS = new double[23];

  static {
    double p = 1;
    for (int i = 0; i < POWERS.length; i++) {
      POWERS[i] = p;
      p *= 10;
    }
  }

  private final Writer out;
  private final char[] buffer = new char[1 << 14];
  private int size;
  final List<String> names;
  int cell;

  RowWriter(Writer out, List<String> names) {
    this.out = out;
    this.names = List.copyOf(names);
  }

  /** Writes the cells of one row of a column-wise table, for {@link #rows(int, Row)}. */
  @FunctionalInterface
  public interface Row {
    /**
     * Writes the cells of row {@code row} (the call to {@link #endRow()} is made for it).
     *
     * @param out the writer to write the cells to (not necessarily this one)
     * @param row the row index
     */
    void write(RowWriter out, int row);
  }

  /** Rows per block that one task of {@link #rows(int, Row)} formats. */
  static final int BLOCK_ROWS = 16_384;

  /**
   * Writes rows {@code 0 .. count - 1}, the cells of each written by {@code row}, in order. Blocks
   * of {@value #BLOCK_ROWS} rows are formatted in parallel (on the common fork-join pool, a few
   * blocks ahead of the one being written), so a million-row table is formatted on all cores while
   * its text is written out: the output is the same as that of {@code row} called for each row in
   * turn followed by {@link #endRow()}. {@code row} must therefore be safe to call from several
   * threads (reading columns is).
   *
   * @param count the number of rows, non-negative
   * @param row writes one row's cells
   * @throws IllegalArgumentException if count is negative, or as {@code row}'s calls throw
   * @throws IllegalStateException if a row does not have one cell per name
   * @throws UncheckedIOException on a write error
   */
  public void rows(int count, Row row) {
    if (count < 0) {
      throw new IllegalArgumentException("count must be non-negative, was " + count);
    }
    if (count <= BLOCK_ROWS) {
      for (int i = 0; i < count; i++) {
        row.write(this, i);
        endRow();
      }
      return;
    }
    int blocks = (count + BLOCK_ROWS - 1) / BLOCK_ROWS;
    int ahead = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
    ArrayDeque<CompletableFuture<CharArrayWriter>> pending = new ArrayDeque<>();
    int next = 0;
    for (int written = 0; written < blocks; written++) {
      while (next < blocks && pending.size() < ahead) {
        int from = next * BLOCK_ROWS;
        int to = Math.min(count, from + BLOCK_ROWS);
        pending.add(CompletableFuture.supplyAsync(() -> block(row, from, to)));
        next++;
      }
      CharArrayWriter text;
      try {
        text = pending.removeFirst().join();
      } catch (CompletionException e) {
        pending.forEach(f -> f.cancel(false));
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw e;
      }
      drain();
      try {
        text.writeTo(out);
      } catch (IOException e) {
        pending.forEach(f -> f.cancel(false));
        throw new UncheckedIOException("cannot write: " + e.getMessage(), e);
      }
    }
  }

  private CharArrayWriter block(Row row, int from, int to) {
    CharArrayWriter text = new CharArrayWriter((to - from) * 16 * names.size());
    RowWriter w = fork(text);
    for (int i = from; i < to; i++) {
      row.write(w, i);
      w.endRow();
    }
    w.drain();
    return text;
  }

  /** A writer of the same format and columns into {@code out} that writes no header. */
  abstract RowWriter fork(Writer out);

  /**
   * Writes a text cell.
   *
   * @param text the text
   * @return this writer
   */
  public abstract RowWriter text(CharSequence text);

  /**
   * Writes an empty cell (CSV) or {@code null} (JSON).
   *
   * @return this writer
   */
  public abstract RowWriter missing();

  /**
   * Writes an integer cell.
   *
   * @param value the value
   * @return this writer
   */
  public RowWriter number(long value) {
    beginCell();
    appendLong(value);
    return this;
  }

  /**
   * Writes a double in the shortest form that reads back the same (see the class comment).
   *
   * @param value a finite value
   * @return this writer
   * @throws IllegalArgumentException if the value is NaN or infinite
   */
  public RowWriter number(double value) {
    checkFinite(value);
    beginCell();
    appendShortest(value);
    return this;
  }

  /**
   * Writes a double rounded half-up to at most {@code places} decimals, trailing zeros dropped
   * ({@code 30.428571}, {@code 0}, {@code 11.77}); magnitudes of 9e12 and more fall back to {@link
   * #number(double)}.
   *
   * @param value a finite value
   * @param places 0..9 decimals
   * @return this writer
   * @throws IllegalArgumentException if the value is not finite or places is out of range
   */
  public RowWriter decimal(double value, int places) {
    checkFinite(value);
    if (places < 0 || places > 9) {
      throw new IllegalArgumentException("places must be within 0..9, was " + places);
    }
    if (!(Math.abs(value) < 9e12)) {
      return number(value);
    }
    beginCell();
    long unit = (long) POWERS[places];
    long scaled = Math.round(Math.abs(value) * unit);
    if (value < 0 && scaled != 0) {
      append('-');
    }
    appendLong(scaled / unit);
    long fraction = scaled % unit;
    if (fraction != 0) {
      int digits = places;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      append('.');
      appendPadded(fraction, digits);
    }
    return this;
  }

  /**
   * Ends the row.
   *
   * @return this writer
   * @throws IllegalStateException if the row does not have one cell per name
   */
  public abstract RowWriter endRow();

  void checkRow() {
    if (cell != names.size()) {
      throw new IllegalStateException(
          "a row must have "
              + names.size()
              + " cells ("
              + String.join(", ", names)
              + "), had "
              + cell);
    }
    cell = 0;
  }

  /** Writes what comes before a cell and counts it. */
  abstract void beginCell();

  private static void checkFinite(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("cannot write a non-finite number, was " + value);
    }
  }

  final void append(char c) {
    if (size == buffer.length) {
      drain();
    }
    buffer[size++] = c;
  }

  final void append(CharSequence s) {
    for (int i = 0; i < s.length(); i++) {
      append(s.charAt(i));
    }
  }

  final void appendLong(long v) {
    if (v < 0) {
      if (v == Long.MIN_VALUE) {
        append("-9223372036854775808");
        return;
      }
      append('-');
      v = -v;
    }
    appendPadded(v, 1);
  }

  /** Appends a non-negative value with at least {@code width} digits (leading zeros). */
  private void appendPadded(long v, int width) {
    int digits = 1;
    for (long p = 10; digits < 19 && v >= p; p *= 10) {
      digits++;
    }
    int length = Math.max(digits, width);
    if (size + length > buffer.length) {
      drain();
    }
    // the digits straight into the buffer, last first
    int end = size + length;
    int i = end;
    long rest = v;
    do {
      buffer[--i] = (char) ('0' + rest % 10);
      rest /= 10;
    } while (rest != 0);
    while (i > size) {
      buffer[--i] = '0';
    }
    size = end;
  }

  final void appendShortest(double value) {
    if (value == 0) {
      append(1 / value < 0 ? "-0" : "0");
      return;
    }
    double abs = Math.abs(value);
    if (abs >= 1e-5 && abs < 1e15) {
      for (int n = 0; n <= 22; n++) {
        double scaled = abs * POWERS[n];
        if (scaled >= 9007199254740992.0) {
          break;
        }
        double m = Math.rint(scaled);
        if (m / POWERS[n] == abs) {
          if (value < 0) {
            append('-');
          }
          long whole = (long) m;
          long unit = (long) POWERS[n];
          appendLong(whole / unit);
          if (n > 0) {
            append('.');
            appendPadded(whole % unit, n);
          }
          return;
        }
      }
    }
    append(Double.toString(value));
  }

  private void drain() {
    try {
      out.write(buffer, 0, size);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write: " + e.getMessage(), e);
    }
    size = 0;
  }

  /**
   * Writes the buffer through and flushes the underlying writer.
   *
   * @throws UncheckedIOException on a write error
   */
  @Override
  public void flush() {
    drain();
    try {
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write: " + e.getMessage(), e);
    }
  }

  /**
   * Flushes and closes the underlying writer.
   *
   * @throws UncheckedIOException on a write error
   */
  @Override
  public void close() {
    flush();
    try {
      out.close();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write: " + e.getMessage(), e);
    }
  }
}
