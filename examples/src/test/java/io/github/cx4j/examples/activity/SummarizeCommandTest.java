/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.examples.CliTest;
import io.github.cx4j.examples.Cx4j;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SummarizeCommandTest extends CliTest {
  @TempDir Path dir;

  private Path bundledSample() throws IOException {
    Path file = dir.resolve("CDNOW_sample.txt");
    try (InputStream in = CdnowSample.class.getResourceAsStream(CdnowSample.RESOURCE)) {
      Files.copy(in, file);
    }
    return file;
  }

  private static String[] cdnowArgs(Path input, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "summarize",
                "--input",
                input.toString(),
                "--customer-column",
                "2",
                "--date-column",
                "3",
                "--date-format",
                "yyyyMMdd",
                "--amount-column",
                "5",
                "--separator",
                "whitespace",
                "--no-header",
                "--end",
                "1997-09-30",
                "--unit",
                "weeks"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  @Test
  void reproducesTheCdnowSummary() throws IOException {
    Path output = dir.resolve("summary.csv");
    assertEquals(0, run(cdnowArgs(bundledSample(), "--output", output.toString())), err);
    assertEquals("", out);
    List<String> all = Files.readAllLines(output, StandardCharsets.UTF_8);
    // the first line records the unit and the end for 'clv fit' and 'clv predict'
    assertEquals("# cx4j summarize: convention=repeat unit=P7D end=1997-09-30", all.get(0));
    List<String> lines = all.subList(1, all.size());
    assertEquals("customer,frequency,recency,T,monetary", lines.get(0));
    // Aggregates of cdnow_customers_summary_with_transactions.csv (Fader, Hardie and Lee 2005),
    // read from the reference file on 2026-11-22: 2,357 customers, sum of x 2,457, 1,411 with
    // x = 0 (so 946 repeat buyers, the Gamma-Gamma sample), largest x 29; sums of the rounded
    // columns t_x 16,135.52, T 77,111.21, zbar 33,184.31.
    assertEquals(2_357, lines.size() - 1);
    int sumX = 0;
    int zeros = 0;
    int maxX = 0;
    double sumRecency = 0;
    double sumT = 0;
    double sumMonetary = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      int x = Integer.parseInt(cells[1]);
      sumX += x;
      zeros += x == 0 ? 1 : 0;
      maxX = Math.max(maxX, x);
      sumRecency += Double.parseDouble(cells[2]);
      sumT += Double.parseDouble(cells[3]);
      sumMonetary += Double.parseDouble(cells[4]);
    }
    assertEquals(2_457, sumX);
    assertEquals(1_411, zeros);
    assertEquals(29, maxX);
    // Each reference cell is rounded to 0.01, so its column sum may differ by 0.005 per row.
    assertEquals(16_135.52, sumRecency, 2_357 * 0.005);
    assertEquals(77_111.21, sumT, 2_357 * 0.005);
    assertEquals(33_184.31, sumMonetary, 2_357 * 0.005);
    // Rows recomputed by hand from CDNOW_sample.txt (days / 7):
    // 0001: 1997-01-01 29.33, 01-18 29.73, 08-02 14.96 (12-12 is after the end):
    //   x = 2, t_x = 213/7, T = 272/7, zbar = (29.73 + 14.96) / 2 = 22.345
    assertEquals("0001,2,30.428571,38.857143,22.345", lines.get(1));
    // 0002: 1997-01-01 63.34, 01-13 11.77: x = 1, t_x = 12/7, zbar = 11.77
    assertEquals("0002,1,1.714286,38.857143,11.77", lines.get(2));
    // 0010: one purchase on 1997-01-01
    assertEquals("0010,0,0,38.857143,0", lines.get(10));
    // 0100: 1997-01-05 16.99, 06-21 26.22: x = 1, t_x = 167/7, T = 268/7
    assertEquals("0100,1,23.857143,38.285714,26.22", lines.get(100));
    // 1000: 1997-02-07, then 03-13 13.77, 04-28 13.77, 06-04 10.77, 07-28 26.73:
    //   x = 4, t_x = 171/7, T = 235/7, zbar = 65.04 / 4 = 16.26
    assertEquals("1000,4,24.428571,33.571429,16.26", lines.get(1000));
    // The last customer, acquired on 1997-03-25: T = 189/7 = 27
    assertEquals("2357,0,0,27,0", lines.get(2357));
  }

  @Test
  void littColumnHoldsTheLogInterPurchaseTimesAndFeedsTheCnbdFit() throws IOException {
    Path output = dir.resolve("summary-litt.csv");
    assertEquals(0, run(cdnowArgs(bundledSample(), "--litt", "--output", output.toString())), err);
    List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
    assertEquals("customer,frequency,recency,T,monetary,litt", lines.get(1));
    // by hand (days / 7): 0001 intervals 17 and 196 days, ln(17/7) + ln(196/7) = 4.219508;
    // 0002 one of 12 days, ln(12/7); 0010 none; 1000 intervals 34, 46, 37 and 54 days
    assertEquals("0001,2,30.428571,38.857143,22.345,4.219508", lines.get(2));
    assertEquals("0002,1,1.714286,38.857143,11.77,0.538997", lines.get(3));
    assertEquals("0010,0,0,38.857143,0,0", lines.get(11));
    assertEquals("1000,4,24.428571,33.571429,16.26,7.171263", lines.get(1001));
    long negative = lines.stream().skip(2).filter(l -> l.contains(",-")).count();
    // customers with a repeat purchase within a week of the one before have negative logs
    assertTrue(negative > 0, "no negative litt");
    // the six-decimal file feeds the BG/CNBD-k fit without leaving anyone out (one-interval
    // customers sit on the bound litt = ln(t_x), both rounded): k = 1, the BG/NBD's -9582.43
    Path fit = dir.resolve("bgcnbd.json");
    assertEquals(
        0,
        run(
            "clv",
            "fit",
            "--summary",
            output.toString(),
            "--id-column",
            "customer",
            "--model",
            "bgcnbd",
            "--litt-column",
            "litt",
            "--max-k",
            "2",
            "-o",
            fit.toString()),
        err);
    assertFalse(err.contains("left out"), err);
    String json = Files.readString(fit);
    assertTrue(json.contains("\"k\" : 1.0"), json);
    assertEquals(
        1,
        run(
            cdnowArgs(
                dir.resolve("CDNOW_sample.txt"),
                "--litt",
                "--convention",
                "rfm",
                "--output",
                dir.resolve("x.csv").toString())));
    assertTrue(err.contains("--litt applies to --convention repeat only"), err);
  }

  @Test
  void writesToStandardOutputAndSupportsRfm() throws IOException {
    Path input = bundledSample();
    assertEquals(0, run(cdnowArgs(input)), err);
    assertTrue(
        out.startsWith(
            "# cx4j summarize: convention=repeat unit=P7D end=1997-09-30\ncustomer,frequency,recency,T,monetary\n0001,2,30.428571"),
        out);
    assertEquals(0, run(cdnowArgs(input, "--convention", "rfm")), err);
    String[] all = out.split("\n");
    assertEquals("# cx4j summarize: convention=rfm unit=P7D end=1997-09-30", all[0]);
    String[] lines = java.util.Arrays.copyOfRange(all, 1, all.length);
    assertEquals("customer,recency,frequency,monetary_total,monetary_mean", lines[0]);
    // 0001 bought on 1997-08-02 last: 59 days = 8.428571 weeks before the analysis date; three
    // purchases worth 74.02.
    assertEquals("0001,8.428571,3,74.02,24.673333", lines[1]);
    assertEquals(2_358, lines.length);
  }

  @Test
  void readsHeadersQuotesIsoDatesAndOtherUnits() throws IOException {
    Path input = dir.resolve("p.csv");
    Files.writeString(
        input,
        "when,who,value\n"
            + "2024-01-01,\"Li, Wei\",10\n"
            + "2024-01-01,\"Li, Wei\",5\n"
            + "\n"
            + "2024-01-31,\"Li, Wei\",7.5\n"
            + "2024-01-11,b,1\n",
        StandardCharsets.UTF_8);
    String[] base = {
      "summarize",
      "--input",
      input.toString(),
      "--customer-column",
      "WHO",
      "--date-column",
      "when",
      "--amount-column",
      "3"
    };
    assertEquals(0, run(concat(base, "--end", "2024-02-01")), err);
    assertEquals(
        "# cx4j summarize: convention=repeat unit=P1D end=2024-02-01\n"
            + "customer,frequency,recency,T,monetary\n\"Li, Wei\",1,30,31,7.5\nb,0,0,21,0\n",
        out);
    assertEquals(0, run(concat(base, "--unit", "P2W")), err);
    assertEquals(
        "# cx4j summarize: convention=repeat unit=P14D end=2024-01-31\n"
            + "customer,frequency,recency,T,monetary\n"
            + "\"Li, Wei\",1,2.142857,2.142857,7.5\nb,0,0,1.428571,0\n",
        out);
    assertEquals(0, run(concat(base, "--unit", "months", "--end", "2024-03-01")), err);
    assertTrue(out.contains("\"Li, Wei\",1,0.985647,1.971293,7.5"), out);
    assertEquals(0, run(concat(base, "--unit", "PT12H", "--end", "2024-02-01")), err);
    assertTrue(out.contains("\"Li, Wei\",1,60,62,7.5"), out);
    assertEquals(0, run(concat(base, "--unit", "day", "--end", "2024-02-01")), err);
  }

  @Test
  void aBadRowIsNamedAndLeavesNoFile() throws IOException {
    Path input = dir.resolve("bad.csv");
    Files.writeString(
        input, "customer,date,amount\na,2024-01-01,1\nb,2024-02-30,2\n", StandardCharsets.UTF_8);
    Path output = dir.resolve("out.csv");
    String[] args = {
      "summarize",
      "--input",
      input.toString(),
      "--customer-column",
      "customer",
      "--date-column",
      "date",
      "--amount-column",
      "amount",
      "--output",
      output.toString()
    };
    assertEquals(1, run(args));
    assertEquals(
        "cx4j: "
            + input
            + ":3: column date (2): expected a date as ISO yyyy-MM-dd, was \"2024-02-30\"\n",
        err);
    assertFalse(Files.exists(output));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("bad.csv"), files.map(p -> p.getFileName().toString()).toList());
    }
    Files.writeString(input, "customer,date,amount\na,2024-01-01,-1\n", StandardCharsets.UTF_8);
    assertEquals(1, run(args));
    assertTrue(
        err.contains(":2: column amount (3): expected an amount that is not negative, was \"-1\""),
        err);
    Files.writeString(input, "customer,date,amount\na,2024-01-01,ten\n", StandardCharsets.UTF_8);
    assertEquals(1, run(args));
    assertTrue(err.contains(":2: column amount (3): expected a finite number, was \"ten\""), err);
    Files.writeString(input, "customer,date,amount\n\"\",2024-01-01,1\n", StandardCharsets.UTF_8);
    assertEquals(1, run(args));
    assertTrue(err.contains(":2: column customer (1): expected a customer id, was \"\""), err);
    Files.writeString(input, "customer,date,amount\n", StandardCharsets.UTF_8);
    assertEquals(1, run(args));
    assertEquals("cx4j: " + input + ": no purchases found\n", err);
    Files.writeString(input, "customer,date,amount\na,20240101,1\n", StandardCharsets.UTF_8);
    assertEquals(1, run(concat(args, "--date-format", "yyyyMMdd", "--end", "2023-01-01")));
    assertEquals(
        "cx4j: SummarySpec.end must not precede the first purchase on 2024-01-01, was 2023-01-01\n",
        err);
    assertFalse(Files.exists(output));
    // An existing output survives a failed run untouched.
    Files.writeString(output, "keep", StandardCharsets.UTF_8);
    assertEquals(1, run(concat(args, "--date-format", "yyyyMMdd", "--end", "2023-01-01")));
    assertEquals("keep", Files.readString(output));
  }

  @Test
  void badOptionsAreNamed() throws IOException {
    Path input = bundledSample();
    assertEquals(1, run(replacing(input, "--unit", "fortnights")));
    assertEquals(
        "cx4j: --unit must be days, weeks, months or an ISO-8601 duration such as P7D, was"
            + " \"fortnights\"\n",
        err);
    assertEquals(1, run(replacing(input, "--unit", "P-7D")));
    assertEquals("cx4j: --unit must be a positive duration, was \"P-7D\"\n", err);
    assertEquals(1, run(replacing(input, "--end", "30.9.1997")));
    assertEquals("cx4j: --end must be a date as yyyy-MM-dd, was \"30.9.1997\"\n", err);
    assertEquals(1, run(replacing(input, "--date-format", "yyyyMMddQQQQQQ")));
    assertTrue(err.startsWith("cx4j: --date-format is not a valid java.time pattern"), err);
    assertEquals(1, run(replacing(input, "--customer-column", "9")));
    assertTrue(
        err.contains("--customer-column 9 is neither a column name nor a valid 1-based index"),
        err);
    assertEquals(2, run(cdnowArgs(input, "--convention", "clv")));
    assertTrue(err.contains("--convention"), err);
    assertEquals(2, run("summarize", "--input", input.toString()));
    assertTrue(err.contains("Missing required options"), err);
    assertEquals(1, run(cdnowArgs(dir.resolve("missing.txt"))));
    assertTrue(err.contains("missing.txt: no such file"), err);
    assertEquals(0, run("summarize", "--help"));
    assertTrue(out.contains("--customer-column=C"), out);
  }

  @Test
  void reportsProgressOnLongInputs() throws IOException {
    Path input = dir.resolve("big.csv");
    StringBuilder text = new StringBuilder("c,d,a\n");
    for (int i = 0; i < 70_000; i++) {
      text.append(i % 5000).append(",2024-01-").append(10 + i % 20).append(",1\n");
    }
    Files.writeString(input, text, StandardCharsets.UTF_8);
    CommandLine cli = Cx4j.commandLine();
    SummarizeCommand command = cli.getSubcommands().get("summarize").getCommand();
    command.purchases.progressNanos = 0;
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    cli.setOut(new PrintWriter(o));
    cli.setErr(new PrintWriter(e));
    int code =
        cli.execute(
            "summarize",
            "--input",
            input.toString(),
            "--customer-column",
            "c",
            "--date-column",
            "d",
            "--amount-column",
            "a",
            "--output",
            dir.resolve("big-out.csv").toString());
    assertEquals(0, code, e.toString());
    assertTrue(
        java.util.regex.Pattern.compile(": read [0-9,]+ purchases \\(")
            .matcher(e.toString())
            .find(),
        e.toString());
    assertTrue(
        e.toString().contains("cx4j: summarised 70,000 purchases of 5,000 customers ("),
        e.toString());
    assertEquals(5_002, Files.readAllLines(dir.resolve("big-out.csv")).size());
  }

  @Test
  void idsWrittenFromTheDictionaryEqualThoseOfTheStringPath() throws IOException {
    Path input = dir.resolve("ids.csv");
    StringBuilder text = new StringBuilder("c,d,a\n");
    String[] ids = {"C1", "\u00e9t\u00e9-2", "a,b", "say \"hi\"", "x y"};
    for (int i = 0; i < 400; i++) {
      text.append(io.github.cx4j.io.CsvWriter.cell(ids[i % ids.length] + i % 3, ','))
          .append(",2024-0")
          .append(1 + i % 9)
          .append("-1")
          .append(i % 10)
          .append(',')
          .append(i % 17)
          .append(".25\n");
    }
    Files.writeString(input, text, StandardCharsets.UTF_8);
    for (String convention : new String[] {"repeat", "rfm"}) {
      Path output = dir.resolve(convention + ".csv");
      assertEquals(
          0,
          run(
              "summarize",
              "--input",
              input.toString(),
              "--customer-column",
              "c",
              "--date-column",
              "d",
              "--amount-column",
              "a",
              "--end",
              "2024-12-31",
              "--convention",
              convention,
              "--output",
              output.toString()),
          err);
      PurchaseOptions options = new PurchaseOptions();
      options.input = input;
      options.customerColumn = "c";
      options.dateColumn = "d";
      options.amountColumn = "a";
      TransactionLog log = options.read(new PrintWriter(new StringWriter()));
      PurchaseOptions.Encoded strings = new PurchaseOptions.Encoded(log, null);
      SummarySpec spec = SummarySpec.of(java.time.LocalDate.of(2024, 12, 31), SummarySpec.DAYS);
      StringWriter expected = new StringWriter();
      try (PrintWriter w = new PrintWriter(expected)) {
        String comment = Files.readAllLines(output).get(0);
        if (convention.equals("repeat")) {
          SummarizeCommand.writeRepeat(
              comment, ActivitySummaries.repeat(log, spec), strings, null, w);
        } else {
          SummarizeCommand.writeRfm(comment, ActivitySummaries.rfm(log, spec), strings, w);
        }
      }
      String written = Files.readString(output, StandardCharsets.UTF_8);
      assertEquals(expected.toString(), written);
      assertTrue(written.contains("\n\"a,b0\","), written);
      assertTrue(written.contains("\n\u00e9t\u00e9-21,"), written);
    }
  }

  @Test
  void linesFormattedInParallelBlocksComeOutInOrderAsOneByOne() {
    for (int count :
        new int[] {0, 1, SummarizeCommand.BLOCK_ROWS, 3 * SummarizeCommand.BLOCK_ROWS + 7}) {
      SummarizeCommand.Line line =
          (text, row) ->
              SummarizeCommand.decimal(text.append('C').append(row).append(','), row / 7.0)
                  .append('\n');
      StringBuilder expected = new StringBuilder();
      for (int row = 0; row < count; row++) {
        line.append(expected, row);
      }
      StringWriter written = new StringWriter();
      try (PrintWriter w = new PrintWriter(written)) {
        SummarizeCommand.writeLines(count, line, w);
      }
      assertEquals(expected.toString(), written.toString(), "rows " + count);
    }
  }

  @Test
  void aFailingRowStopsTheWritingWithItsOwnError() {
    SummarizeCommand.Line line =
        (text, row) -> {
          if (row == 2 * SummarizeCommand.BLOCK_ROWS + 1) {
            throw new IllegalStateException("row " + row);
          }
          text.append(row).append('\n');
        };
    StringWriter written = new StringWriter();
    PrintWriter w = new PrintWriter(written);
    IllegalStateException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalStateException.class,
            () -> SummarizeCommand.writeLines(3 * SummarizeCommand.BLOCK_ROWS, line, w));
    assertEquals("row " + (2 * SummarizeCommand.BLOCK_ROWS + 1), e.getMessage());
    w.flush();
    assertFalse(written.toString().contains("\n" + (2 * SummarizeCommand.BLOCK_ROWS) + "\n"));
  }

  @Test
  void anIdWithSurroundingSpaceIsStillAnError() throws IOException {
    Path input = dir.resolve("space.csv");
    Files.writeString(input, "c,d,a\nA,2024-01-01,1\n\" B\",2024-01-02,2\n");
    assertEquals(
        1,
        run(
            "summarize",
            "--input",
            input.toString(),
            "--customer-column",
            "c",
            "--date-column",
            "d",
            "--amount-column",
            "a"));
    assertEquals("cx4j: " + input + ": column c: expected a customer id, was \" B\"\n", err);
  }

  @Test
  void decimalsAreShortAndExact() {
    assertEquals("0", SummarizeCommand.decimal(new StringBuilder(), 0).toString());
    assertEquals("22.345", SummarizeCommand.decimal(new StringBuilder(), 22.345).toString());
    assertEquals("0.000001", SummarizeCommand.decimal(new StringBuilder(), 1e-6).toString());
    assertEquals("1.0E13", SummarizeCommand.decimal(new StringBuilder(), 1e13).toString());
    assertEquals("3", SummarizeCommand.decimal(new StringBuilder(), 2.9999999).toString());
    assertEquals(
        "-1.94591", SummarizeCommand.signedDecimal(new StringBuilder(), -1.9459101).toString());
    assertEquals("0", SummarizeCommand.signedDecimal(new StringBuilder(), -1e-7).toString());
    assertEquals("0", SummarizeCommand.signedDecimal(new StringBuilder(), -0.0).toString());
    assertEquals("2.5", SummarizeCommand.signedDecimal(new StringBuilder(), 2.5).toString());
  }

  /** The CDNOW arguments with one option's value replaced. */
  private static String[] replacing(Path input, String option, String value) {
    String[] args = cdnowArgs(input);
    for (int i = 0; i < args.length - 1; i++) {
      if (args[i].equals(option)) {
        args[i + 1] = value;
      }
    }
    return args;
  }

  private static String[] concat(String[] a, String... b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
