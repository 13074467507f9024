/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link CategoryColumn#text(int)} and the compact dictionary of a whole file. */
class CategoryTextTest {
  private static String file(int n) {
    StringBuilder b = new StringBuilder("customer,amount\n");
    for (int i = 0; i < n; i++) {
      String id = i % 7 == 0 ? "kund\u00e9-" + (i % 50) : "C" + (i * 31 % 997);
      b.append(i % 11 == 0 ? "\"" + id + ",x\"" : id).append(',').append(i).append('\n');
    }
    return b.toString();
  }

  private static DelimitedReader reader() {
    return DelimitedReader.builder()
        .columns(ColumnSpec.category("customer"), ColumnSpec.decimal("amount"))
        .threads(2)
        .chunkBytes(64)
        .build();
  }

  @Test
  void textOfEveryCodeEqualsItsValueInTablesAndStreams() {
    String text = file(3000);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    CategoryColumn c =
        reader().read(new ByteArrayInputStream(bytes), "f.csv").categories("customer");
    List<String> expected = new ArrayList<>();
    for (int code = 0; code < c.values().size(); code++) {
      expected.add(c.text(code).toString());
    }
    assertEquals(expected, c.values());
    assertTrue(expected.contains("kund\u00e9-0"));
    assertTrue(expected.contains("C341,x"));
    List<String> streamed = new ArrayList<>();
    reader().stream(
        new ByteArrayInputStream(bytes),
        "f.csv",
        chunk -> {
          CategoryColumn s = chunk.categories("customer");
          for (int code = streamed.size(); code < s.values().size(); code++) {
            streamed.add(s.text(code).toString());
          }
        });
    assertEquals(expected, streamed);
  }

  @Test
  void asciiTextIsAViewOfTheBytes() {
    CategoryColumn c =
        reader()
            .read(
                new ByteArrayInputStream(
                    "customer,amount\nC0001,1\n\u00e9t\u00e9,2\n".getBytes(StandardCharsets.UTF_8)),
                "f.csv")
            .categories("customer");
    CharSequence ascii = c.text(0);
    assertFalse(ascii instanceof String);
    assertEquals(5, ascii.length());
    assertEquals('C', ascii.charAt(0));
    assertEquals("001", ascii.subSequence(2, 5).toString());
    assertEquals("\u00e9t\u00e9", c.text(1).toString());
    assertThrows(IndexOutOfBoundsException.class, () -> ascii.charAt(5));
    assertThrows(IndexOutOfBoundsException.class, () -> ascii.subSequence(3, 2));
    IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> c.text(2));
    assertEquals("code 2 of 2", e.getMessage());
    assertThrows(IndexOutOfBoundsException.class, () -> c.text(-1));
  }

  @Test
  void appendCellQuotesAsCellDoes() {
    for (String s : List.of("A1", "a,b", "say \"hi\"", " lead", "line\nbreak", "")) {
      assertEquals(
          CsvWriter.cell(s, ','),
          CsvWriter.appendCell(new StringBuilder("x"), s, ',').substring(1));
    }
  }
}
