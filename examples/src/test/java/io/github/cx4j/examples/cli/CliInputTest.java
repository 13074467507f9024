/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.Cx4j;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 4180, gzip, standard input and bad rows through the command line. */
class CliInputTest {
  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cx4j.run(args, new PrintWriter(out), new PrintWriter(err));
    return new Run(code, out.toString(), err.toString());
  }

  private Path write(String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void quotedLineBreaksAreNotScores() throws IOException {
    // a comment that holds a line break starting with a digit must not be read as a score
    Path file =
        write(
            "nps.csv",
            "\uFEFFscore,comment\r\n10,\"great\r\n3 stars would be unfair\"\r\n9,\"ok, \"\"fine\"\"\"\r\n0,\r\n10,last");
    Run grouped = run("nps", "--input", file.toString(), "--column", "score", "--by", "comment");
    assertEquals(1, grouped.code());
    assertEquals(
        "cx4j: " + file + ":5: column comment (2): expected a group value, was \"\"\n",
        grouped.err());
    Run all = run("nps", "--input", file.toString(), "--column", "score");
    assertEquals(0, all.code(), all.err());
    String[] lines = all.out().split("\n");
    assertTrue(lines[1].startsWith("all,4,0,0,1,0,3,"), all.out());
  }

  @Test
  void tooManyFieldsStopTheCommandWithTheLine() throws IOException {
    Path file = write("p.csv", "customer,date,amount\nA,1997-01-01,10\nA,1997-01-01,1,000.50\n");
    Run r =
        run(
            "summarize",
            "--input",
            file.toString(),
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount");
    assertEquals(1, r.code());
    assertEquals("cx4j: " + file + ":3: expected 3 fields, found 4\n", r.err());
  }

  @Test
  void skipInvalidCountsAndListsTheLines() throws IOException {
    Path file =
        write(
            "p.csv",
            "customer,date,amount\nA,1997-01-01,10\nB,1997-13-01,5\nA,1997-01-08,2\nC,1997-01-02,-1\n");
    Run r =
        run(
            "summarize",
            "--input",
            file.toString(),
            "--customer-column",
            "customer",
            "--date-column",
            "date",
            "--amount-column",
            "amount",
            "--skip-invalid",
            "--end",
            "1997-01-31");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "cx4j: "
            + file
            + ": skipped 2 invalid lines:\n"
            + "cx4j:   "
            + file
            + ":3: column date (2): expected a date as ISO yyyy-MM-dd, was \"1997-13-01\"\n"
            + "cx4j:   "
            + file
            + ":5: column amount (3): expected an amount that is not negative, was \"-1\"\n",
        r.err());
    assertEquals(
        "# cx4j summarize: convention=repeat unit=P1D end=1997-01-31\n"
            + "customer,frequency,recency,T,monetary\nA,1,7,30,2\n",
        r.out());
  }

  @Test
  void gzipAndStandardInput() throws IOException {
    String text = "customer,date,amount\nA,1997-01-01,10\nA,1997-01-08,2\n";
    Path gz = dir.resolve("p.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
    Run r =
        run(
            "summarize",
            "--input",
            gz.toString(),
            "--customer-column",
            "1",
            "--date-column",
            "2",
            "--amount-column",
            "3",
            "--end",
            "1997-01-31");
    assertEquals(0, r.code(), r.err());
    assertEquals(
        "# cx4j summarize: convention=repeat unit=P1D end=1997-01-31\n"
            + "customer,frequency,recency,T,monetary\nA,1,7,30,2\n",
        r.out());
    InputStream stdin = System.in;
    try {
      System.setIn(
          new ByteArrayInputStream("score\n10\n9\n3\n\n".getBytes(StandardCharsets.UTF_8)));
      Run nps = run("nps", "--input", "-", "--column", "score");
      assertEquals(0, nps.code(), nps.err());
      assertTrue(nps.out().split("\n")[1].startsWith("all,3,0,0,1,0,2,"), nps.out());
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void outputIsWrittenAtomicallyWithDashO() throws IOException {
    Path file = write("s.csv", "score\n10\n9\n11\n");
    Path out = dir.resolve("out.csv");
    Run bad = run("nps", "--input", file.toString(), "--column", "score", "-o", out.toString());
    assertEquals(1, bad.code());
    assertEquals(
        "cx4j: " + file + ":4: column score (1): expected a score within 0..10, was \"11\"\n",
        bad.err());
    assertTrue(Files.notExists(out));
    Run ok =
        run(
            "nps",
            "--input",
            file.toString(),
            "--column",
            "score",
            "--skip-invalid",
            "-o",
            out.toString());
    assertEquals(0, ok.code(), ok.err());
    assertTrue(Files.readString(out).split("\n")[1].startsWith("all,2,0,1,0,0,2,"));
  }
}
