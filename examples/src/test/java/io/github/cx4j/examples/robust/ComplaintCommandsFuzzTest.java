/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.cx4j.examples.CliTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded QuickTheories fuzz of {@code clv fit}, {@code clv compare} and the complaint commands
 * ({@code complaints replay}, {@code kpi}, {@code automate}, {@code import} alone, {@code sla} over
 * a database imported from the mutated stream, {@code report complaints}), and of the commands that
 * read a business calendar or an SLA policy ({@code sla due}, {@code sla between}, {@code
 * complaints sla}, {@code automate}) on a mutated calendar or policy file, where every message on
 * the file must name its line and column: each case mutates a valid input as {@link
 * CommandFuzzTest#mutate} does (changed, removed or doubled characters, replaced cells, doubled,
 * dropped or swapped lines, a cut-off file). The contract of issue 21: exit 0 with output free of
 * NaN and Infinity; for the tolerant complaint commands, exit 2 with every reported problem naming
 * the file and line; otherwise exit 1 with one {@code cx4j:} message naming the file and line or a
 * file-level problem. Never a stack trace or an exception's class name.
 */
class ComplaintCommandsFuzzTest extends CliTest {
  /**
   * Cases per command. Each runs in-process (no JVM per case) on small inputs: six complaints of
   * events, a 60-customer summary for {@code clv fit}, and an in-memory H2 database per {@code sla}
   * case (an H2 file per case cost about ten times the wall time of the command itself).
   */
  static final int CASES = 1000;

  @TempDir static Path dir;
  static String events = "";
  static String summary = "";
  static String calendar = "";
  static Path validEvents = Path.of("");

  /** A database holding the valid events, for the cases that mutate the calendar or policy. */
  static final String VALID_DB = "jdbc:h2:mem:fuzz-valid;DB_CLOSE_DELAY=-1";

  static final Path POLICY = Path.of("src/main/resources/examples/sla-policy-office.json");
  static final Path CALENDAR = Path.of("src/main/resources/examples/sla-calendar-shanghai.json");

  @BeforeAll
  static void inputs() throws IOException {
    ComplaintCommandsFuzzTest t = new ComplaintCommandsFuzzTest();
    Path e = dir.resolve("valid.jsonl");
    assertEquals(
        0,
        t.run(
            "complaints",
            "generate",
            "--complaints",
            "6",
            "--customers",
            "5",
            "--seed",
            "3",
            "--output",
            e.toString()),
        t.err);
    events = Files.readString(e);
    validEvents = e;
    assertEquals(
        0, t.run("complaints", "import", "--input", e.toString(), "--db", VALID_DB), t.err);
    calendar = Files.readString(CALENDAR);
    Path s = dir.resolve("summary.csv");
    assertEquals(0, t.run(NoSilentWrongAnswersTest.summarize(s, "weeks")), t.err);
    List<String> lines = Files.readAllLines(s);
    summary = String.join("\n", lines.subList(0, 62)) + "\n";
  }

  @AfterAll
  static void closeDatabases() {
    shutdown(VALID_DB);
  }

  /**
   * Messages about a calendar that is valid JSON but cannot answer: the holiday coverage does not
   * reach the instant asked about, or there is too little business time. Every other message about
   * a calendar file names its line and column.
   */
  static final Pattern CALENDAR_LEVEL =
      Pattern.compile("has holiday data|must reach its due instant|has no weekly hours");

  /** A line of a tolerant command's report: file:line: ..., or a summary line. */
  static final Pattern REPORTED =
      Pattern.compile(
          "^(.+\\.jsonl:\\d+: .*|replayed .*|read .*|the KPIs leave out .*|"
              + "imported .*|stored .*|evaluated .*|clocks of .*|.*incomplete complaint.*)$");

  private String why(int code, Path input, Path output, String stdout, boolean tolerant)
      throws IOException {
    String message = err.strip();
    if (message.contains("\tat ") || message.contains("Exception") || message.contains("java.")) {
      return "a stack trace or an exception's name";
    }
    String written = Files.exists(output) ? Files.readString(output) : stdout;
    if (code == 0 || (tolerant && code == 2)) {
      if (CommandFuzzTest.hasNonFinite(written) || written.contains("NaN")) {
        return "NaN or Infinity in the output";
      }
      if (code == 2) {
        for (String line : message.split("\n")) {
          if (!REPORTED.matcher(line).matches()) {
            return "a reported line that names no line of the file: " + line;
          }
        }
      }
      return null;
    }
    if (code != 1) {
      return "exit " + code;
    }
    if (!message.startsWith("cx4j: ")) {
      // a tolerant reader may report skipped lines before the command fails as a whole
      String[] lines = message.split("\n");
      int k = 0;
      while (k < lines.length && REPORTED.matcher(lines[k]).matches()) {
        k++;
      }
      message = String.join("\n", java.util.Arrays.asList(lines).subList(k, lines.length));
      if (k == 0 || !message.startsWith("cx4j: ")) {
        return "no cx4j message";
      }
    }
    if (lineAndColumn) {
      if (message.contains(input.toString())) {
        if (!Pattern.compile(Pattern.quote(input.toString()) + ":\\d+:\\d+: ")
            .matcher(message)
            .find()) {
          return "a message on the file that names no line and column";
        }
      } else if (!CALENDAR_LEVEL.matcher(message).find()) {
        return "a message that names neither the file nor a calendar-level problem";
      }
      return null;
    }
    if (!(message.contains(input + ":") || CommandFuzzTest.FILE_LEVEL.matcher(message).find())) {
      return "the message names no line";
    }
    return null;
  }

  /** Set while the mutated input is a JSON file whose every message must name line and column. */
  private boolean lineAndColumn;

  private void fuzz(
      String name, String valid, String ext, boolean tolerant, Function<Path, List<String>> args) {
    Path input = dir.resolve(name + "-fuzz" + ext);
    Path output = dir.resolve(name + "-out");
    qt().withFixedSeed(name.hashCode())
        .withExamples(CASES)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              try {
                String mutated = CommandFuzzTest.mutate(valid, new Random(seed));
                Files.writeString(input, mutated, StandardCharsets.UTF_8);
                Files.deleteIfExists(output);
                List<String> a = new ArrayList<>(args.apply(input));
                int code = run(a.toArray(new String[0]));
                String why = why(code, input, output, out, tolerant);
                assertTrue(
                    why == null,
                    name
                        + ": "
                        + why
                        + "\n--- input:\n"
                        + mutated
                        + "\n--- exit "
                        + code
                        + ", stderr:\n"
                        + err);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
  }

  @Test
  void clvFit() {
    fuzz(
        "clv-fit",
        summary,
        ".csv",
        false,
        f ->
            List.of(
                "clv",
                "fit",
                "--summary",
                f.toString(),
                "--model",
                "bgnbd",
                "-o",
                dir.resolve("clv-fit-out").toString()));
  }

  @Test
  void complaintsReplay() {
    fuzz(
        "replay",
        events,
        ".jsonl",
        true,
        f ->
            List.of(
                "complaints",
                "replay",
                "--input",
                f.toString(),
                "--output",
                dir.resolve("replay-out").toString()));
  }

  @Test
  void complaintsKpi() {
    fuzz(
        "kpi",
        events,
        ".jsonl",
        true,
        f ->
            List.of(
                "complaints",
                "kpi",
                "--input",
                f.toString(),
                "--json",
                "--output",
                dir.resolve("kpi-out").toString()));
  }

  @Test
  void complaintsAutomate() {
    fuzz(
        "automate",
        events,
        ".jsonl",
        true,
        f ->
            List.of(
                "complaints",
                "automate",
                "--input",
                f.toString(),
                "--policy",
                POLICY.toString(),
                "--calendar",
                CALENDAR.toString(),
                "--now",
                "2026-06-01T10:00:00+08:00"));
  }

  @Test
  void complaintsSla() {
    int[] n = {0};
    fuzz(
        "sla",
        events,
        ".jsonl",
        true,
        f -> {
          // import the mutated stream into a fresh in-memory database, then ask for its clocks;
          // the previous case's database is shut down first (the command has run by then)
          if (n[0] > 0) {
            shutdown(memoryDb(n[0] - 1));
          }
          String db = memoryDb(n[0]++);
          int code = run("complaints", "import", "--input", f.toString(), "--db", db);
          assertTrue(code == 0 || code == 2, "import: exit " + code + "\n" + err);
          return List.of(
              "complaints",
              "sla",
              "--db",
              db,
              "--policy",
              POLICY.toString(),
              "--calendar",
              CALENDAR.toString(),
              "--now",
              "2026-06-01T10:00:00+08:00",
              "--within",
              "P30D");
        });
  }

  @Test
  void clvCompare() {
    // the NBD baseline and BG/NBD: the other models add fitting time, not other input paths
    fuzz(
        "clv-compare",
        summary,
        ".csv",
        false,
        f ->
            List.of(
                "clv",
                "compare",
                "--summary",
                f.toString(),
                "--models",
                "bgnbd",
                "-o",
                dir.resolve("clv-compare-out").toString()));
  }

  @Test
  void complaintsImport() {
    int[] n = {0};
    fuzz(
        "import",
        events,
        ".jsonl",
        true,
        f -> {
          if (n[0] > 0) {
            shutdown(importDb(n[0] - 1));
          }
          return List.of("complaints", "import", "--input", f.toString(), "--db", importDb(n[0]++));
        });
  }

  static String importDb(int n) {
    return "jdbc:h2:mem:fuzz-import-" + n + ";DB_CLOSE_DELAY=-1";
  }

  @Test
  void reportComplaints() {
    fuzz(
        "report-complaints",
        events,
        ".jsonl",
        true,
        f ->
            List.of(
                "report",
                "complaints",
                "--input",
                f.toString(),
                "-o",
                dir.resolve("report-complaints-out").toString()));
  }

  @Test
  void slaDueOnAMutatedCalendar() {
    calendarFuzz(
        "sla-due",
        calendar,
        f ->
            List.of(
                "sla",
                "due",
                "--calendar",
                f.toString(),
                "--start",
                "2026-09-30T16:00:00+08:00",
                "--target",
                "P1DT4H",
                "--explain"));
  }

  @Test
  void slaBetweenOnAMutatedCalendar() {
    calendarFuzz(
        "sla-between",
        calendar,
        f ->
            List.of(
                "sla",
                "between",
                "--calendar",
                f.toString(),
                "--from",
                "2026-02-12T10:00:00+08:00",
                "--to",
                "2026-03-02T10:00:00+08:00",
                "--explain"));
  }

  @Test
  void complaintsSlaOnAMutatedCalendar() {
    calendarFuzz(
        "complaints-sla-calendar", calendar, f -> slaArgs(POLICY.toString(), f.toString()));
  }

  @Test
  void complaintsSlaOnAMutatedPolicy() {
    try {
      calendarFuzz(
          "complaints-sla-policy",
          Files.readString(POLICY),
          f -> slaArgs(f.toString(), CALENDAR.toString()));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void complaintsAutomateOnAMutatedCalendar() {
    calendarFuzz(
        "automate-calendar",
        calendar,
        f ->
            List.of(
                "complaints",
                "automate",
                "--input",
                validEvents.toString(),
                "--policy",
                POLICY.toString(),
                "--calendar",
                f.toString(),
                "--now",
                "2026-06-01T10:00:00+08:00"));
  }

  private static List<String> slaArgs(String policy, String calendarFile) {
    return List.of(
        "complaints",
        "sla",
        "--db",
        VALID_DB,
        "--policy",
        policy,
        "--calendar",
        calendarFile,
        "--now",
        "2026-06-01T10:00:00+08:00",
        "--within",
        "P30D");
  }

  /** As {@link #fuzz}, on a JSON file whose every message must name the line and column. */
  private void calendarFuzz(String name, String valid, Function<Path, List<String>> args) {
    lineAndColumn = true;
    try {
      fuzz(name, valid, ".json", false, args);
    } finally {
      lineAndColumn = false;
    }
  }

  /** An in-memory H2 database that lives until {@link #shutdown}. */
  static String memoryDb(int n) {
    return "jdbc:h2:mem:fuzz-sla-" + n + ";DB_CLOSE_DELAY=-1";
  }

  static void shutdown(String url) {
    try (java.sql.Connection c = java.sql.DriverManager.getConnection(url, "", "");
        java.sql.Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(url, e);
    }
  }
}
