/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import io.github.cx4j.io.JsonLinesWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns the CSV a command writes (RFC 4180, header first) into JSON Lines as it is written: one
 * object per row keyed by the header. The first column (the row's id or label) is always a string;
 * other cells are JSON numbers when their text is one, {@code null} when empty and unquoted, else
 * strings.
 */
final class JsonLinesFromCsv extends Writer {
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final Writer out;
  private @Nullable JsonLinesWriter json;
  private final List<String> cells = new ArrayList<>();
  private final List<Boolean> quotedCells = new ArrayList<>();
  private final StringBuilder cell = new StringBuilder();
  private boolean inQuotes;
  private boolean quoted;
  private boolean quoteSeen;
  private boolean pendingCr;

  JsonLinesFromCsv(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] buf, int off, int len) {
    for (int i = off; i < off + len; i++) {
      accept(buf[i]);
    }
  }

  private void accept(char c) {
    if (inQuotes) {
      if (quoteSeen) {
        quoteSeen = false;
        if (c == '"') {
          cell.append('"');
          return;
        }
        inQuotes = false;
      } else if (c == '"') {
        quoteSeen = true;
        return;
      } else {
        cell.append(c);
        return;
      }
    }
    if (pendingCr) {
      pendingCr = false;
      if (c != '\n') {
        cell.append('\r');
      }
    }
    if (c == '"' && cell.length() == 0 && !quoted) {
      inQuotes = true;
      quoted = true;
    } else if (c == ',') {
      endCell();
    } else if (c == '\n') {
      endCell();
      endRecord();
    } else if (c == '\r') {
      pendingCr = true;
    } else {
      cell.append(c);
    }
  }

  private void endCell() {
    cells.add(cell.toString());
    quotedCells.add(quoted);
    cell.setLength(0);
    quoted = false;
  }

  private void endRecord() {
    JsonLinesWriter w = json;
    if (w == null && !cells.isEmpty() && !quotedCells.get(0) && cells.get(0).startsWith("#")) {
      // a comment line before the header (summarize's "# cx4j summarize: unit=..." record):
      // JSON Lines has no comments, so it is not carried into the objects
      cells.clear();
      quotedCells.clear();
      return;
    }
    if (w == null) {
      json = JsonLinesWriter.of(out, List.copyOf(cells));
    } else {
      for (int i = 0; i < cells.size(); i++) {
        String text = cells.get(i);
        boolean q = quotedCells.get(i);
        if (text.isEmpty() && !q) {
          w.missing();
        } else if (i == 0 || q || !NUMBER.matcher(text).matches()) {
          w.text(text);
        } else if (text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0) {
          w.number(Long.parseLong(text));
        } else {
          w.number(Double.parseDouble(text));
        }
      }
      w.endRow();
    }
    cells.clear();
    quotedCells.clear();
  }

  /**
   * Ends the conversion: a last record without a line break is written, the JSON is flushed.
   *
   * @throws IllegalStateException if the CSV ends inside a quoted cell
   */
  void finish() {
    if (inQuotes && !quoteSeen) {
      throw new IllegalStateException("the CSV output ends inside a quoted cell");
    }
    inQuotes = false;
    if (cell.length() > 0 || !cells.isEmpty() || quoted) {
      endCell();
      endRecord();
    }
    JsonLinesWriter w = json;
    if (w != null) {
      w.flush();
    }
  }

  @Override
  public void flush() {
    // rows are written whole by finish(); nothing to do before
  }

  @Override
  public void close() {
    finish();
  }
}
