/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTest {
  @TempDir Path dir;

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<List<String>> rows(Delimited d, int columns) {
    List<List<String>> rows = new ArrayList<>();
    d.forEachRow(
        row -> {
          List<String> cells = new ArrayList<>();
          for (int c = 0; c < columns; c++) {
            cells.add(row.text(c));
          }
          cells.add(String.valueOf(row.line()));
          rows.add(cells);
        });
    return rows;
  }

  @Test
  void splitsCommasWithQuotesSingleCharactersTabsAndWhiteSpace() {
    assertEquals(List.of("a", "b, c", "d\"e", ""), Delimited.split("a,\"b, c\",\"d\"\"e\",", ","));
    assertEquals(List.of("1", "2", "3"), Delimited.split("  1 \t 2   3 ", "whitespace"));
    assertEquals(List.of(""), Delimited.split("   ", "whitespace"));
    assertEquals(List.of("x", "y z"), Delimited.split("x;y z", ";"));
    assertEquals(",", Delimited.normaliseSeparator(","));
    assertEquals("\t", Delimited.normaliseSeparator("tab"));
    assertEquals("\t", Delimited.normaliseSeparator("\\t"));
    assertEquals("whitespace", Delimited.normaliseSeparator("WhiteSpace"));
    assertEquals("whitespace", Delimited.normaliseSeparator("space"));
    CliException bad = assertThrows(CliException.class, () -> Delimited.normaliseSeparator(";;"));
    assertEquals(
        "--separator must be one character, 'tab' or 'whitespace', was \";;\"", bad.getMessage());
  }

  @Test
  void readsHeaderColumnsByNameOrIndexAndSkipsBlankLines() throws IOException {
    Path file = write("a.csv", "\uFEFFName,Score\nann,7\n\n  \nbob,8\n");
    Delimited d = Delimited.open(file, ",", true);
    assertEquals(List.of("Name", "Score"), d.names());
    assertEquals(file, d.file());
    assertEquals(0, d.column("--c", "Name"));
    assertEquals(1, d.column("--c", "score"));
    assertEquals(1, d.column("--c", "2"));
    assertEquals(Optional.of(0), d.optionalColumn("--c", Optional.of("name")));
    assertEquals(Optional.empty(), d.optionalColumn("--c", Optional.empty()));
    CliException unknown = assertThrows(CliException.class, () -> d.column("--score", "3"));
    assertEquals(
        file + ": --score 3 is neither a column name (Name, Score) nor a valid 1-based index",
        unknown.getMessage());
    assertThrows(CliException.class, () -> d.column("--score", "0"));
    assertThrows(CliException.class, () -> d.column("--score", ""));
    assertEquals(List.of(List.of("ann", "7", "2"), List.of("bob", "8", "5")), rows(d, 2));
  }

  @Test
  void withoutHeaderAnyIndexIsAcceptedAndAByteOrderMarkIsDropped() throws IOException {
    Path file = write("b.txt", "\uFEFF1 2\n3 4\n");
    Delimited d = Delimited.open(file, "whitespace", false);
    assertEquals(List.of(), d.names());
    assertEquals(6, d.column("--c", "7"));
    assertEquals(List.of(List.of("1", "2", "1"), List.of("3", "4", "2")), rows(d, 2));
    CliException name = assertThrows(CliException.class, () -> d.column("--c", "x"));
    assertEquals(
        file + ": --c x is neither a column name nor a valid 1-based index", name.getMessage());
  }

  @Test
  void cellErrorsNameFileLineColumnAndValue() throws IOException {
    Path file = write("c.csv", "id,n,k\na,1.5,2\nb,1d,x\nc,NaN,3.5\nd\ne, ,0x1p3\n");
    Delimited d = Delimited.open(file, ",", true);
    List<String> errors = new ArrayList<>();
    d.forEachRow(
        row -> {
          for (int c = 1; c <= 2; c++) {
            try {
              if (c == 1) {
                row.number(c);
              } else {
                row.integer(c);
              }
            } catch (CliException e) {
              errors.add(e.getMessage());
            }
          }
          if (row.line() == 2) {
            assertEquals(1.5, row.number(1));
            assertEquals(2, row.integer(2));
            assertEquals(3, row.size());
          }
          if (row.line() == 6) {
            assertTrue(row.isEmpty(1));
            assertTrue(row.isEmpty(9));
            CliException wrapped = row.error(0, "e", "custom problem");
            assertEquals(
                file + ":6: column id (1): custom problem, was \"e\"", wrapped.getMessage());
          }
        });
    assertEquals(
        List.of(
            file + ":3: column n (2): expected a finite number, was \"1d\"",
            file + ":3: column k (3): expected an integer, was \"x\"",
            file + ":4: column n (2): expected a finite number, was \"NaN\"",
            file + ":4: column k (3): expected an integer, was \"3.5\"",
            file + ":5: expected at least 2 columns, found 1",
            file + ":5: expected at least 3 columns, found 1",
            file + ":6: column n (2): expected a finite number, was \"\"",
            file + ":6: column k (3): expected an integer, was \"0x1p3\""),
        errors);
  }

  @Test
  void missingAndEmptyFilesAreReported() throws IOException {
    Path missing = dir.resolve("none.csv");
    assertEquals(
        missing + ": no such file",
        assertThrows(CliException.class, () -> Delimited.open(missing, ",", true)).getMessage());
    assertEquals(
        missing + ": no such file or not readable",
        assertThrows(CliException.class, () -> Delimited.open(missing, ",", false)).getMessage());
    Path empty = write("empty.csv", "");
    assertEquals(
        empty + ": the file is empty, expected a header line",
        assertThrows(CliException.class, () -> Delimited.open(empty, ",", true)).getMessage());
    assertTrue(
        assertThrows(CliException.class, () -> Delimited.open(dir, ",", true))
            .getMessage()
            .startsWith(dir + ": cannot read"));
    CliException badCell = CliException.badCell("f", 3, "x", "v", "bad");
    assertEquals("f:3: column x: bad, was \"v\"", badCell.getMessage());
  }
}
