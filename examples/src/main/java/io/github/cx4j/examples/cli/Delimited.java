/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedInputException;
import io.github.cx4j.io.DelimitedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A row-by-row view of a delimited file for the commands that read few rows (drivers, kano, pls,
 * tiers, audit, grouped nps/csat): every field as text, read through {@link DelimitedReader} of
 * cx4j-io, so that RFC 4180 quoting, field counts, gzip, standard input ({@code -}), charsets and
 * the error format are those of the library. Commands that read many rows use {@link
 * DelimitedReader} directly into columns.
 */
public final class Delimited {
  private final Path file;
  private final String name;
  private final String separator;
  private final boolean header;
  private final Charset charset;
  private final List<String> names;
  private final int fieldCount;
  private final byte @Nullable [] stdin;

  private Delimited(
      Path file,
      String separator,
      boolean header,
      Charset charset,
      List<String> names,
      int fieldCount,
      byte @Nullable [] stdin) {
    this.file = file;
    this.name = file.toString();
    this.separator = separator;
    this.header = header;
    this.charset = charset;
    this.names = names;
    this.fieldCount = fieldCount;
    this.stdin = stdin;
  }

  /**
   * Opens a UTF-8 file and reads its header.
   *
   * @param file the file, or {@code -} for standard input
   * @param separator {@code ","}, any single character, {@code "tab"} or {@code "whitespace"}
   * @param header whether the first line names the columns
   * @return the opened file description
   * @throws CliException if the separator is invalid or the file cannot be read
   */
  public static Delimited open(Path file, String separator, boolean header) {
    return open(file, separator, header, java.nio.charset.StandardCharsets.UTF_8);
  }

  /**
   * Opens a file in a charset and reads its header.
   *
   * @param file the file, or {@code -} for standard input (read into memory)
   * @param separator {@code ","}, any single character, {@code "tab"} or {@code "whitespace"}
   * @param header whether the first line names the columns
   * @param charset the charset
   * @return the opened file description
   */
  public static Delimited open(Path file, String separator, boolean header, Charset charset) {
    DelimitedReader.Builder builder = Inputs.builder(separator).header(header).charset(charset);
    byte[] stdin = null;
    if (file.toString().equals("-")) {
      try {
        stdin = System.in.readAllBytes();
      } catch (IOException e) {
        throw new CliException("-: cannot read standard input: " + e.getMessage(), e);
      }
    }
    List<String> first;
    try (InputStream in =
        stdin != null ? new ByteArrayInputStream(stdin) : Files.newInputStream(file)) {
      first = builder.build().header(in, file.toString());
    } catch (java.nio.file.NoSuchFileException e) {
      throw new CliException(file + ": no such file", e);
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    } catch (DelimitedInputException e) {
      if (header || e.line() > 0) {
        throw new CliException(String.valueOf(e.getMessage()), e);
      }
      first = List.of();
    }
    return new Delimited(
        file, separator, header, charset, header ? first : List.of(), first.size(), stdin);
  }

  /**
   * The column names from the header, or an empty list without one.
   *
   * @return the header names
   */
  public List<String> names() {
    return names;
  }

  /**
   * The file.
   *
   * @return the path
   */
  public Path file() {
    return file;
  }

  /**
   * Resolves a column given as a header name (case-sensitive first, then ignoring case) or a
   * 1-based index.
   *
   * @param option the option that named the column, for the error message
   * @param spec the name or index
   * @return the 0-based column index
   * @throws CliException if no such column exists
   */
  public int column(String option, String spec) {
    int exact = names.indexOf(spec);
    if (exact >= 0) {
      return exact;
    }
    for (int i = 0; i < names.size(); i++) {
      if (names.get(i).equalsIgnoreCase(spec)) {
        return i;
      }
    }
    if (spec.chars().allMatch(Character::isDigit) && !spec.isEmpty() && spec.length() < 9) {
      int index = Integer.parseInt(spec);
      if (index >= 1 && index <= fieldCount) {
        return index - 1;
      }
    }
    throw new CliException(
        file
            + ": "
            + option
            + " "
            + spec
            + " is neither a column name"
            + (names.isEmpty() ? "" : " (" + String.join(", ", names) + ")")
            + " nor a valid 1-based index");
  }

  /**
   * Optionally resolves a column.
   *
   * @param option the option name
   * @param spec the name or index, or empty
   * @return the 0-based index, if a column was given
   */
  public Optional<Integer> optionalColumn(String option, Optional<String> spec) {
    return spec.map(s -> column(option, s));
  }

  /**
   * Calls the consumer for each data row, in file order, streaming (a few chunks in memory). Blank
   * lines are skipped; a record with another number of fields than the header is an error.
   *
   * @param consumer receives each row; it may throw {@link CliException} built with {@link
   *     Row#error}
   * @throws DelimitedInputException on an unreadable file or a malformed record
   */
  public void forEachRow(RowConsumer consumer) {
    forEachRow(consumer, new InvalidRows(false));
  }

  /**
   * Calls the consumer for each data row as {@link #forEachRow(RowConsumer)}; with {@code
   * --skip-invalid} a malformed record or a row whose consumer throws a {@link CliException} is
   * counted in {@code invalid} and skipped.
   *
   * @param consumer receives each row
   * @param invalid the skipping policy and count
   */
  public void forEachRow(RowConsumer consumer, InvalidRows invalid) {
    DelimitedReader.Builder b =
        Inputs.builder(separator).header(header).charset(charset).lineNumbers(true);
    if (invalid.skipping()) {
      b.skipInvalid(InvalidRows.LISTED);
    }
    RowConsumer guarded = invalid.guard(consumer);
    ColumnSpec[] specs = new ColumnSpec[fieldCount];
    for (int f = 0; f < fieldCount; f++) {
      specs[f] = ColumnSpec.text(String.valueOf(f + 1)).byIndex().optional();
    }
    DelimitedReader r = b.columns(specs).build();
    DelimitedReader.ChunkConsumer each =
        chunk -> {
          String[][] columns = new String[fieldCount][];
          for (int f = 0; f < fieldCount; f++) {
            columns[f] = chunk.texts(String.valueOf(f + 1));
          }
          for (int row = 0; row < chunk.rows(); row++) {
            String[] cells = new String[fieldCount];
            for (int f = 0; f < fieldCount; f++) {
              String cell = columns[f][row];
              cells[f] = cell == null ? "" : cell;
            }
            guarded.accept(new Row(this, chunk.line(row), cells));
          }
        };
    io.github.cx4j.io.InvalidLines malformed =
        stdin != null
            ? r.stream(new ByteArrayInputStream(stdin), name, each)
            : r.stream(name, each);
    for (DelimitedInputException e : malformed.first()) {
      invalid.add(String.valueOf(e.getMessage()));
    }
    invalid.addUnlisted(malformed.count() - malformed.first().size());
  }

  /** Receives one row. */
  @FunctionalInterface
  public interface RowConsumer {
    /**
     * Accepts a row.
     *
     * @param row the row
     */
    void accept(Row row);
  }

  /** One data row with its line number. */
  public static final class Row {
    private final Delimited source;
    private final long line;
    private final String[] cells;

    Row(Delimited source, long line, String[] cells) {
      this.source = source;
      this.line = line;
      this.cells = cells;
    }

    /**
     * The 1-based line number where the record starts.
     *
     * @return the line number
     */
    public long line() {
      return line;
    }

    /**
     * The number of cells.
     *
     * @return the cell count
     */
    public int size() {
      return cells.length;
    }

    /**
     * A cell's text.
     *
     * @param column the 0-based column
     * @return the text (spaces around an unquoted cell are not part of it)
     * @throws CliException if the row has no such column
     */
    public String text(int column) {
      if (column >= cells.length) {
        throw new CliException(
            source.file
                + ":"
                + line
                + ": expected at least "
                + (column + 1)
                + " columns, found "
                + cells.length);
      }
      return cells[column];
    }

    /**
     * Whether a cell is empty (a missing answer).
     *
     * @param column the 0-based column
     * @return true if the cell is absent or blank
     */
    public boolean isEmpty(int column) {
      return column >= cells.length || cells[column].isBlank();
    }

    /**
     * A cell as a finite decimal number.
     *
     * @param column the 0-based column
     * @return the number
     * @throws CliException naming file, line, column and value if it is not a finite number
     */
    public double number(int column) {
      String text = text(column).strip();
      try {
        // Double.parseDouble also takes Java literals such as "1d", "2f" and "0x1p3": not data.
        if (text.chars().anyMatch(ch -> "xXpPdDfFnNiI".indexOf(ch) >= 0)) {
          throw error(column, text, "expected a finite number");
        }
        double value = Double.parseDouble(text);
        if (Double.isFinite(value)) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(column, text, "expected a finite number");
    }

    /**
     * A cell as an integer.
     *
     * @param column the 0-based column
     * @return the integer
     * @throws CliException naming file, line, column and value if it is not an integer
     */
    public int integer(int column) {
      String text = text(column).strip();
      try {
        // an integer written with a zero fraction, as spreadsheets export it: 9.0
        return Integer.parseInt(
            text.matches("[+-]?\\d+\\.0+") ? text.substring(0, text.indexOf('.')) : text);
      } catch (NumberFormatException e) {
        throw error(column, text, "expected an integer");
      }
    }

    /**
     * An error about a cell of this row.
     *
     * @param column the 0-based column
     * @param value the offending text
     * @param problem what is wrong
     * @return the exception to throw
     */
    public CliException error(int column, String value, String problem) {
      String name =
          column < source.names.size()
              ? source.names.get(column) + " (" + (column + 1) + ")"
              : String.valueOf(column + 1);
      return CliException.badCell(source.file.toString(), line, name, value, problem);
    }
  }
}
