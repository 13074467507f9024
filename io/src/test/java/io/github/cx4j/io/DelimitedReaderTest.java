/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedReaderTest {
  @TempDir Path dir;

  private static Table read(String text, DelimitedReader.Builder builder) {
    return builder
        .build()
        .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "in.csv");
  }

  private static DelimitedInputException fail(String text, DelimitedReader.Builder builder) {
    return assertThrows(DelimitedInputException.class, () -> read(text, builder));
  }

  private static DelimitedReader.Builder purchases() {
    return DelimitedReader.builder()
        .columns(
            ColumnSpec.category("customer"), ColumnSpec.date("date"), ColumnSpec.decimal("amount"));
  }

  @Test
  void readsColumnsByNameAndSkipsOthers() {
    Table t =
        read(
            "customer,date,note,amount\nA,2024-01-02,x,1.5\nB,2024-01-03,y,2\nA,2024-02-01,z,-0.25\n",
            purchases());
    assertEquals(3, t.rows());
    assertEquals(List.of("customer", "date", "note", "amount"), t.header());
    assertArrayEquals(new int[] {0, 1, 0}, t.categories("customer").codes());
    assertEquals(List.of("A", "B"), t.categories("customer").values());
    assertEquals("B", t.categories("customer").value(1));
    assertArrayEquals(
        new int[] {
          (int) LocalDate.of(2024, 1, 2).toEpochDay(),
          (int) LocalDate.of(2024, 1, 3).toEpochDay(),
          (int) LocalDate.of(2024, 2, 1).toEpochDay()
        },
        t.epochDays("date"));
    assertArrayEquals(new double[] {1.5, 2, -0.25}, t.doubles("amount"));
    assertEquals(0, t.invalid().count());
  }

  @Test
  void rfc4180QuotesSeparatorsDoubledQuotesAndLineBreaks() {
    String text =
        "\uFEFFid,comment,score\r\n"
            + "1,\"hello, world\",9\r\n"
            + "2,\"she said \"\"no\"\"\",3\r\n"
            + "3,\"two\r\nlines\n10 and more\",7\r\n"
            + "4,\"\",5";
    Table t =
        read(
            text,
            DelimitedReader.builder()
                .columns(
                    ColumnSpec.integer("id"),
                    ColumnSpec.text("comment").optional(),
                    ColumnSpec.integer("score")));
    assertArrayEquals(new int[] {1, 2, 3, 4}, t.ints("id"));
    assertArrayEquals(new int[] {9, 3, 7, 5}, t.ints("score"));
    String[] comments = t.texts("comment");
    assertEquals("hello, world", comments[0]);
    assertEquals("she said \"no\"", comments[1]);
    assertEquals("two\r\nlines\n10 and more", comments[2]);
    assertEquals(null, comments[3]);
    assertEquals(BitSet.valueOf(new long[] {8}), t.missing("comment"));
  }

  @Test
  void quotedCategoriesWithDoubledQuotesShareOneCode() {
    Table t =
        read(
            "g\n\"a\"\"b\"\na\"\"b\n",
            DelimitedReader.builder().skipInvalid(5).column(ColumnSpec.category("g")));
    assertEquals(List.of("a\"b"), t.categories("g").values());
    assertEquals(1, t.invalid().count());
    assertEquals(
        "in.csv:3: column g (1): a quote inside an unquoted field (quote the whole field and double"
            + " the quote), was \"a\"\"",
        t.invalid().first().get(0).getMessage());
  }

  @Test
  void integersWithAZeroFractionAreAcceptedOtherFractionsAreErrors() {
    Table t =
        read(
            "score,n\n9.0,10.00\n-3.0,7\n4,0.0\n",
            DelimitedReader.builder()
                .columns(ColumnSpec.integer("score"), ColumnSpec.longInteger("n")));
    assertArrayEquals(new int[] {9, -3, 4}, t.ints("score"));
    assertArrayEquals(new long[] {10, 7, 0}, t.longs("n"));
    DelimitedInputException half =
        fail("score\n9.5\n", DelimitedReader.builder().column(ColumnSpec.integer("score")));
    assertEquals("in.csv:2: column score (1): expected an integer, was \"9.5\"", half.getMessage());
    DelimitedInputException dot =
        fail("score\n9.\n", DelimitedReader.builder().column(ColumnSpec.integer("score")));
    assertEquals("in.csv:2: column score (1): expected an integer, was \"9.\"", dot.getMessage());
    DelimitedInputException bare =
        fail("score\n.0\n", DelimitedReader.builder().column(ColumnSpec.integer("score")));
    assertEquals("in.csv:2: column score (1): expected an integer, was \".0\"", bare.getMessage());
  }

  @Test
  void leadingCommentLinesAreSkippedOnlyWhenAskedAndStillCounted() {
    String text = "# cx4j summarize: unit=P7D\n  # more\n\nid,n\n#1,2\nB,x\n";
    DelimitedInputException e =
        fail(
            text,
            DelimitedReader.builder()
                .leadingComments(true)
                .columns(ColumnSpec.category("id"), ColumnSpec.integer("n")));
    assertEquals("in.csv:6: column n (2): expected an integer, was \"x\"", e.getMessage());
    Table t =
        read(
            "# c\nid,n\n#1,2\n",
            DelimitedReader.builder()
                .leadingComments(true)
                .lineNumbers(true)
                .columns(ColumnSpec.category("id"), ColumnSpec.integer("n")));
    assertEquals(List.of("#1"), t.categories("id").values());
    assertEquals(3, t.line(0));
    assertEquals(
        List.of("id", "n"),
        DelimitedReader.builder()
            .leadingComments(true)
            .build()
            .header(
                new java.io.ByteArrayInputStream(
                    "#x\nid,n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "in.csv"));
    DelimitedInputException plain =
        fail("# c\nid,n\n1,2\n", DelimitedReader.builder().column(ColumnSpec.category("id")));
    assertEquals(
        "in.csv: column id is neither a column name (# c) nor a valid 1-based index",
        plain.getMessage());
  }

  @Test
  void tooManyAndTooFewFieldsAreErrors() {
    DelimitedInputException many =
        fail("customer,date,amount\nA,1997-01-01,1,000.50\n", purchases());
    assertEquals("in.csv:2: expected 3 fields, found 4", many.getMessage());
    assertEquals(2, many.line());
    DelimitedInputException few =
        fail("customer,date,amount\nA,1997-01-01,1\nB,1997-01-01\n", purchases());
    assertEquals("in.csv:3: expected 3 fields, found 2", few.getMessage());
  }

  @Test
  void badCellsNameFileLineColumnAndValue() {
    DelimitedInputException e =
        fail("customer,date,amount\nA,1997-01-01,1\n\nB,1997-02-30,2\n", purchases());
    assertEquals(
        "in.csv:4: column date (2): expected a date as ISO yyyy-MM-dd, was \"1997-02-30\"",
        e.getMessage());
    assertEquals("in.csv", e.file());
    assertEquals(4, e.line());
    assertEquals("date (2)", e.column().orElseThrow());
    assertEquals("1997-02-30", e.value().orElseThrow());
    assertEquals("expected a date as ISO yyyy-MM-dd", e.problem());
    assertEquals(
        "in.csv:2: column amount (3): expected a finite number, was \"1e999\"",
        fail("customer,date,amount\nA,1997-01-01,1e999\n", purchases()).getMessage());
    assertEquals(
        "in.csv:2: column amount (3): expected a finite number, was \"NaN\"",
        fail("customer,date,amount\nA,1997-01-01,NaN\n", purchases()).getMessage());
    assertEquals(
        "in.csv:2: column amount (3): expected a finite number, was \"\"",
        fail("customer,date,amount\nA,1997-01-01,\n", purchases()).getMessage());
    assertEquals(
        "in.csv:2: column amount (3): expected a finite number, was \"0x1p3\"",
        fail("customer,date,amount\nA,1997-01-01,0x1p3\n", purchases()).getMessage());
    assertEquals(
        "in.csv:3: column customer (1): a quoted field is not closed before the end of the input",
        fail("customer,date,amount\nA,1997-01-01,1\n\"B,1997-01-01,2\n", purchases()).getMessage());
    assertEquals(
        "in.csv:2: column customer (1): unexpected text after the closing quote, was \"A\"",
        fail("customer,date,amount\n\"A\"x,1997-01-01,1\n", purchases()).getMessage());
  }

  @Test
  void lineNumbersCountQuotedLineBreaks() {
    DelimitedInputException e =
        fail(
            "a,b\n1,\"x\ny\nz\"\n2,w\n",
            DelimitedReader.builder()
                .columns(ColumnSpec.integer("b"), ColumnSpec.text("a"))
                .threads(1));
    // the first data record starts on line 2, the second on line 5
    assertEquals("in.csv:2: column b (2): expected an integer, was \"x\ny\nz\"", e.getMessage());
    Table skipped =
        read(
            "a,b\n1,\"x\ny\nz\"\n2,w\n",
            DelimitedReader.builder()
                .columns(ColumnSpec.integer("a"), ColumnSpec.integer("b"))
                .skipInvalid(2)
                .chunkBytes(3));
    assertEquals(0, skipped.rows());
    assertEquals(2, skipped.invalid().count());
    assertEquals(
        "in.csv:5: column b (2): expected an integer, was \"w\"",
        skipped.invalid().first().get(1).getMessage());
  }

  @Test
  void rangeMissingAndIntegers() {
    DelimitedReader.Builder b =
        DelimitedReader.builder()
            .columns(
                ColumnSpec.integer("score").range(0, 10, "expected a score within 0..10"),
                ColumnSpec.longInteger("n").optional());
    Table t = read("score,n\n0,\n10,-9223372036854775808\n  7 , 9223372036854775807 \n", b);
    assertArrayEquals(new int[] {0, 10, 7}, t.ints("score"));
    assertArrayEquals(new long[] {0, Long.MIN_VALUE, Long.MAX_VALUE}, t.longs("n"));
    assertEquals(BitSet.valueOf(new long[] {1}), t.missing("n"));
    assertEquals(
        "in.csv:2: column score (1): expected a score within 0..10, was \"11\"",
        fail("score,n\n11,1\n", b).getMessage());
    assertEquals(
        "in.csv:2: column n (2): expected an integer, was \"9223372036854775808\"",
        fail("score,n\n1,9223372036854775808\n", b).getMessage());
    assertEquals(
        "in.csv:2: column score (1): expected an integer, was \"2147483648\"",
        fail("score,n\n2147483648,1\n", b).getMessage());
    assertEquals(
        "in.csv:2: column score (1): expected an integer, was \"1.5\"",
        fail("score,n\n1.5,1\n", b).getMessage());
  }

  @Test
  void whitespaceSeparatedCrLfWithoutHeader() {
    // the layout of CDNOW_master.txt: runs of spaces, CRLF, dates as yyyyMMdd, no header
    String text =
        "00001       1 19970101  1  11.77\r\n00002 2 19970112 5 77.00\r\n  00002 2 19970113 1 1\r\n";
    Table t =
        read(
            text,
            DelimitedReader.builder()
                .separator("whitespace")
                .header(false)
                .columns(
                    ColumnSpec.category("2"),
                    ColumnSpec.date("3").format("yyyyMMdd"),
                    ColumnSpec.decimal("5")));
    assertEquals(List.of("1", "2"), t.categories("2").values());
    assertArrayEquals(new double[] {11.77, 77.0, 1}, t.doubles("5"));
    assertEquals((int) LocalDate.of(1997, 1, 13).toEpochDay(), t.epochDays("3")[2]);
    assertEquals(List.of(), t.header());
  }

  @Test
  void otherSeparatorsPatternsInstantsAndCharsets() throws IOException {
    Table tabs =
        read(
            "d\tt\n01.02.2024\t2024-05-01T12:15:30+02:00\n",
            DelimitedReader.builder()
                .separator("tab")
                .columns(ColumnSpec.date("d").format("dd.MM.yyyy"), ColumnSpec.instant("t")));
    assertEquals((int) LocalDate.of(2024, 2, 1).toEpochDay(), tabs.epochDays("d")[0]);
    assertEquals(Instant.parse("2024-05-01T10:15:30Z").toEpochMilli(), tabs.epochMillis("t")[0]);
    Table semi =
        read("a;b\n1,5;x\n", DelimitedReader.builder().separator(";").column(ColumnSpec.text("a")));
    assertEquals("1,5", semi.texts("a")[0]);
    Charset latin1 = Charset.forName("ISO-8859-1");
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "name\nJosé\nMüller\n".getBytes(latin1));
    Table t =
        DelimitedReader.builder()
            .charset(latin1)
            .column(ColumnSpec.category("name"))
            .build()
            .read(file);
    assertEquals(List.of("José", "Müller"), t.categories("name").values());
    assertThrows(IllegalArgumentException.class, () -> DelimitedReader.builder().separator("ab"));
    assertThrows(IllegalArgumentException.class, () -> DelimitedReader.builder().separator("\""));
  }

  @Test
  void gzipStdinAndFiles() throws IOException {
    String text = "customer,date,amount\nA,2024-01-02,1\nB,2024-01-03,2\n";
    Path gz = dir.resolve("p.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    Table t = purchases().build().read(gz.toString());
    assertArrayEquals(new double[] {1, 2}, t.doubles("amount"));
    Path plain = dir.resolve("p.csv");
    Files.writeString(plain, text);
    assertArrayEquals(new double[] {1, 2}, purchases().build().read(plain).doubles("amount"));
    assertEquals(List.of("customer", "date", "amount"), purchases().build().header(plain));
    java.io.InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
      assertArrayEquals(new double[] {1, 2}, purchases().build().read("-").doubles("amount"));
    } finally {
      System.setIn(stdin);
    }
    Path missing = dir.resolve("none.csv");
    assertEquals(
        missing + ": no such file",
        assertThrows(DelimitedInputException.class, () -> purchases().build().read(missing))
            .getMessage());
    Path empty = dir.resolve("empty.csv");
    Files.writeString(empty, "");
    assertEquals(
        empty + ": the file is empty, expected a header line",
        assertThrows(DelimitedInputException.class, () -> purchases().build().read(empty))
            .getMessage());
  }

  @Test
  void unknownAndDuplicateColumns() {
    assertEquals(
        "in.csv: --amount-column x is neither a column name (customer, date, amount) nor a valid"
            + " 1-based index",
        fail(
                "customer,date,amount\n",
                DelimitedReader.builder().column(ColumnSpec.decimal("x").from("--amount-column")))
            .getMessage());
    assertEquals(
        "in.csv: column 4 is neither a column name nor a valid 1-based index (the file has 3"
            + " fields)",
        fail("a,b,c\n", DelimitedReader.builder().header(false).column(ColumnSpec.decimal("4")))
            .getMessage());
    Table twice =
        read(
            "a,b\n1,2\n",
            DelimitedReader.builder().columns(ColumnSpec.decimal("A"), ColumnSpec.category("1")));
    assertArrayEquals(new double[] {1}, twice.doubles("A"));
    assertEquals(List.of("1"), twice.categories("1").values());
  }

  @Test
  void skipInvalidCountsAndListsTheFirstLines() {
    StringBuilder text = new StringBuilder("customer,date,amount\n");
    for (int i = 0; i < 100; i++) {
      text.append(i % 10 == 3 ? "X,bad," : "C" + (i % 7) + ",2024-01-01,").append(i).append('\n');
    }
    Table t = read(text.toString(), purchases().skipInvalid(3).chunkBytes(64));
    assertEquals(90, t.rows());
    assertEquals(10, t.invalid().count());
    List<String> messages = new ArrayList<>();
    t.invalid().first().forEach(e -> messages.add(e.getMessage()));
    assertEquals(
        List.of(
            "in.csv:5: column date (2): expected a date as ISO yyyy-MM-dd, was \"bad\"",
            "in.csv:15: column date (2): expected a date as ISO yyyy-MM-dd, was \"bad\"",
            "in.csv:25: column date (2): expected a date as ISO yyyy-MM-dd, was \"bad\""),
        messages);
    // the skipped rows' customer X never enters the dictionary
    assertEquals(
        List.of("C0", "C1", "C2", "C4", "C5", "C6", "C3"), t.categories("customer").values());
  }

  @Test
  void tinyChunksSplitOnlyOnRecordBoundaries() {
    String text =
        "id,comment,n\n"
            + "a,\"line\nbreak, and \"\"quote\"\"\n\n\",1\n"
            + "b,plain,2\r\n"
            + "\n"
            + "c,\"\r\n\",3\n"
            + "a,\"x\",4";
    DelimitedReader.Builder b =
        DelimitedReader.builder()
            .columns(
                ColumnSpec.category("id"), ColumnSpec.text("comment"), ColumnSpec.integer("n"));
    Table whole = read(text, b.threads(1));
    for (int size = 1; size <= 24; size++) {
      for (int threads = 1; threads <= 3; threads++) {
        Table t = read(text, b.chunkBytes(size).threads(threads));
        assertArrayEquals(whole.ints("n"), t.ints("n"), "chunk " + size);
        assertArrayEquals(whole.texts("comment"), t.texts("comment"), "chunk " + size);
        assertArrayEquals(whole.categories("id").codes(), t.categories("id").codes());
        assertEquals(whole.categories("id").values(), t.categories("id").values());
      }
    }
    assertArrayEquals(new int[] {1, 2, 3, 4}, whole.ints("n"));
    assertEquals("line\nbreak, and \"quote\"\n\n", whole.texts("comment")[0]);
    assertEquals("\r\n", whole.texts("comment")[2]);
    assertEquals(
        "in.csv:11: expected 3 fields, found 1",
        fail(text + "\nzzz\n", b.chunkBytes(5).threads(2)).getMessage());
  }

  @Test
  void streamingGivesFileWideCodesInOrder() {
    StringBuilder text = new StringBuilder("g,score\n");
    for (int i = 0; i < 5000; i++) {
      text.append("g").append((i * 7919) % 13).append(',').append(i % 11).append('\n');
    }
    DelimitedReader reader =
        DelimitedReader.builder()
            .columns(ColumnSpec.category("g"), ColumnSpec.integer("score"))
            .chunkBytes(1000)
            .build();
    Table whole =
        reader.read(
            new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)), "s.csv");
    List<Integer> codes = new ArrayList<>();
    long[] sum = {0};
    int[] chunks = {0};
    InvalidLines invalid =
        reader.stream(
            new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)),
            "s.csv",
            chunk -> {
              chunks[0]++;
              for (int c : chunk.categories("g").codes()) {
                codes.add(c);
              }
              for (int s : chunk.ints("score")) {
                sum[0] += s;
              }
              CategoryColumn g = chunk.categories("g");
              for (int r = 0; r < chunk.rows(); r++) {
                assertEquals(
                    whole.categories("g").value(codes.size() - chunk.rows() + r), g.value(r));
              }
            });
    assertTrue(chunks[0] > 10, "chunks: " + chunks[0]);
    assertEquals(0, invalid.count());
    int[] all = codes.stream().mapToInt(Integer::intValue).toArray();
    assertArrayEquals(whole.categories("g").codes(), all);
    long expected = 0;
    for (int s : whole.ints("score")) {
      expected += s;
    }
    assertEquals(expected, sum[0]);
  }

  @Test
  void noHeaderEmptyInputAndWrongLookups() {
    Table t = read("", DelimitedReader.builder().header(false));
    assertEquals(0, t.rows());
    Table one =
        read("5\n7", DelimitedReader.builder().header(false).column(ColumnSpec.integer("1")));
    assertArrayEquals(new int[] {5, 7}, one.ints("1"));
    assertThrows(IllegalArgumentException.class, () -> one.doubles("1"));
    assertThrows(IllegalArgumentException.class, () -> one.ints("2"));
    assertThrows(IllegalArgumentException.class, () -> one.missing("2"));
    assertThrows(IllegalArgumentException.class, () -> ColumnSpec.text("a").range(0, 1, "x"));
    assertThrows(IllegalArgumentException.class, () -> ColumnSpec.text("a").format("yyyy"));
    assertThrows(IllegalArgumentException.class, () -> ColumnSpec.decimal("a").range(2, 1, "x"));
    assertThrows(IllegalArgumentException.class, () -> ColumnSpec.date("a").format("yyyy-pp"));
  }

  @Test
  void lineNumbersAreKeptOnRequest() {
    String text = "a,b\n1,\"x\ny\"\n\n2,z\n3,w\n";
    DelimitedReader.Builder b =
        DelimitedReader.builder().columns(ColumnSpec.integer("a")).lineNumbers(true);
    for (int chunk : new int[] {1, 5, 1000}) {
      Table t = read(text, b.chunkBytes(chunk));
      assertEquals(List.of(2L, 5L, 6L), List.of(t.line(0), t.line(1), t.line(2)), "chunk " + chunk);
      List<Long> streamed = new ArrayList<>();
      b.chunkBytes(chunk).build().stream(
          new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
          "in.csv",
          c -> {
            for (int r = 0; r < c.rows(); r++) {
              streamed.add(c.line(r));
            }
          });
      assertEquals(List.of(2L, 5L, 6L), streamed);
    }
    Table none = read(text, DelimitedReader.builder().columns(ColumnSpec.integer("a")));
    assertThrows(IllegalStateException.class, () -> none.line(0));
    Table empty =
        read("", DelimitedReader.builder().header(false).columns(ColumnSpec.integer("1")));
    assertEquals(0, empty.ints("1").length);
  }

  @Test
  void progressIsReported() {
    long[] last = {0, 0};
    read(
        "a\n1\n2\n3\n",
        DelimitedReader.builder()
            .column(ColumnSpec.integer("a"))
            .chunkBytes(2)
            .progress(
                (bytes, rows) -> {
                  last[0] = bytes;
                  last[1] = rows;
                }));
    assertEquals(3, last[1]);
    assertEquals(6, last[0]);
  }
}
