/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritersTest {
  @TempDir Path dir;

  @Test
  void csvQuotesOnlyWhatNeedsQuoting() {
    StringWriter out = new StringWriter();
    try (CsvWriter w = CsvWriter.of(out, List.of("id", "x", "note"))) {
      w.text("A").number(0.1).text("plain").endRow();
      w.text("a,b").number(-12.5).text("say \"hi\"").endRow();
      w.text(" padded").number(1e-7).missing().endRow();
      w.text("two\nlines").number(3L).decimal(2.0 / 3, 6).endRow();
      w.text("x").decimal(-0.0000001, 3).decimal(1e13, 2).endRow();
    }
    assertEquals(
        "id,x,note\n"
            + "A,0.1,plain\n"
            + "\"a,b\",-12.5,\"say \"\"hi\"\"\"\n"
            + "\" padded\",1.0E-7,\n"
            + "\"two\nlines\",3,0.666667\n"
            + "x,0,10000000000000\n",
        out.toString());
  }

  @Test
  void rowsFormattedInParallelAreWrittenInOrderAsOneByOne() {
    int n = 3 * RowWriter.BLOCK_ROWS + 17;
    RowWriter.Row row =
        (o, i) -> o.text(i % 7 == 0 ? "a,\"" + i : "c" + i).number(i / 3.0).decimal(i * 1e-3, 2);
    for (boolean json : new boolean[] {false, true}) {
      StringWriter one = new StringWriter();
      StringWriter parallel = new StringWriter();
      List<String> names = List.of("id", "x", "y");
      try (RowWriter a = json ? JsonLinesWriter.of(one, names) : CsvWriter.of(one, names);
          RowWriter b =
              json ? JsonLinesWriter.of(parallel, names) : CsvWriter.of(parallel, names)) {
        a.text("first").number(1L).missing().endRow();
        b.text("first").number(1L).missing().endRow();
        for (int i = 0; i < n; i++) {
          row.write(a, i);
          a.endRow();
        }
        b.rows(n, row);
        a.text("last").number(2L).missing().endRow();
        b.text("last").number(2L).missing().endRow();
      }
      assertEquals(one.toString(), parallel.toString());
      assertEquals(n + (json ? 2 : 3), parallel.toString().split("\n", -1).length - 1);
    }
  }

  @Test
  void rowsReportTheFirstBadRowsErrorAndWriteNothingAfterIt() {
    StringWriter out = new StringWriter();
    CsvWriter w = CsvWriter.of(out, List.of("x"));
    int bad = 2 * RowWriter.BLOCK_ROWS + 5;
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> w.rows(4 * RowWriter.BLOCK_ROWS, (o, i) -> o.number(i == bad ? Double.NaN : i)));
    assertEquals("cannot write a non-finite number, was NaN", e.getMessage());
    w.flush();
    String text = out.toString();
    assertEquals(1 + 2 * RowWriter.BLOCK_ROWS, text.split("\n").length, "header and two blocks");
    IllegalStateException cells =
        assertThrows(
            IllegalStateException.class,
            () ->
                CsvWriter.of(new StringWriter(), List.of("x", "y")).rows(3, (o, i) -> o.number(i)));
    assertEquals("a row must have 2 cells (x, y), had 1", cells.getMessage());
    IllegalArgumentException negative =
        assertThrows(IllegalArgumentException.class, () -> w.rows(-1, (o, i) -> o.number(i)));
    assertEquals("count must be non-negative, was -1", negative.getMessage());
  }

  @Test
  void aCellAloneIsQuotedAsTheWriterQuotesIt() {
    List<String> cells =
        List.of("A", "a,b", "say \"hi\"", " padded", "two\nlines", "cr\r", "", "a;b");
    for (String c : cells) {
      StringWriter out = new StringWriter();
      try (CsvWriter w = CsvWriter.of(out, List.of("h"))) {
        w.text(c).endRow();
      }
      assertEquals("h\n" + CsvWriter.cell(c, ',') + "\n", out.toString(), c);
    }
    assertEquals("\"a,b\"", CsvWriter.cell("a,b", ','));
    assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\"", ','));
    assertEquals("\"a;b\"", CsvWriter.cell("a;b", ';'));
    assertEquals("plain", CsvWriter.cell("plain", ','));
  }

  @Test
  void jsonLinesEscapes() {
    StringWriter out = new StringWriter();
    try (JsonLinesWriter w = JsonLinesWriter.of(out, List.of("id", "n", "note"))) {
      w.text("a\"b\\c\n\u0001").number(42L).missing().endRow();
      w.text("中").number(2.5).text("").endRow();
    }
    assertEquals(
        "{\"id\":\"a\\\"b\\\\c\\u000a\\u0001\",\"n\":42,\"note\":null}\n"
            + "{\"id\":\"中\",\"n\":2.5,\"note\":\"\"}\n",
        out.toString());
  }

  @Test
  void badRowsAndNumbersAreRejected() {
    StringWriter out = new StringWriter();
    CsvWriter w = CsvWriter.of(out, List.of("a", "b"));
    assertEquals(
        "cannot write a non-finite number, was NaN",
        assertThrows(IllegalArgumentException.class, () -> w.number(Double.NaN)).getMessage());
    w.number(1L);
    assertEquals(
        "a row must have 2 cells (a, b), had 1",
        assertThrows(IllegalStateException.class, w::endRow).getMessage());
    assertThrows(IllegalArgumentException.class, () -> w.decimal(1, 10));
    assertThrows(IllegalArgumentException.class, () -> CsvWriter.of(out, '"', List.of("a")));
    JsonLinesWriter j = JsonLinesWriter.of(out, List.of("a"));
    j.number(1L);
    assertThrows(IllegalStateException.class, () -> j.number(2L));
    assertThrows(IllegalArgumentException.class, () -> JsonLinesWriter.of(out, List.of()));
  }

  @Test
  void atomicFileAppearsWholeOrNotAtAll() throws IOException {
    Path file = dir.resolve("out.csv");
    Files.writeString(file, "old\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
    AtomicFile.write(file, out -> out.write("new\n"));
    assertEquals("new\n", Files.readString(file));
    assertEquals("rw-rw----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    RuntimeException boom =
        assertThrows(
            IllegalStateException.class,
            () ->
                AtomicFile.write(
                    file,
                    out -> {
                      out.write("partial");
                      throw new IllegalStateException("boom");
                    }));
    assertEquals("boom", boom.getMessage());
    assertEquals("new\n", Files.readString(file));
    try (var listing = Files.list(dir)) {
      assertEquals(List.of(file), listing.toList());
    }
    Path nowhere = dir.resolve("no/such/out.csv");
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> AtomicFile.write(nowhere, out -> {}));
    assertEquals(
        nowhere + ": cannot write: no such directory " + nowhere.getParent(),
        e.getCause().getMessage());
    assertFalse(Files.exists(nowhere));
    Path fresh = dir.resolve("fresh.csv");
    AtomicFile.write(fresh, out -> out.write("x"));
    assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(fresh)));
  }
}
