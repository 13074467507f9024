/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.cx4j.examples.Cx4j;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --format jsonl} on the commands that write a table. */
class JsonLinesOutputTest {
  @TempDir Path dir;

  private static String convert(String csv) {
    StringWriter out = new StringWriter();
    JsonLinesFromCsv json = new JsonLinesFromCsv(out);
    json.write(csv.toCharArray(), 0, csv.length());
    json.finish();
    return out.toString();
  }

  /** Runs {@code summarize} on the purchase file with {@code --format}; returns its exit code. */
  private static int summarize(Path input, String format, Path output, StringWriter err) {
    return Cx4j.run(
        new String[] {
          "summarize",
          "--input",
          input.toString(),
          "--customer-column",
          "customer",
          "--date-column",
          "date",
          "--amount-column",
          "amount",
          "--end",
          "2026-01-31",
          "--unit",
          "days",
          "--format",
          format,
          "--output",
          output.toString()
        },
        new PrintWriter(new StringWriter()),
        new PrintWriter(err));
  }

  @Test
  void csvCellsBecomeTypedJsonValues() {
    assertEquals(
        "{\"id\":\"7\",\"n\":3,\"x\":-1500,\"note\":\"a,\\\"b\\\"\\u000ac\",\"e\":null}\n"
            + "{\"id\":\"0001\",\"n\":\"0012\",\"x\":0.25,\"note\":\"12\",\"e\":\"\"}\n",
        convert("id,n,x,note,e\n7,3,-1.5e3,\"a,\"\"b\"\"\nc\",\n0001,0012,0.25,\"12\",\"\"\n"));
    // CRLF, and no line break after the last record
    assertEquals("{\"a\":\"x\",\"b\":1}\n", convert("a,b\r\nx,1"));
  }

  @Test
  void summarizeWritesJsonLines() throws IOException {
    Path input = dir.resolve("p.csv");
    Files.writeString(
        input,
        "customer,date,amount\nA,2026-01-01,10\nA,2026-01-11,20\n\"B,1\",2026-01-05,5\n",
        StandardCharsets.UTF_8);
    Path output = dir.resolve("s.jsonl");
    StringWriter err = new StringWriter();
    int code = summarize(input, "jsonl", output, err);
    assertEquals(0, code, err.toString());
    assertEquals(
        "{\"customer\":\"A\",\"frequency\":1,\"recency\":10,\"T\":30,\"monetary\":20}\n"
            + "{\"customer\":\"B,1\",\"frequency\":0,\"recency\":0,\"T\":26,\"monetary\":0}\n",
        Files.readString(output));
  }

  @Test
  void anUnknownFormatIsRefusedAndNothingIsWritten() throws IOException {
    Path input = dir.resolve("p.csv");
    Files.writeString(input, "customer,date,amount\nA,2026-01-01,10\n", StandardCharsets.UTF_8);
    Path output = dir.resolve("s.out");
    StringWriter err = new StringWriter();
    int code = summarize(input, "xml", output, err);
    assertEquals(1, code);
    assertEquals("cx4j: --format must be csv or jsonl, was \"xml\"\n", err.toString());
    assertFalse(Files.exists(output));
  }
}
