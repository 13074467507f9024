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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded QuickTheories fuzz of {@code clv fit} and the complaint commands ({@code complaints
 * replay}, {@code kpi}, {@code automate}, and {@code sla} over a database imported from the mutated
 * stream): each case mutates a valid input as {@link CommandFuzzTest#mutate} does (changed, removed
 * or doubled characters, replaced cells, doubled, dropped or swapped lines, a cut-off file). The
 * contract of issue 21: exit 0 with output free of NaN and Infinity; for the tolerant complaint
 * commands, exit 2 with every reported problem naming the file and line; otherwise exit 1 with one
 * {@code cx4j:} message naming the file and line or a file-level problem. Never a stack trace or an
 * exception's class name.
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
    Path s = dir.resolve("summary.csv");
    assertEquals(0, t.run(NoSilentWrongAnswersTest.summarize(s, "weeks")), t.err);
    List<String> lines = Files.readAllLines(s);
    summary = String.join("\n", lines.subList(0, 62)) + "\n";
  }

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
      return "no cx4j message";
    }
    if (!(message.contains(input + ":") || CommandFuzzTest.FILE_LEVEL.matcher(message).find())) {
      return "the message names no line";
    }
    return null;
  }

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
