/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.robust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cx4j.core.CxJson;
import io.github.cx4j.examples.CliTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of issue 21 ("No silent wrong answers") through the command line, each with its exact
 * message: customer ids carried from the input, time units carried from {@code summarize} to {@code
 * clv predict}, and domains checked.
 */
class NoSilentWrongAnswersTest extends CliTest {
  static final String CDNOW = "src/main/resources/CDNOW_sample.txt";

  @TempDir static Path dir;
  static Path weeks;
  static Path days;
  static Path fit;

  static String[] summarize(Path out, String unit) {
    return new String[] {
      "summarize",
      "--input",
      CDNOW,
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
      unit,
      "-o",
      out.toString()
    };
  }

  @BeforeAll
  static void fitCdnowInWeeks() {
    NoSilentWrongAnswersTest t = new NoSilentWrongAnswersTest();
    weeks = dir.resolve("weeks.csv");
    days = dir.resolve("days.csv");
    fit = dir.resolve("fit.json");
    assertEquals(0, t.run(summarize(weeks, "weeks")), t.err);
    assertEquals(0, t.run(summarize(days, "days")), t.err);
    assertEquals(
        0,
        t.run(
            "clv", "fit", "--summary", weeks.toString(), "--model", "bgnbd", "-o", fit.toString()),
        t.err);
  }

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void summaryAndFitRecordTheirUnitAndCalibrationEnd() throws IOException {
    assertEquals(
        "# cx4j summarize: convention=repeat unit=P7D end=1997-09-30",
        Files.readAllLines(weeks).get(0));
    assertEquals(
        "# cx4j summarize: convention=repeat unit=P1D end=1997-09-30",
        Files.readAllLines(days).get(0));
    JsonNode json = CxJson.mapper().readTree(Files.readString(fit));
    assertEquals("P7D", json.get("timeUnit").asText());
    assertEquals("1997-09-30", json.get("calibrationEnd").asText());
  }

  @Test
  void predictTakesIdsFromTheCustomerColumnNeverRowNumbers() throws IOException {
    Path s = write("zed.csv", "customer,frequency,recency,T\nZED,2,30.43,38.86\nALPHA,0,0,38.86\n");
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            s.toString(),
            "--model-file",
            fit.toString(),
            "--horizon",
            "1",
            "--time-unit",
            "weeks"),
        err);
    List<String> lines = out.lines().toList();
    assertTrue(lines.get(1).startsWith("ZED,2,"), out);
    assertTrue(lines.get(2).startsWith("ALPHA,0,"), out);
  }

  @Test
  void predictRefusesToGuessIds() throws IOException {
    Path s = write("noid.csv", "who,frequency,recency,T\nZED,2,30.43,38.86\n");
    assertEquals(
        1,
        run(
            "clv",
            "predict",
            "--summary",
            s.toString(),
            "--model-file",
            fit.toString(),
            "--horizon",
            "1"));
    assertEquals(
        "cx4j: "
            + s
            + ": no customer id column (named customer, customer_id or id) among [who, frequency,"
            + " recency, T]; give --id-column\n",
        err);
  }

  @Test
  void isoHorizonsAreConvertedWithTheRecordedUnit() {
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            weeks.toString(),
            "--model-file",
            fit.toString(),
            "--horizon",
            "P7D"),
        err);
    String iso = out;
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            weeks.toString(),
            "--model-file",
            fit.toString(),
            "--horizon",
            "1"),
        err);
    assertEquals(out, iso);
    assertEquals("", err);
  }

  @Test
  void aSummaryInAnotherUnitIsRefusedUnlessConverted() {
    assertEquals(
        1,
        run(
            "clv",
            "predict",
            "--summary",
            days.toString(),
            "--model-file",
            fit.toString(),
            "--horizon",
            "1"));
    assertEquals(
        "cx4j: "
            + days
            + " is in P1D (days) but "
            + fit
            + " was fitted in P7D (weeks): summarize again with --unit P7D, or give"
            + " --convert-summary to rescale recency and T\n",
        err);
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            days.toString(),
            "--model-file",
            fit.toString(),
            "--horizon",
            "1",
            "--convert-summary"),
        err);
    String converted = out;
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            weeks.toString(),
            "--model-file",
            fit.toString(),
            "--horizon",
            "1"),
        err);
    // one row of each: p_alive and expected purchases agree to the rounding of the summaries
    String[] a = converted.lines().toList().get(1).split(",");
    String[] b = out.lines().toList().get(1).split(",");
    assertEquals(a[0], b[0]);
    assertEquals(Double.parseDouble(b[4]), Double.parseDouble(a[4]), 1e-5);
    assertEquals(Double.parseDouble(b[5]), Double.parseDouble(a[5]), 1e-5);
  }

  @Test
  void aTimeUnitThatContradictsTheRecordedOneIsRefused() {
    assertEquals(
        1,
        run(
            "clv",
            "predict",
            "--summary",
            weeks.toString(),
            "--model-file",
            fit.toString(),
            "--horizon",
            "P7D",
            "--time-unit",
            "days"));
    assertEquals(
        "cx4j: --time-unit days contradicts the unit recorded in " + fit + ": P7D (weeks)\n", err);
  }

  @Test
  void filesThatRecordNoUnitAreReadInDaysWithANote() throws IOException {
    Path s = write("old.csv", "customer,frequency,recency,T\nZED,2,30.43,38.86\n");
    Path oldFit = dir.resolve("old-fit.json");
    JsonNode json = CxJson.mapper().readTree(Files.readString(fit));
    ((com.fasterxml.jackson.databind.node.ObjectNode) json)
        .remove(List.of("timeUnit", "calibrationEnd"));
    Files.writeString(oldFit, json.toString());
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            s.toString(),
            "--model-file",
            oldFit.toString(),
            "--horizon",
            "P7D"),
        err);
    assertEquals(
        "cx4j: note: neither "
            + s
            + " nor "
            + oldFit
            + " records a time unit; reading durations in P1D (days) (the default of 'cx4j"
            + " summarize'); give --time-unit to say otherwise\n",
        err);
    String iso = out;
    assertEquals(
        0,
        run(
            "clv",
            "predict",
            "--summary",
            s.toString(),
            "--model-file",
            oldFit.toString(),
            "--horizon",
            "7"),
        err);
    assertEquals(iso, out);
  }

  @Test
  void summarizeRefusesASumThatOverflowsNamingTheCustomer() throws IOException {
    Path p =
        write(
            "huge.csv",
            "customer,date,amount\nA,2020-01-01,1e308\nA,2020-02-01,1e308\nA,2020-03-01,1e308\n"
                + "B,2020-01-05,3\n");
    for (String convention : List.of("repeat", "rfm")) {
      assertEquals(
          1,
          run(
              "summarize",
              "--input",
              p.toString(),
              "--customer-column",
              "customer",
              "--date-column",
              "date",
              "--amount-column",
              "amount",
              "--convention",
              convention));
      assertEquals(
          "cx4j: "
              + p
              + ": customer A: the purchase amounts sum beyond 1.7976931348623157E308 (overflow);"
              + " nothing was written\n",
          err);
      assertEquals("", out);
    }
  }

  @Test
  void tiersRefusesARepeatedCustomerOrAddsItUpWhenAsked() throws IOException {
    Path t = write("tiers.csv", "customer,value\nA,10\nB,20\nA,5\nC,1\n");
    assertEquals(1, run("tiers", "--input", t.toString(), "--value-column", "value"));
    assertEquals(
        "cx4j: "
            + t
            + ":4: column customer (1): a repeated customer id (first on line 2; give --aggregate"
            + " to add up a customer's values), was \"A\"\n",
        err);
    assertEquals(
        0, run("tiers", "--input", t.toString(), "--value-column", "value", "--aggregate"), err);
    assertEquals(
        List.of(
            "customer,value,tier,customer_tier,service_approach",
            "A,15,A,SUPER_HEAVYWEIGHT,DEDICATED_PARTNERSHIP",
            "B,20,A,SUPER_HEAVYWEIGHT,DEDICATED_PARTNERSHIP",
            "C,1,C,LIGHTWEIGHT,EFFICIENT_STANDARD_SERVICE"),
        out.lines().toList());
    assertEquals(
        0, run("tiers", "--input", t.toString(), "--value-column", "value", "--skip-invalid"));
    assertEquals(
        "cx4j: "
            + t
            + ": skipped 1 invalid line:\ncx4j:   "
            + t
            + ":4: column customer (1): a repeated customer id (first on line 2; give --aggregate"
            + " to add up a customer's values), was \"A\"\n",
        err);
    assertEquals(4, out.lines().count());
    Path huge = write("tiers-huge.csv", "customer,value\nA,1e308\nB,1e308\n");
    assertEquals(1, run("tiers", "--input", huge.toString(), "--value-column", "value"));
    assertEquals(
        "cx4j: "
            + huge
            + ":3: column value (2): the values sum beyond 1.7976931348623157E308 at customer B"
            + " (overflow), was \"1e308\"\n",
        err);
  }

  @Test
  void tiersFindsTheCustomerColumnByNameOrRefusesToGuess() throws IOException {
    // the first column is not the ids: it used to be taken for them (ids 10, 20, 5)
    Path vc = write("value-first.csv", "value,customer\n10,A\n20,B\n5,C\n");
    assertEquals(0, run("tiers", "--input", vc.toString(), "--value-column", "value"), err);
    assertEquals(
        List.of(
            "customer,value,tier,customer_tier,service_approach",
            "A,10,A,SUPER_HEAVYWEIGHT,DEDICATED_PARTNERSHIP",
            "B,20,A,SUPER_HEAVYWEIGHT,DEDICATED_PARTNERSHIP",
            "C,5,B,HEAVYWEIGHT,PROACTIVE_ACCOUNT_MANAGEMENT"),
        out.lines().toList());
    Path who = write("who.csv", "region,who,value\nN,A,10\nN,B,20\n");
    assertEquals(1, run("tiers", "--input", who.toString(), "--value-column", "value"));
    assertEquals(
        "cx4j: "
            + who
            + ": no customer id column (named customer, customer_id or id) among [region, who,"
            + " value]; give --customer-column\n",
        err);
    assertEquals("", out);
    assertEquals(
        0,
        run(
            "tiers",
            "--input",
            who.toString(),
            "--value-column",
            "value",
            "--customer-column",
            "who"),
        err);
    assertTrue(out.startsWith("customer,value,tier,customer_tier,service_approach\nA,10,"), out);
    Path bare = write("bare.txt", "10 A\n20 B\n");
    assertEquals(
        1,
        run(
            "tiers",
            "--input",
            bare.toString(),
            "--value-column",
            "1",
            "--separator",
            "whitespace",
            "--no-header"));
    assertEquals(
        "cx4j: "
            + bare
            + ": --no-header: give --customer-column with the 1-based index of the customer ids\n",
        err);
    assertEquals(
        1,
        run(
            "tiers",
            "--input",
            vc.toString(),
            "--value-column",
            "value",
            "--customer-column",
            "1"));
    assertEquals(
        "cx4j: "
            + vc
            + ": the customer ids and the values are the same column (value); give"
            + " --customer-column and --value-column of two columns\n",
        err);
  }

  @Test
  void reportSurveyRefusesARatingOffTheMapsScaleNamingTheLine() throws IOException {
    List<String> rows =
        Files.readAllLines(Path.of("src/main/resources/examples/survey.csv")).subList(0, 31);
    String[] cells = rows.get(2).split(",", -1);
    cells[7] = "55"; // speed of R0002, on the 1..10 scale
    List<String> edited = new java.util.ArrayList<>(rows);
    edited.set(2, String.join(",", cells));
    Path f = write("survey-off-scale.csv", String.join("\n", edited) + "\n");
    int code =
        run(
            "report",
            "survey",
            "--input",
            f.toString(),
            "--recommend-column",
            "recommend",
            "--attributes",
            "speed,staff,price",
            "-o",
            dir.resolve("survey.html").toString());
    assertEquals(1, code, err);
    assertEquals(
        "cx4j: " + f + ":3: column speed (8): expected a rating within 1..10, was \"55\"\n", err);
  }

  @Test
  void reportClvValuesARepeatBuyerWhoseMeanSpendIsZero() throws IOException {
    Path s = dir.resolve("zero-spend-summary.csv");
    assertEquals(0, run(summarize(s, "weeks")), err);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(s));
    int header = 0;
    while (lines.get(header).startsWith("#")) {
      header++;
    }
    int row = header + 1;
    while (lines.get(row).split(",")[1].equals("0")) {
      row++;
    }
    String line = lines.get(row);
    lines.set(row, line.substring(0, line.lastIndexOf(',') + 1) + "0");
    Files.write(s, lines);
    Path fit = dir.resolve("zero-spend-fit.json");
    assertEquals(
        0, run("clv", "fit", "--summary", s.toString(), "--model", "bgnbd", "-o", fit.toString()));
    Path html = dir.resolve("zero-spend.html");
    int code =
        run(
            "report",
            "clv",
            "--summary",
            s.toString(),
            "--fit",
            fit.toString(),
            "--model",
            "bgnbd",
            "-o",
            html.toString());
    assertEquals(0, code, err);
    assertTrue(Files.readString(html).contains("CLV"), "the value section is drawn");
  }

  @Test
  void npsAcceptsNinePointZeroAndReportsAnAllBlankGroupAsNZero() throws IOException {
    Path n = write("nps.csv", "score,region\n9.0,N\n10,N\n3,N\n,S\n,S\n");
    assertEquals(
        0, run("nps", "--input", n.toString(), "--column", "score", "--by", "region"), err);
    List<String> lines = out.lines().toList();
    assertTrue(lines.get(1).startsWith("N,3,0,0,1,0,2,0.333333,33.333333,"), out);
    assertEquals("S,0,2,0,,,,,,,,,,,,,", lines.get(2));
    assertEquals(
        0,
        run(
            "nps",
            "--input",
            n.toString(),
            "--column",
            "score",
            "--by",
            "region",
            "--format",
            "json"),
        err);
    JsonNode s = CxJson.mapper().readTree(out).get(1);
    assertEquals(0, s.get("n").asInt());
    assertTrue(s.get("wald").isNull());
    assertEquals(
        1,
        run(
            "nps",
            "--input",
            n.toString(),
            "--column",
            "score",
            "--by",
            "region",
            "--compare",
            "N,S"));
    assertEquals("cx4j: --compare: group \"S\" has no valid score (2 blank, 0 invalid)\n", err);
    Path half = write("half.csv", "score\n9.5\n");
    assertEquals(1, run("nps", "--input", half.toString(), "--column", "score"));
    assertEquals("cx4j: " + half + ":2: column score (1): expected an integer, was \"9.5\"\n", err);
  }

  @Test
  void auditRejectsFractionalAnswersInsteadOfTruncating() throws IOException {
    String answers =
        Files.readString(Path.of("src/main/resources/examples/audit-answers.json"))
            .replace("\"MS1\": 4", "\"MS1\": 2.5")
            .replace("\"MS2\": 4", "\"MS2\": 4.0");
    Path a = write("answers.json", answers);
    assertEquals(1, run("audit", "--input", a.toString()));
    assertEquals(
        "cx4j: "
            + a
            + ":9:14: answers.CS_SYSTEM.MS1: expected a whole point of the scale 1..5 (its answers"
            + " have no fractions), was 2.5\n",
        err);
    assertEquals(0, run("audit", "--input", a.toString(), "--skip-invalid"), err);
    assertTrue(err.startsWith("cx4j: " + a + ": skipped 1 invalid line:\n"), err);
    assertTrue(out.contains("CS_SYSTEM.MS1"), out);
    Path off = write("off.json", answers.replace("\"MS1\": 2.5", "\"MS1\": 6"));
    assertEquals(1, run("audit", "--input", off.toString()));
    assertEquals(
        "cx4j: " + off + ":9:14: answers.CS_SYSTEM.MS1: expected an answer within 1..5, was 6\n",
        err);
  }

  @Test
  void plsRefusesAnswersOffTheDeclaredScaleUnlessAMissingCodeIsDeclared() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/main/resources/examples/ecsi-survey.csv"));
    String header = lines.get(0);
    String first = lines.get(1);
    int comma = first.indexOf(',');
    String bad = "-99" + first.substring(comma);
    StringBuilder text = new StringBuilder(header).append('\n').append(bad).append('\n');
    for (int i = 2; i < lines.size(); i++) {
      text.append(lines.get(i)).append('\n');
    }
    Path p = write("ecsi.csv", text.toString());
    String column = header.substring(0, header.indexOf(','));
    assertEquals(1, run("pls", "--input", p.toString(), "--model", "ecsi", "--scale", "1..10"));
    assertEquals(
        "cx4j: "
            + p
            + ":2: column "
            + column
            + " (1): expected an answer within 1..10 (--scale; declare a missing-value code with"
            + " --missing), was \"-99\"\n",
        err);
    assertEquals(
        0,
        run(
            "pls",
            "--input",
            p.toString(),
            "--model",
            "ecsi",
            "--scale",
            "1..10",
            "--missing",
            "-99"),
        err);
    assertEquals(
        0,
        run(
            "pls",
            "--input",
            p.toString(),
            "--model",
            "ecsi",
            "--scale",
            "1..10",
            "--skip-invalid"),
        err);
    assertTrue(err.startsWith("cx4j: " + p + ": skipped 1 invalid line:\n"), err);
  }

  @Test
  void kanoAndDriversSkipInvalidLinesWhenAsked() throws IOException {
    Path k = write("kano.csv", "feature,functional,dysfunctional\napp,1,5\napp,7,5\nspeed,2,4\n");
    assertEquals(1, run("kano", "--input", k.toString()));
    assertTrue(err.startsWith("cx4j: " + k + ":3: column functional (2): "), err);
    assertEquals(0, run("kano", "--input", k.toString(), "--skip-invalid"), err);
    assertTrue(
        err.startsWith("cx4j: " + k + ": skipped 1 invalid line:\ncx4j:   " + k + ":3:"), err);
    StringBuilder d = new StringBuilder("y,a,b\n");
    java.util.Random r = new java.util.Random(1);
    for (int i = 0; i < 60; i++) {
      double a = r.nextInt(10) + 1;
      double b = r.nextInt(10) + 1;
      d.append(Math.round(0.5 * a + 0.3 * b + r.nextInt(3)))
          .append(',')
          .append(a)
          .append(',')
          .append(b)
          .append('\n');
    }
    d.append("x,1,2\n");
    Path dr = write("drivers.csv", d.toString());
    assertEquals(1, run("drivers", "--input", dr.toString(), "--outcome", "y", "--drivers", "a,b"));
    assertEquals("cx4j: " + dr + ":62: column y (1): expected a finite number, was \"x\"\n", err);
    assertEquals(
        0,
        run(
            "drivers",
            "--input",
            dr.toString(),
            "--outcome",
            "y",
            "--drivers",
            "a,b",
            "--skip-invalid"),
        err);
    assertTrue(err.startsWith("cx4j: " + dr + ": skipped 1 invalid line:\n"), err);
  }

  /** The ECSI survey with its first answer replaced. */
  private Path ecsiWithFirstAnswer(String name, String answer) throws IOException {
    List<String> lines = Files.readAllLines(Path.of("src/main/resources/examples/ecsi-survey.csv"));
    String first = lines.get(1);
    lines.set(1, answer + first.substring(first.indexOf(',')));
    return write(name, String.join("\n", lines) + "\n");
  }

  private double imagIndex() throws IOException {
    return CxJson.mapper().readTree(out).get("index").get("IMAG").asDouble();
  }

  @Test
  void plsWithoutAScaleRefusesAMissingCodeAndReadsItAsMissingWhenDeclared() throws IOException {
    // the issue's example: one -99 without --missing moved the IMAG index from 75.8 to 97.7
    Path p = ecsiWithFirstAnswer("ecsi-99.csv", "-99");
    assertEquals(1, run("pls", "--input", p.toString(), "--model", "ecsi"));
    assertEquals(
        "cx4j: "
            + p
            + ":2: column imag1 (1): expected an answer within 1..10 (the ECSI questionnaire's"
            + " scale; declare another with --scale; declare a missing-value code with"
            + " --missing), was \"-99\"\n",
        err);
    assertEquals("", out);
    assertEquals(
        0, run("pls", "--input", p.toString(), "--model", "ecsi", "--missing", "-99"), err);
    double declared = imagIndex();
    Path blank = ecsiWithFirstAnswer("ecsi-blank.csv", "");
    assertEquals(0, run("pls", "--input", blank.toString(), "--model", "ecsi"), err);
    assertEquals(imagIndex(), declared, 1e-12, "a declared code is read as a blank cell");
    Path original =
        write("ecsi.csv", Files.readString(Path.of("src/main/resources/examples/ecsi-survey.csv")));
    assertEquals(0, run("pls", "--input", original.toString(), "--model", "ecsi"), err);
    assertEquals(imagIndex(), declared, 1.0, "one missing answer of 250 moves the index little");
    // 11 is off the questionnaire's scale too, and 0
    Path eleven = ecsiWithFirstAnswer("ecsi-11.csv", "11");
    assertEquals(1, run("pls", "--input", eleven.toString(), "--model", "ecsi"));
    assertTrue(err.contains(":2: column imag1 (1): expected an answer within 1..10"), err);
    Path zero = ecsiWithFirstAnswer("ecsi-0.csv", "0");
    assertEquals(1, run("pls", "--input", zero.toString(), "--model", "ECSI"));
    assertTrue(err.contains(":2: column imag1 (1): expected an answer within 1..10"), err);
    // report pls reads the survey the same way
    assertEquals(
        1,
        run(
            "report",
            "pls",
            "--input",
            p.toString(),
            "--model",
            "ecsi",
            "-o",
            dir.resolve("pls.html").toString()));
    assertTrue(
        err.startsWith("cx4j: " + p + ":2: column imag1 (1): expected an answer within 1..10"),
        err);
  }

  @Test
  void plsWithAJsonModelAndNoScaleRefusesWhatLooksLikeAMissingCode() throws IOException {
    Path model =
        write(
            "imag-sat.json",
            "{\"constructs\":[{\"name\":\"IMAG\",\"mode\":\"A\",\"indicators\":[\"imag1\",\"imag2\",\"imag3\"]},"
                + "{\"name\":\"SAT\",\"mode\":\"A\",\"indicators\":[\"sat1\",\"sat2\",\"sat3\"]}],"
                + "\"paths\":[[\"IMAG\",\"SAT\"]]}");
    for (String code : List.of("-99", "-1", "99", "999")) {
      Path p = ecsiWithFirstAnswer("json" + code + ".csv", code);
      assertEquals(1, run("pls", "--input", p.toString(), "--model", model.toString()), code);
      assertEquals(
          "cx4j: "
              + p
              + ":2: column imag1 (1): expected an answer, not what looks like a missing-value code"
              + " (declare it with --missing, or the answer scale with --scale MIN..MAX), was \""
              + code
              + "\"\n",
          err);
      assertEquals(
          0,
          run("pls", "--input", p.toString(), "--model", model.toString(), "--missing", code),
          err);
    }
    // a 0..100 answer of 99 is an answer once the scale says so
    Path p = ecsiWithFirstAnswer("json99.csv", "99");
    assertEquals(
        0,
        run("pls", "--input", p.toString(), "--model", model.toString(), "--scale", "0..100"),
        err);
    // 98 and 100 are not codes: without a scale they are read (and stretch the observed range)
    Path hundred = ecsiWithFirstAnswer("json100.csv", "100");
    assertEquals(0, run("pls", "--input", hundred.toString(), "--model", model.toString()), err);
  }

  @Test
  void rfmRefusesASumThatOverflowsNamingTheCustomer() throws IOException {
    Path p =
        write(
            "big-rfm.csv",
            "customer,date,amount\nB,2024-01-05,3\nA,2024-01-01,1e308\nA,2024-02-01,1e308\n");
    for (String mode : List.of("customers", "--summary")) {
      List<String> args =
          new java.util.ArrayList<>(
              List.of(
                  "rfm",
                  "--input",
                  p.toString(),
                  "--customer-column",
                  "customer",
                  "--date-column",
                  "date",
                  "--amount-column",
                  "amount",
                  "--analysis-date",
                  "2024-12-31"));
      if (mode.startsWith("--")) {
        args.add(mode);
      }
      assertEquals(1, run(args.toArray(new String[0])), mode);
      assertEquals(
          "cx4j: "
              + p
              + ": customer A: the purchase amounts sum beyond 1.7976931348623157E308 (overflow);"
              + " nothing was written\n",
          err);
      assertEquals("", out);
    }
  }

  private Path events() {
    Path e = dir.resolve("three.jsonl");
    if (!Files.exists(e)) {
      assertEquals(
          0,
          run(
              "complaints",
              "generate",
              "--complaints",
              "3",
              "--customers",
              "2",
              "--seed",
              "3",
              "--output",
              e.toString()),
          err);
    }
    return e;
  }

  @Test
  void aBadCalendarFileIsNamedWithItsLineAndColumnInTheCalendarsWords() throws IOException {
    Path cal =
        write(
            "zonee.json",
            "{\n  \"name\": \"office\",\n  \"zonee\": \"Asia/Shanghai\",\n"
                + "  \"week\": {\"MONDAY\": [[\"09:00\", \"18:00\"]]}\n}\n");
    assertEquals(
        1,
        run(
            "sla",
            "due",
            "--calendar",
            cal.toString(),
            "--start",
            "2026-03-02T09:00:00Z",
            "--target",
            "PT8H"));
    assertEquals(
        "cx4j: "
            + cal
            + ":3:13: unknown field \"zonee\" (expected one of beyondCoverage, closures,"
            + " coveredFrom, coveredThrough, extraWorkingDays, holidays, name, week, zone)\n",
        err);
    assertEquals("", out);
    Path date =
        write(
            "date.json", "{\"zone\": \"UTC\",\n \"week\": {},\n \"holidays\": [\"2026-02-30\"]}\n");
    assertEquals(
        1,
        run(
            "complaints",
            "sla",
            "--input",
            events().toString(),
            "--policy",
            "src/main/resources/examples/sla-policy-office.json",
            "--calendar",
            date.toString(),
            "--now",
            "2026-06-01T10:00:00Z"));
    assertEquals(
        "cx4j: "
            + date
            + ":3:15: field \"holidays[0]\": expected a date such as 2026-10-01, was"
            + " \"2026-02-30\"\n",
        err.substring(err.indexOf("cx4j: ")));
  }

  @Test
  void aBadPolicyFileIsNamedWithItsLineAndColumn() throws IOException {
    String office = Files.readString(Path.of("src/main/resources/examples/sla-policy-office.json"));
    Path policy = write("policy.json", office.replace("\"PT4H\"", "\"4 hours\""));
    assertEquals(
        1,
        run(
            "complaints",
            "sla",
            "--input",
            events().toString(),
            "--policy",
            policy.toString(),
            "--calendar",
            "src/main/resources/examples/sla-calendar-shanghai.json",
            "--now",
            "2026-06-01T10:00:00Z"));
    assertEquals(
        "cx4j: "
            + policy
            + ":12:46: field \"rules[0].targets[1].target\": expected an ISO-8601 duration such"
            + " as PT8H, was \"4 hours\"\n",
        err.substring(err.indexOf("cx4j: ")));
  }
}
