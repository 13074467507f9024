/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A delimited text file as the CLI reads it: comma-separated (with RFC 4180 quotes), any single
 * character, or runs of white space; with or without a header line. Columns are chosen by header
 * name or by 1-based index, and every parse error names the file, the line, the column and the
 * value.
 */
public final class Delimited {
  private final Path file;
  private final String separator;
  private final boolean header;
  private final List<String> names;

  private Delimited(Path file, String separator, boolean header, List<String> names) {
    this.file = file;
    this.separator = separator;
    this.header = header;
    this.names = names;
  }

  /**
   * Opens a file and reads its header.
   *
   * @param file the file
   * @param separator {@code ","}, any single character, {@code "tab"} or {@code "whitespace"}
   * @param header whether the first line names the columns
   * @return the opened file description
   * @throws CliException if the file cannot be read or the separator is invalid
   */
  public static Delimited open(Path file, String separator, boolean header) {
    String sep = normaliseSeparator(separator);
    List<String> names = List.of();
    if (header) {
      try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        String first = reader.readLine();
        if (first == null) {
          throw new CliException(file + ": the file is empty, expected a header line");
        }
        if (first.startsWith("\uFEFF")) {
          first = first.substring(1);
        }
        names = split(first, sep);
      } catch (NoSuchFileException e) {
        throw new CliException(file + ": no such file", e);
      } catch (IOException e) {
        throw new CliException(file + ": cannot read: " + e.getMessage(), e);
      }
    } else if (!Files.isReadable(file)) {
      throw new CliException(file + ": no such file or not readable");
    }
    return new Delimited(file, sep, header, names);
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
    if (spec.chars().allMatch(Character::isDigit) && !spec.isEmpty()) {
      int index = Integer.parseInt(spec);
      if (index >= 1 && (names.isEmpty() || index <= names.size())) {
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
   * Calls the consumer for each data row, in file order. Blank lines are skipped.
   *
   * @param consumer receives each row; it may throw {@link CliException} built with {@link
   *     Row#error}
   * @throws CliException on an unreadable file or a row that the consumer rejects
   */
  public void forEachRow(RowConsumer consumer) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      long lineNumber = 0;
      String line;
      if (header) {
        reader.readLine();
        lineNumber++;
      }
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        if (line.isBlank()) {
          continue;
        }
        consumer.accept(new Row(this, lineNumber, split(line, separator)));
      }
    } catch (IOException e) {
      throw new CliException(file + ": cannot read: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new CliException(
          file + ": cannot read: " + Objects.requireNonNullElse(e.getCause(), e).getMessage(), e);
    }
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
    private final List<String> cells;

    Row(Delimited source, long line, List<String> cells) {
      this.source = source;
      this.line = line;
      this.cells = cells;
    }

    /**
     * The 1-based line number in the file.
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
      return cells.size();
    }

    /**
     * A cell's text.
     *
     * @param column the 0-based column
     * @return the text, stripped of surrounding white space
     * @throws CliException if the row has no such column
     */
    public String text(int column) {
      if (column >= cells.size()) {
        throw new CliException(
            source.file
                + ":"
                + line
                + ": expected at least "
                + (column + 1)
                + " columns, found "
                + cells.size());
      }
      return cells.get(column).strip();
    }

    /**
     * Whether a cell is empty (a missing answer).
     *
     * @param column the 0-based column
     * @return true if the cell is absent or blank
     */
    public boolean isEmpty(int column) {
      return column >= cells.size() || cells.get(column).isBlank();
    }

    /**
     * A cell as a finite decimal number.
     *
     * @param column the 0-based column
     * @return the number
     * @throws CliException naming file, line, column and value if it is not a finite number
     */
    public double number(int column) {
      String text = text(column);
      try {
        // Double.parseDouble also takes Java literals such as "1d", "2f" and "0x1p3": not data.
        if (text.chars().anyMatch(ch -> "xXpPdDfF".indexOf(ch) >= 0)) {
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
      String text = text(column);
      try {
        return Integer.parseInt(text);
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

  static String normaliseSeparator(String separator) {
    String lower = separator.toLowerCase(Locale.ROOT);
    if (lower.equals("whitespace") || lower.equals("space")) {
      return "whitespace";
    }
    if (lower.equals("tab") || separator.equals("\\t")) {
      return "\t";
    }
    if (separator.length() != 1) {
      throw new CliException(
          "--separator must be one character, 'tab' or 'whitespace', was \"" + separator + "\"");
    }
    return separator;
  }

  static List<String> split(String line, String separator) {
    List<String> cells = new ArrayList<>();
    if (separator.equals("whitespace")) {
      // Runs of white space separate cells; leading and trailing white space is ignored.
      int i = 0;
      int n = line.length();
      while (i < n) {
        while (i < n && Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !Character.isWhitespace(line.charAt(i))) {
          i++;
        }
        if (i > start) {
          cells.add(line.substring(start, i));
        }
      }
      if (cells.isEmpty()) {
        cells.add("");
      }
      return cells;
    }
    char sep = separator.charAt(0);
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
      } else if (c == '"' && cell.toString().isBlank()) {
        quoted = true;
        cell.setLength(0);
      } else if (c == sep) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
