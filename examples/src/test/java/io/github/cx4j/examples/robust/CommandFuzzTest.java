/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.cx4j.examples.CliTest;
import io.github.cx4j.examples.Cx4j;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds each command 1,000 seeded random mutations of a small valid input (a changed, removed or
 * doubled character, a replaced cell, a doubled, dropped or swapped line, a cut-off file) and
 * checks the contract of issue 21: exit 0 with an output free of {@code NaN} and {@code Infinity},
 * or exit 1 with one message that names the file and a line (or a file-level problem of the listed
 * kinds), never a stack trace or an exception's class name.
 *
 * <p>Commands fuzzed, {@value #CASES} seeded cases each: here {@code summarize}, {@code rfm},
 * {@code tiers}, {@code nps}, {@code csat}, {@code kano}, {@code drivers}, {@code pls}, {@code
 * audit}, {@code clv predict}, and the reports that read a user file: (not yet {@code report clv}:
 * from purchases its tracking chart costs one model evaluation per week and cohort, so a year
 * mutated a millennium away takes minutes; from a summary a huge T converted to the fit's unit
 * overflows into a message without a line), {@code report rfm}, {@code report survey} (its survey
 * file, and its Kano file), {@code report pls} (a report's HTML must hold no {@code NaN} or {@code
 * Infinity} outside its script); in {@link ComplaintCommandsFuzzTest} ({@value
 * ComplaintCommandsFuzzTest#CASES} each) {@code clv fit}, {@code clv compare}, {@code complaints
 * replay}, {@code kpi}, {@code automate}, {@code import}, {@code import} followed by {@code sla},
 * {@code report complaints}, and, on a mutated business calendar, {@code sla due}, {@code sla
 * between}, {@code complaints sla} and {@code automate} (a calendar message must name its line).
 */
class CommandFuzzTest extends CliTest {
  static final int CASES = 1000;

  /** Messages about a whole file, which name no line. */
  static final Pattern FILE_LEVEL =
      Pattern.compile(
          "no data rows|no purchases found|no customers found|the file is empty|did not converge"
              + "|has no valid score|no customer id column|no complete rows|no rows|not enough"
              + "|no features|fewer|at least|singular|too few|no answers|constant|observations"
              + "|collinear");

  /** A non-finite number: a CSV cell after the first (ids may read NaN) or a JSON value. */
  static boolean hasNonFinite(String written) {
    if (JSON_NON_FINITE.matcher(written).find()) {
      return true;
    }
    for (String line : written.split("\n", -1)) {
      String[] cells = line.split(",", -1);
      for (int i = 1; i < cells.length; i++) {
        String c = cells[i].strip();
        if (c.equals("NaN") || c.equals("Infinity") || c.equals("-Infinity")) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * A non-finite number in a report's text or drawing (its script, which may name {@code Infinity}
   * as a JavaScript constant, is left out).
   */
  static boolean htmlHasNonFinite(String html, String input) {
    String page = SCRIPT.matcher(html).replaceAll("");
    if (INPUT_NON_FINITE_CELL.matcher(input).find()) {
      // the input holds NaN or Infinity as a cell, which a command accepts only as a label (a
      // Kano feature named "NaN"); the report echoes the label in its text, so only the drawing's
      // attribute values are checked
      return SVG_NON_FINITE.matcher(page).find();
    }
    return HTML_NON_FINITE.matcher(page).find();
  }

  static final Pattern INPUT_NON_FINITE_CELL = Pattern.compile("(?m)(^|,)-?(NaN|Infinity)(,|$)");
  static final Pattern SVG_NON_FINITE = Pattern.compile("=\"[^\"]*\b(NaN|Infinity)\b");

  static final Pattern SCRIPT = Pattern.compile("(?s)<script\\b.*?</script>");
  static final Pattern HTML_NON_FINITE = Pattern.compile("\\b(NaN|-?Infinity)\\b");

  static final Pattern JSON_NON_FINITE = Pattern.compile(":\\s*-?(NaN|Infinity)\\b");

  static final String[] CELLS = {
    "",
    "-1",
    "1e308",
    "NaN",
    "Infinity",
    "9.0",
    "2.5",
    "\"",
    "x",
    "0",
    "99999999999",
    "-0",
    " ",
    "1,2",
    "\"a\"\"b\"",
    "2024-02-30",
    "#",
    "\t"
  };

  @TempDir static Path dir;

  record Case(String name, String input, Function<Path, String[]> args) {
    /** A command line of this command only: building every subcommand per run costs most. */
    picocli.CommandLine commandLine() {
      String top = name.split(" ")[0];
      for (java.util.ServiceLoader.Provider<io.github.cx4j.examples.cli.CxCommand> p :
          java.util.ServiceLoader.load(io.github.cx4j.examples.cli.CxCommand.class).stream()
              .toList()) {
        picocli.CommandLine.Command command =
            p.type().getAnnotation(picocli.CommandLine.Command.class);
        if (command != null && command.name().equals(top)) {
          return Cx4j.configure(new picocli.CommandLine(p.get()));
        }
      }
      throw new IllegalArgumentException(top);
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static String purchases() {
    StringBuilder b = new StringBuilder("customer,date,amount\n");
    Random r = new Random(7);
    for (int i = 0; i < 40; i++) {
      b.append("C")
          .append(r.nextInt(12))
          .append(",2024-0")
          .append(1 + r.nextInt(9))
          .append("-1")
          .append(r.nextInt(9))
          .append(',')
          .append(1 + r.nextInt(50))
          .append('\n');
    }
    return b.toString();
  }

  static String summary() {
    StringBuilder b = new StringBuilder("customer,frequency,recency,T,monetary\n");
    Random r = new Random(8);
    for (int i = 0; i < 30; i++) {
      int x = r.nextInt(5);
      double t = 20 + r.nextInt(20);
      double rec = x == 0 ? 0 : Math.round(r.nextDouble() * t * 10) / 10.0;
      b.append("C")
          .append(i)
          .append(',')
          .append(x)
          .append(',')
          .append(rec)
          .append(',')
          .append(t)
          .append(',')
          .append(x == 0 ? 0 : 5 + r.nextInt(30))
          .append('\n');
    }
    return b.toString();
  }

  static String survey(int rows) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/main/resources/examples/survey.csv"));
    return String.join("\n", lines.subList(0, rows + 1)) + "\n";
  }

  static String head(String file, int rows) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(file));
    return String.join("\n", lines.subList(0, rows + 1)) + "\n";
  }

  static Path fit;

  static List<Case> commands() throws IOException {
    Path s = dir.resolve("fit-summary.csv");
    CommandFuzzTest t = new CommandFuzzTest();
    assertEquals(0, t.run(NoSilentWrongAnswersTest.summarize(s, "weeks")), t.err);
    List<String> cdnow = Files.readAllLines(s);
    String predictInput = String.join("\n", cdnow.subList(0, 32)) + "\n";
    fit = dir.resolve("fit.json");
    int code =
        t.run("clv", "fit", "--summary", s.toString(), "--model", "bgnbd", "-o", fit.toString());
    assertEquals(0, code, t.err);
    String purchases = purchases();
    String survey = survey(60);
    Path validSurvey = dir.resolve("survey-valid.csv");
    Files.writeString(validSurvey, survey, StandardCharsets.UTF_8);
    List<Case> cases =
        List.of(
            new Case(
                "summarize",
                purchases,
                f ->
                    a(
                        "summarize",
                        "--input",
                        f,
                        "--customer-column",
                        "customer",
                        "--date-column",
                        "date",
                        "--amount-column",
                        "amount")),
            new Case(
                "rfm",
                purchases,
                f ->
                    a(
                        "rfm",
                        "--input",
                        f,
                        "--customer-column",
                        "customer",
                        "--date-column",
                        "date",
                        "--amount-column",
                        "amount",
                        "--analysis-date",
                        "2024-12-31")),
            new Case(
                "tiers",
                "customer,value\nA,10\nB,20\nC,5\nD,1\nE,7\nF,3\n",
                f -> a("tiers", "--input", f, "--value-column", "value")),
            new Case(
                "nps",
                survey,
                f -> a("nps", "--input", f, "--column", "recommend", "--by", "region")),
            new Case("csat", survey, f -> a("csat", "--input", f, "--column", "csat")),
            new Case(
                "kano",
                head("src/main/resources/examples/survey-kano.csv", 60),
                f -> a("kano", "--input", f)),
            new Case(
                "drivers",
                survey,
                f ->
                    a(
                        "drivers",
                        "--input",
                        f,
                        "--outcome",
                        "overall",
                        "--drivers",
                        "speed,staff,price")),
            new Case(
                "pls",
                head("src/main/resources/examples/ecsi-survey.csv", 120),
                f -> a("pls", "--input", f, "--model", "ecsi")),
            new Case(
                "audit",
                Files.readString(Path.of("src/main/resources/examples/audit-answers.json")),
                f -> a("audit", "--input", f)),
            new Case(
                "clv predict",
                predictInput,
                f ->
                    a(
                        "clv",
                        "predict",
                        "--summary",
                        f,
                        "--model-file",
                        fit.toString(),
                        "--horizon",
                        "10")),
            new Case(
                "report rfm",
                purchases,
                f ->
                    a(
                        "report",
                        "rfm",
                        "--input",
                        f,
                        "--customer-column",
                        "customer",
                        "--date-column",
                        "date",
                        "--amount-column",
                        "amount",
                        "--analysis-date",
                        "2024-12-31",
                        "--bins",
                        "3")),
            new Case(
                "report survey",
                survey,
                f ->
                    a(
                        "report",
                        "survey",
                        "--input",
                        f,
                        "--recommend-column",
                        "recommend",
                        "--csat-column",
                        "csat",
                        "--by",
                        "region",
                        "--date-column",
                        "answered_at",
                        "--attributes",
                        "speed,staff,price",
                        "--overall-column",
                        "overall")),
            new Case(
                "report survey kano",
                head("src/main/resources/examples/survey-kano.csv", 60),
                f ->
                    a(
                        "report",
                        "survey",
                        "--input",
                        validSurvey.toString(),
                        "--recommend-column",
                        "recommend",
                        "--kano-input",
                        f)),
            new Case(
                "report pls",
                head("src/main/resources/examples/ecsi-survey.csv", 120),
                f -> a("report", "pls", "--input", f, "--model", "ecsi")));
    return cases;
  }

  static String[] a(Object... args) {
    return Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
  }

  static String mutate(String text, Random r) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int kinds = 1 + r.nextInt(3);
    for (int k = 0; k < kinds; k++) {
      int i = r.nextInt(lines.size());
      String line = lines.get(i);
      switch (r.nextInt(8)) {
        case 0 -> {
          if (!line.isEmpty()) {
            int p = r.nextInt(line.length());
            char c = " ,.-+e\"0123456789xN#".charAt(r.nextInt(20));
            lines.set(i, line.substring(0, p) + c + line.substring(p + 1));
          }
        }
        case 1 -> {
          if (!line.isEmpty()) {
            int p = r.nextInt(line.length());
            lines.set(i, line.substring(0, p) + line.substring(p + 1));
          }
        }
        case 2 -> {
          String[] cells = line.split(",", -1);
          cells[r.nextInt(cells.length)] = CELLS[r.nextInt(CELLS.length)];
          lines.set(i, String.join(",", cells));
        }
        case 3 -> lines.add(i, line);
        case 4 -> lines.remove(i);
        case 5 -> {
          int j = r.nextInt(lines.size());
          lines.set(i, lines.get(j));
          lines.set(j, line);
        }
        case 6 -> {
          String all = String.join("\n", lines);
          return all.substring(0, r.nextInt(all.length() + 1));
        }
        default -> {
          String[] cells = line.split(",", -1);
          int c = r.nextInt(cells.length);
          cells[c] = cells[c] + CELLS[r.nextInt(CELLS.length)];
          lines.set(i, String.join(",", cells));
        }
      }
      if (lines.isEmpty()) {
        return "";
      }
    }
    return String.join("\n", lines);
  }

  @TestFactory
  Stream<DynamicTest> mutatedInputsGiveAResultOrAMessageNamingALine() throws IOException {
    return commands().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> fuzz(c)));
  }

  private void fuzz(Case c) throws IOException {
    Random r = new Random(c.name().hashCode());
    String ext = c.name().equals("audit") ? ".json" : ".csv";
    Path file = dir.resolve(c.name().replace(' ', '-') + "-fuzz" + ext);
    boolean html = c.name().startsWith("report");
    Path out = dir.resolve(c.name().replace(' ', '-') + (html ? "-out.html" : "-out"));
    List<String> failures = new ArrayList<>();
    for (int n = 0; n < CASES && failures.size() < 5; n++) {
      String input = mutate(c.input(), r);
      Files.writeString(file, input, StandardCharsets.UTF_8);
      Files.deleteIfExists(out);
      List<String> args = new ArrayList<>(Arrays.asList(c.args().apply(file)));
      args.add("-o");
      args.add(out.toString());
      // without the command's own name: the command line is that command's
      List<String> own = args.subList(1, args.size());
      java.io.StringWriter o = new java.io.StringWriter();
      java.io.StringWriter e = new java.io.StringWriter();
      picocli.CommandLine cli = c.commandLine();
      cli.setOut(new java.io.PrintWriter(o));
      cli.setErr(new java.io.PrintWriter(e));
      int code = cli.execute(own.toArray(new String[0]));
      cli.getErr().flush();
      err = e.toString();
      String why = null;
      if (code == 0) {
        String written = Files.exists(out) ? Files.readString(out) : "";
        if (written.isEmpty()) {
          why = "exit 0 but no output";
        } else if (html ? htmlHasNonFinite(written, input) : hasNonFinite(written)) {
          why = "exit 0 with NaN or Infinity in the output";
        }
      } else {
        String message = err.strip();
        if (message.contains("\tat ")
            || message.contains("Exception")
            || message.contains("java.")) {
          why = "a stack trace or an exception's name";
        } else if (!message.startsWith("cx4j: ")) {
          why = "no cx4j message";
        } else if (!(message.contains(file + ":") || FILE_LEVEL.matcher(message).find())) {
          why = "the message names no line";
        } else if (Files.exists(out)) {
          why = "an output file despite the error";
        }
      }
      if (why != null) {
        failures.add(
            "case "
                + n
                + ": "
                + why
                + "\n--- input:\n"
                + input
                + "\n--- exit "
                + code
                + ", stderr:\n"
                + err);
      }
    }
    if (!failures.isEmpty()) {
      fail(c.name() + ": " + failures.size() + " failing cases, the first:\n" + failures.get(0));
    }
  }
}
