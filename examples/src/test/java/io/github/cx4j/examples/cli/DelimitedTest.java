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
  void rfc4180QuotesLineBreaksCrLfAndSeparators() throws IOException {
    Path file =
        write(
            "q.csv",
            "id,comment\r\n1,\"a, b\"\r\n2,\"say \"\"hi\"\"\"\r\n3,\"9 lines\r\nlater\"\r\n4,\r\n5,last");
    Delimited d = Delimited.open(file, ",", true);
    assertEquals(
        List.of(
            List.of("1", "a, b", "2"),
            List.of("2", "say \"hi\"", "3"),
            List.of("3", "9 lines\r\nlater", "4"),
            List.of("4", "", "6"),
            List.of("5", "last", "7")),
        rows(d, 2));
    Path semi = write("s.csv", "x;y\n1,5;2\n");
    assertEquals(List.of(List.of("1,5", "2", "2")), rows(Delimited.open(semi, ";", true), 2));
    Path tabs = write("t.tsv", "x\ty\n1\t2\n");
    assertEquals(List.of(List.of("1", "2", "2")), rows(Delimited.open(tabs, "tab", true), 2));
    CliException bad = assertThrows(CliException.class, () -> Delimited.open(semi, ";;", true));
    assertEquals(
        "--separator must be one character, 'tab' or 'whitespace', was \";;\"", bad.getMessage());
  }

  @Test
  void tooManyOrTooFewFieldsAreErrors() throws IOException {
    Path file = write("m.csv", "customer,date,amount\nA,1997-01-01,1,000.50\n");
    Delimited d = Delimited.open(file, ",", true);
    io.github.cx4j.io.DelimitedInputException e =
        assertThrows(io.github.cx4j.io.DelimitedInputException.class, () -> rows(d, 3));
    assertEquals(file + ":2: expected 3 fields, found 4", e.getMessage());
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
    assertEquals(1, d.column("--c", "2"));
    assertThrows(CliException.class, () -> d.column("--c", "3"));
    assertEquals(List.of(List.of("1", "2", "1"), List.of("3", "4", "2")), rows(d, 2));
    CliException name = assertThrows(CliException.class, () -> d.column("--c", "x"));
    assertEquals(
        file + ": --c x is neither a column name nor a valid 1-based index", name.getMessage());
  }

  @Test
  void cellErrorsNameFileLineColumnAndValue() throws IOException {
    Path file = write("c.csv", "id,n,k\na,1.5,2\nb,1d,x\nc,NaN,3.5\ne, ,0x1p3\n");
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
          if (row.line() == 5) {
            assertTrue(row.isEmpty(1));
            assertTrue(row.isEmpty(9));
            assertEquals(
                file + ":5: expected at least 10 columns, found 3",
                assertThrows(CliException.class, () -> row.text(9)).getMessage());
            CliException wrapped = row.error(0, "e", "custom problem");
            assertEquals(
                file + ":5: column id (1): custom problem, was \"e\"", wrapped.getMessage());
          }
        });
    assertEquals(
        List.of(
            file + ":3: column n (2): expected a finite number, was \"1d\"",
            file + ":3: column k (3): expected an integer, was \"x\"",
            file + ":4: column n (2): expected a finite number, was \"NaN\"",
            file + ":4: column k (3): expected an integer, was \"3.5\"",
            file + ":5: column n (2): expected a finite number, was \"\"",
            file + ":5: column k (3): expected an integer, was \"0x1p3\""),
        errors);
  }

  @Test
  void missingAndEmptyFilesAreReported() throws IOException {
    Path missing = dir.resolve("none.csv");
    assertEquals(
        missing + ": no such file",
        assertThrows(CliException.class, () -> Delimited.open(missing, ",", true)).getMessage());
    assertEquals(
        missing + ": no such file",
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
